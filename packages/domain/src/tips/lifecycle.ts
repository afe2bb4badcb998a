import type { BilingualText } from '../classification/types.ts';

/**
 * The one transition table of a crime tip (reference/legal-notes.md §3.4: tiếp nhận → chuyển → kiểm tra, xác minh
 * → khởi tố / không khởi tố / tạm đình chỉ → phục hồi). A move not listed is refused (409 naming the allowed ones).
 * - `received → triaged → assigned`: phân loại, then giao cho đơn vị có thẩm quyền (the commune police transfer is
 *   an assignment to the competent unit; reassignment is not a status change).
 * - `resolved` carries the outcome: khởi tố, không khởi tố, or chuyển (passed to another competent body — allowed
 *   before verification, e.g. a tip outside the drug police's competence). `suspended` is the tạm đình chỉ outcome
 *   (Điều 148); `resumed` is phục hồi (Điều 149), with a fresh 1-month period.
 * - `dismissed`: not a crime information at all (bot spam, empty) or a duplicate merged into another tip. Điều 145
 *   forbids refusing a tip, so a dismissal needs a reason and only happens before assignment.
 */
export const tipStatuses = [
  'received',
  'triaged',
  'assigned',
  'verifying',
  'suspended',
  'resumed',
  'resolved',
  'dismissed',
] as const;
export type TipStatus = (typeof tipStatuses)[number];

/** Decisions of Điều 147 k1 (khởi tố / không khởi tố / tạm đình chỉ) and the transfer to another body. */
export const tipOutcomes = ['prosecute', 'decline', 'suspend', 'transfer'] as const;
export type TipOutcome = (typeof tipOutcomes)[number];

export const tipDismissalReasons = ['spam', 'duplicate', 'no_content'] as const;
export type TipDismissalReason = (typeof tipDismissalReasons)[number];

export const tipTransitions: Readonly<Record<TipStatus, readonly TipStatus[]>> = {
  received: ['triaged', 'assigned', 'resolved', 'dismissed'],
  triaged: ['assigned', 'resolved', 'dismissed'],
  assigned: ['verifying', 'resolved'],
  verifying: ['resolved', 'suspended'],
  suspended: ['resumed'],
  resumed: ['resolved', 'suspended'],
  resolved: [],
  dismissed: [],
};

export const allowedTipTransitions = (from: TipStatus): readonly TipStatus[] => tipTransitions[from];

export const canTransitionTip = (from: TipStatus, to: TipStatus): boolean =>
  tipTransitions[from].includes(to);

/** The status an outcome leads to. */
export const tipOutcomeStatus = (outcome: TipOutcome): TipStatus =>
  outcome === 'suspend' ? 'suspended' : 'resolved';

/** Which outcomes may be decided from a status: the Điều 147 decisions only once the tip is being verified. */
export function allowedTipOutcomes(from: TipStatus): readonly TipOutcome[] {
  switch (from) {
    case 'received':
    case 'triaged':
      return ['transfer'];
    case 'assigned':
      return ['prosecute', 'decline', 'transfer'];
    case 'verifying':
    case 'resumed':
      return ['prosecute', 'decline', 'suspend', 'transfer'];
    default:
      return [];
  }
}

export const canDecideTipOutcome = (from: TipStatus, outcome: TipOutcome): boolean =>
  allowedTipOutcomes(from).includes(outcome);

/** Statuses in which the Điều 147 / 149 handling deadline runs (alerts, overdue lists). */
export const deadlineRunningTipStatuses: readonly TipStatus[] = [
  'received',
  'triaged',
  'assigned',
  'verifying',
  'resumed',
];

/** Statuses in which the commune-police transfer window runs (before assignment to the competent unit). */
export const transferPendingTipStatuses: readonly TipStatus[] = ['received', 'triaged'];

/** Closed: retention counts from the closing date (a suspended tip is open — it can be resumed). */
export const closedTipStatuses: readonly TipStatus[] = ['resolved', 'dismissed'];
export const isTipClosed = (status: TipStatus): boolean => closedTipStatuses.includes(status);

export const tipStatusLabel: Readonly<Record<TipStatus, BilingualText>> = {
  received: { vi: 'Mới tiếp nhận', en: 'Received' },
  triaged: { vi: 'Đã phân loại', en: 'Triaged' },
  assigned: { vi: 'Đã giao đơn vị giải quyết', en: 'Assigned' },
  verifying: { vi: 'Đang kiểm tra, xác minh', en: 'Being verified' },
  suspended: { vi: 'Tạm đình chỉ giải quyết', en: 'Suspended' },
  resumed: { vi: 'Đã phục hồi giải quyết', en: 'Resumed' },
  resolved: { vi: 'Đã giải quyết', en: 'Resolved' },
  dismissed: { vi: 'Không phải nguồn tin (loại bỏ)', en: 'Dismissed (not a crime tip)' },
};

export const tipOutcomeLabel: Readonly<Record<TipOutcome, BilingualText>> = {
  prosecute: { vi: 'Khởi tố vụ án hình sự', en: 'Criminal case opened' },
  decline: { vi: 'Không khởi tố vụ án hình sự', en: 'No criminal case opened' },
  suspend: { vi: 'Tạm đình chỉ việc giải quyết', en: 'Handling suspended' },
  transfer: { vi: 'Chuyển cơ quan có thẩm quyền', en: 'Passed to the competent body' },
};

/**
 * What the anonymous reporter sees with the receipt code: three coarse steps, never the unit, officer, outcome or
 * a suspension (a suspended or dismissed tip must not tell a suspect-side reader anything). Điều 147–149 notices
 * to the reporter go through the conversation, written by an officer, not through this status.
 */
export const publicTipStatuses = ['received', 'in_progress', 'answered'] as const;
export type PublicTipStatus = (typeof publicTipStatuses)[number];

const publicOf: Readonly<Record<TipStatus, PublicTipStatus>> = {
  received: 'received',
  triaged: 'received',
  assigned: 'in_progress',
  verifying: 'in_progress',
  suspended: 'in_progress',
  resumed: 'in_progress',
  resolved: 'answered',
  dismissed: 'answered',
};

export const publicTipStatus = (status: TipStatus): PublicTipStatus => publicOf[status];

export const publicTipStatusLabel: Readonly<Record<PublicTipStatus, BilingualText>> = {
  received: { vi: 'Đã tiếp nhận', en: 'Received' },
  in_progress: { vi: 'Đang xử lý', en: 'Being handled' },
  answered: { vi: 'Đã có kết quả', en: 'Handled' },
};
