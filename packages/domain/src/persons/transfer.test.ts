import { describe, expect, it } from 'vitest';
import {
  overrideTransferNoticeRule,
  transferDueAt,
  transferNoticeRuleFor,
  transferOverdue,
  transferRuleKey,
} from './transfer.ts';

describe('transfer notice (hand-over to the new commune)', () => {
  it('chooses the rule by the move date: Luật 73/2021 until 30/6/2026, Luật 120/2025 from 01/7/2026', () => {
    expect(transferNoticeRuleFor('2026-06-30').id).toBe('transfer-notice-luat-73-2021');
    expect(transferNoticeRuleFor('2026-07-01').id).toBe('transfer-notice-luat-120-2025');
    expect(transferNoticeRuleFor('2026-07-01').noticeHours).toBe(24);
    expect(transferNoticeRuleFor('2026-07-01').confidence).toBe('likely');
    expect(transferNoticeRuleFor('2021-05-01').id).toBe('transfer-notice-luat-73-2021');
  });

  it('is due 24 hours after the notice and overdue only after that instant, until acknowledged', () => {
    const rule = transferNoticeRuleFor('2026-08-01');
    const sent = new Date('2026-08-01T09:00:00Z');
    const dueAt = transferDueAt(sent, rule);
    expect(dueAt.toISOString()).toBe('2026-08-02T09:00:00.000Z');
    const pending = { dueAt, acknowledgedAt: null, status: 'pending' };
    expect(transferOverdue(pending, new Date('2026-08-02T09:00:00Z'))).toBe(false);
    expect(transferOverdue(pending, new Date('2026-08-02T09:00:01Z'))).toBe(true);
    const done = { dueAt, acknowledgedAt: new Date('2026-08-03T00:00:00Z'), status: 'acknowledged' };
    expect(transferOverdue(done, new Date('2026-08-04T00:00:00Z'))).toBe(false);
  });

  it('takes a configured period, marked as such, and refuses a nonsense one', () => {
    const rule = overrideTransferNoticeRule(transferNoticeRuleFor('2026-08-01'), 48);
    expect(rule.noticeHours).toBe(48);
    expect(rule.configured).toBe(true);
    expect(transferRuleKey(rule)).toBe('transfer-notice-luat-120-2025@1+cau-hinh');
    expect(() => overrideTransferNoticeRule(rule, 0)).toThrow(RangeError);
    expect(() => overrideTransferNoticeRule(rule, 1.5)).toThrow(RangeError);
  });
});
