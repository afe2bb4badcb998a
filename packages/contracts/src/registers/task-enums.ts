import { z } from 'zod';

/**
 * Tasks (nhiệm vụ) and accountability, PRODUCT.md §9: giao → đang thực hiện → hoàn thành (chờ nghiệm thu) →
 * đã nghiệm thu | bị trả lại (làm tiếp); hủy. The transition table and the overdue rule are in
 * `packages/domain/src/tasks/lifecycle.ts`.
 */
export const taskStatuses = ['assigned', 'in_progress', 'done', 'accepted', 'returned', 'cancelled'] as const;
export const taskStatus = z.enum(taskStatuses);
export type TaskStatus = z.infer<typeof taskStatus>;
export const taskStatusLabel: Record<TaskStatus, string> = {
  assigned: 'Đã giao',
  in_progress: 'Đang thực hiện',
  done: 'Hoàn thành, chờ nghiệm thu',
  accepted: 'Đã nghiệm thu',
  returned: 'Bị trả lại, làm tiếp',
  cancelled: 'Đã hủy',
};
export const taskStatusLabelEn: Record<TaskStatus, string> = {
  assigned: 'Assigned',
  in_progress: 'In progress',
  done: 'Done, awaiting acceptance',
  accepted: 'Accepted',
  returned: 'Returned, in progress again',
  cancelled: 'Cancelled',
};

/** Where a task comes from: an item of a transformation programme's plan, a directive, or anything else. */
export const taskSourceKinds = ['programme_plan_item', 'directive', 'other'] as const;
export const taskSourceKind = z.enum(taskSourceKinds);
export type TaskSourceKind = z.infer<typeof taskSourceKind>;
export const taskSourceKindLabel: Record<TaskSourceKind, string> = {
  programme_plan_item: 'Hạng mục kế hoạch chuyển hóa',
  directive: 'Văn bản chỉ đạo',
  other: 'Khác',
};
export const taskSourceKindLabelEn: Record<TaskSourceKind, string> = {
  programme_plan_item: 'Transformation plan item',
  directive: 'Directive',
  other: 'Other',
};

/** A task as the scorecard counts it (by the Vietnamese calendar date). */
export const taskTimelinesses = ['on_time', 'late', 'open', 'overdue', 'cancelled'] as const;
export type TaskTimeliness = (typeof taskTimelinesses)[number];
export const taskTimelinessLabel: Record<TaskTimeliness, string> = {
  on_time: 'Đúng hạn',
  late: 'Trễ hạn',
  open: 'Đang thực hiện, còn hạn',
  overdue: 'Quá hạn',
  cancelled: 'Đã hủy',
};
export const taskTimelinessLabelEn: Record<TaskTimeliness, string> = {
  on_time: 'On time',
  late: 'Late',
  open: 'Open, within deadline',
  overdue: 'Overdue',
  cancelled: 'Cancelled',
};
