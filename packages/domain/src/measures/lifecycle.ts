import type { BilingualText } from '../classification/types.ts';
import type { MeasureEndReason, MeasureStatus } from './types.ts';

/**
 * The measure lifecycle. A proposal (đề nghị) is decided (quyết định) or cancelled; a decided measure starts
 * (in_progress) or is cancelled; a running measure may be suspended (time not counted: absconding, custody) and
 * resumed, and ends as completed (term served, certificate) or ended_early (with a reason). A transition not
 * listed is refused.
 */
export const measureTransitions: Readonly<Record<MeasureStatus, readonly MeasureStatus[]>> = {
  proposed: ['decided', 'cancelled'],
  decided: ['in_progress', 'cancelled'],
  in_progress: ['suspended', 'completed', 'ended_early'],
  suspended: ['in_progress', 'ended_early'],
  completed: [],
  ended_early: [],
  cancelled: [],
};

export const canTransitionMeasure = (from: MeasureStatus, to: MeasureStatus): boolean =>
  measureTransitions[from].includes(to);

/** Statuses in which the measure runs (its term is counted or paused). */
export const runningMeasureStatuses: readonly MeasureStatus[] = ['in_progress', 'suspended'];
export const finishedMeasureStatuses: readonly MeasureStatus[] = ['completed', 'ended_early', 'cancelled'];

export const measureStatusLabel: Readonly<Record<MeasureStatus, BilingualText>> = {
  proposed: { vi: 'Đề nghị', en: 'Proposed' },
  decided: { vi: 'Đã có quyết định', en: 'Decided' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  suspended: { vi: 'Tạm dừng', en: 'Suspended' },
  completed: { vi: 'Đã chấp hành xong', en: 'Completed' },
  ended_early: { vi: 'Kết thúc trước thời hạn', en: 'Ended early' },
  cancelled: { vi: 'Hủy bỏ', en: 'Cancelled' },
};

export const measureEndReasonLabel: Readonly<Record<MeasureEndReason, BilingualText>> = {
  quit: { vi: 'Tự ý chấm dứt', en: 'Quit' },
  replaced: { vi: 'Chuyển sang biện pháp khác', en: 'Replaced by another measure' },
  exempted: { vi: 'Được miễn chấp hành phần thời gian còn lại', en: 'Exempted from the remaining term' },
  prosecuted: { vi: 'Bị truy cứu trách nhiệm hình sự', en: 'Criminal proceedings' },
  moved: { vi: 'Chuyển nơi cư trú', en: 'Moved away' },
  died: { vi: 'Chết', en: 'Died' },
  other: { vi: 'Lý do khác', en: 'Other reason' },
};
