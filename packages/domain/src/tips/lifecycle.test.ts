import { describe, expect, it } from 'vitest';
import {
  allowedTipOutcomes,
  canDecideTipOutcome,
  canTransitionTip,
  closedTipStatuses,
  publicTipStatus,
  publicTipStatusLabel,
  tipOutcomeStatus,
  tipStatuses,
  tipStatusLabel,
  tipTransitions,
} from './lifecycle.ts';

describe('tip lifecycle', () => {
  it('follows tiếp nhận → phân loại → giao → xác minh → kết quả, with tạm đình chỉ and phục hồi', () => {
    const path = [
      'received',
      'triaged',
      'assigned',
      'verifying',
      'suspended',
      'resumed',
      'resolved',
    ] as const;
    for (let i = 1; i < path.length; i++) expect(canTransitionTip(path[i - 1]!, path[i]!)).toBe(true);
    expect(canTransitionTip('suspended', 'resolved')).toBe(false); // resume first (Điều 149)
    expect(canTransitionTip('assigned', 'dismissed')).toBe(false); // Điều 145: no refusal once handled
    expect(canTransitionTip('resolved', 'verifying')).toBe(false);
  });
  it('has a label for every status, known targets only, and terminal closed statuses', () => {
    for (const s of tipStatuses) {
      expect(tipStatusLabel[s].vi).toBeTruthy();
      for (const to of tipTransitions[s]) expect(tipStatuses).toContain(to);
    }
    for (const s of closedTipStatuses) expect(tipTransitions[s]).toEqual([]);
  });
  it('allows the Điều 147 decisions only after assignment, suspension only while verifying', () => {
    expect(allowedTipOutcomes('received')).toEqual(['transfer']);
    expect(canDecideTipOutcome('assigned', 'prosecute')).toBe(true);
    expect(canDecideTipOutcome('assigned', 'suspend')).toBe(false);
    expect(canDecideTipOutcome('resumed', 'suspend')).toBe(true);
    expect(canDecideTipOutcome('resolved', 'decline')).toBe(false);
    for (const s of tipStatuses)
      for (const o of allowedTipOutcomes(s)) expect(canTransitionTip(s, tipOutcomeStatus(o))).toBe(true);
  });
  it('shows the reporter three coarse steps that never reveal a suspension or a dismissal', () => {
    expect(publicTipStatus('received')).toBe('received');
    expect(publicTipStatus('triaged')).toBe('received');
    expect(publicTipStatus('verifying')).toBe('in_progress');
    expect(publicTipStatus('suspended')).toBe(publicTipStatus('verifying'));
    expect(publicTipStatus('dismissed')).toBe(publicTipStatus('resolved'));
    expect(new Set(tipStatuses.map(publicTipStatus)).size).toBe(3);
    expect(publicTipStatusLabel.received.vi).toBe('Đã tiếp nhận');
    expect(publicTipStatusLabel.in_progress.vi).toBe('Đang xử lý');
    expect(publicTipStatusLabel.answered.vi).toBe('Đã có kết quả');
  });
});
