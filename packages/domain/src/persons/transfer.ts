import type { IsoDate } from '../calendar/dates.ts';
import type { Confidence } from '../classification/types.ts';

/**
 * Handing a person's record over when the residence moves to another commune (issue 9 §4): the commune police
 * where the person lived notify the receiving commune police, who acknowledge. The notice period is chosen by the
 * move date, like the measure rule sets; a province may configure it (`overrideTransferNoticeRule`).
 */
export type TransferNoticeRule = {
  id: string;
  version: string;
  from: IsoDate;
  to: IsoDate | null;
  /** Hours the receiving agency has from the notice. */
  noticeHours: number;
  source: string;
  confidence: Confidence;
  configured?: boolean;
};

export const transferNoticeRules: readonly TransferNoticeRule[] = [
  {
    id: 'transfer-notice-luat-73-2021',
    version: '1',
    from: '2022-01-01',
    to: '2026-06-30',
    noticeHours: 24,
    // No notice period for a move was retrieved for Luật 73/2021 / NĐ 105/2021: the 2025 law's is used.
    source: 'Chưa tra cứu được thời hạn theo Luật 73/2021; áp dụng như Luật 120/2025 (cấu hình)',
    confidence: 'unconfirmed',
  },
  {
    id: 'transfer-notice-luat-120-2025',
    version: '1',
    from: '2026-07-01',
    to: null,
    noticeHours: 24,
    // reference/legal-notes.md §2: Công an cấp xã notifies the receiving police within 24 hours.
    source: 'Luật Phòng, chống ma túy 120/2025/QH15 (vnexpress.net 10/12/2025; vnnow.net)',
    confidence: 'likely',
  },
];

/** The rule in force on the move date; before the first set, the earliest one (records entered afterwards). */
export function transferNoticeRuleFor(
  movedOn: IsoDate,
  rules: readonly TransferNoticeRule[] = transferNoticeRules,
): TransferNoticeRule {
  const found = rules.find((r) => r.from <= movedOn && (r.to === null || movedOn <= r.to));
  return found ?? [...rules].sort((a, b) => a.from.localeCompare(b.from))[0]!;
}

/** A province's own notice period (a whole number of hours, 1–720); the rule is marked configured. */
export function overrideTransferNoticeRule(
  rule: TransferNoticeRule,
  noticeHours: number,
): TransferNoticeRule {
  if (!Number.isInteger(noticeHours) || noticeHours < 1 || noticeHours > 720)
    throw new RangeError('noticeHours must be a whole number of hours from 1 to 720');
  return { ...rule, noticeHours, version: `${rule.version}+cau-hinh`, source: 'cấu hình', configured: true };
}

/** When the receiving agency must have acknowledged a notice sent at `notifiedAt`. */
export const transferDueAt = (notifiedAt: Date, rule: TransferNoticeRule): Date =>
  new Date(notifiedAt.getTime() + rule.noticeHours * 3_600_000);

/** A notice not acknowledged by its due time is overdue (the due instant itself is still on time). */
export const transferOverdue = (
  t: { dueAt: Date; acknowledgedAt: Date | null; status: string },
  now: Date,
): boolean => t.status === 'pending' && t.acknowledgedAt === null && now.getTime() > t.dueAt.getTime();

export const transferRuleKey = (rule: TransferNoticeRule) => `${rule.id}@${rule.version}`;
