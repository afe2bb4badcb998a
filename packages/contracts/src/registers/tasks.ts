import { z } from 'zod';
import { pagedQuery } from '../list.ts';
import { isoDate, vnText } from '../text.ts';
import { defineRegisterContract } from './register-contract.ts';
import { taskSourceKind, taskStatus, taskTimelinesses } from './task-enums.ts';

/**
 * Tasks and accountability (nhiệm vụ), PRODUCT.md §9: every plan item, programme measure or directive becomes
 * tasks assigned to an agency and optionally an officer, with a deadline, progress with proofs, completion and
 * acceptance by the assigner; overdue work is flagged to the assignee's head; scorecards per unit and head.
 */
export const taskContract = defineRegisterContract({
  recordType: 'task',
  label: { vi: 'Nhiệm vụ', en: 'Task' },
  permissions: ['task.read', 'task.assign', 'task.report', 'task.accept', 'scorecard.read'],
  // PRODUCT.md "Who uses it" §3 and §9: PC04 and the leadership assign and accept across the province and read
  // the scorecards; the commune committee and police chief do so in their commune; commune police, border
  // guards and departments report on the tasks assigned to their agency wherever they are; oversight reads.
  grants: {
    drug_police: ['task.read', 'task.assign', 'task.report', 'task.accept', 'scorecard.read'],
    leadership: ['task.read', 'task.assign', 'task.accept', 'scorecard.read'],
    commune_committee: ['task.read', 'task.assign', 'task.report', 'task.accept', 'scorecard.read'],
    commune_police_chief: ['task.read', 'task.assign', 'task.report', 'task.accept', 'scorecard.read'],
    commune_police: ['task.read', 'task.report'],
    border_guard: ['task.read', 'task.report'],
    department: ['task.read', 'task.report'],
    oversight: ['task.read', 'scorecard.read'],
  },
  // Province-wide roles: PC04 and the provincial leadership act on every task; oversight reads all.
  unscoped: {
    drug_police: ['task.read', 'task.assign', 'task.report', 'task.accept', 'scorecard.read'],
    leadership: ['task.read', 'task.assign', 'task.accept', 'scorecard.read'],
    oversight: ['task.read', 'scorecard.read'],
  },
  auditActions: {
    'task.create': { vi: 'Giao nhiệm vụ', en: 'Assign a task' },
    'task.update': { vi: 'Sửa nhiệm vụ', en: 'Edit a task' },
    'task.progress': { vi: 'Báo cáo tiến độ nhiệm vụ', en: 'Report progress on a task' },
    'task.complete': { vi: 'Báo cáo hoàn thành nhiệm vụ', en: 'Report a task done' },
    'task.accept': { vi: 'Nghiệm thu nhiệm vụ', en: 'Accept a task' },
    'task.return': { vi: 'Trả lại nhiệm vụ', en: 'Return a task' },
    'task.cancel': { vi: 'Hủy nhiệm vụ', en: 'Cancel a task' },
    'task.read': { vi: 'Xem nhiệm vụ', en: 'View a task' },
    'task.list': { vi: 'Xem danh sách nhiệm vụ', en: 'List tasks' },
    'scorecard.read': { vi: 'Xem bảng đánh giá kết quả', en: 'View scorecards' },
  },
  fieldLabels: {
    title: { vi: 'Nội dung nhiệm vụ', en: 'Task' },
    description: { vi: 'Mô tả', en: 'Description' },
    unitId: { vi: 'Địa bàn', en: 'Area' },
    agencyId: { vi: 'Cơ quan giao', en: 'Assigning agency' },
    sourceKind: { vi: 'Nguồn nhiệm vụ', en: 'Source' },
    sourceId: { vi: 'Chương trình nguồn', en: 'Source record' },
    sourceRef: { vi: 'Văn bản chỉ đạo', en: 'Directive' },
    assigneeAgencyId: { vi: 'Cơ quan được giao', en: 'Assigned agency' },
    assigneeUserId: { vi: 'Cán bộ được giao', en: 'Assigned officer' },
    assignedOn: { vi: 'Ngày giao', en: 'Assigned on' },
    deadline: { vi: 'Hạn hoàn thành', en: 'Deadline' },
    status: { vi: 'Trạng thái', en: 'Status' },
    statusSince: { vi: 'Từ ngày', en: 'Since' },
    percent: { vi: 'Tỷ lệ hoàn thành (%)', en: 'Percent done' },
    progress: { vi: 'Nội dung báo cáo', en: 'Progress' },
    proofIds: { vi: 'Tệp minh chứng', en: 'Proofs' },
    completedOn: { vi: 'Ngày hoàn thành', en: 'Completed on' },
    acceptedOn: { vi: 'Ngày nghiệm thu', en: 'Accepted on' },
    acceptedBy: { vi: 'Người nghiệm thu', en: 'Accepted by' },
    on: { vi: 'Ngày', en: 'Date' },
  },
  messages: {
    'task.notFound': { vi: 'Không tìm thấy nhiệm vụ', en: 'Task not found' },
    'task.deadlineBeforeAssigned': {
      vi: 'Hạn hoàn thành không được trước ngày giao nhiệm vụ',
      en: 'The deadline cannot be before the day the task is assigned',
    },
    'task.assigneeAgencyNotFound': {
      vi: 'Không tìm thấy cơ quan được giao',
      en: 'The assigned agency was not found',
    },
    'task.assigneeNotInAgency': {
      vi: 'Cán bộ được giao không thuộc cơ quan được giao',
      en: 'The assigned officer does not belong to the assigned agency',
    },
    'task.unitOutOfScope': {
      vi: 'Địa bàn nằm ngoài địa bàn phụ trách của cơ quan bạn',
      en: "This area is outside your agency's jurisdiction",
    },
    'task.assigneeReportsOnly': {
      vi: 'Chỉ cơ quan được giao (hoặc cấp trên của cơ quan đó) báo cáo tiến độ nhiệm vụ',
      en: 'Only the assigned agency (or an agency above it) reports on the task',
    },
    'task.assignerOnly': {
      vi: 'Chỉ cơ quan giao nhiệm vụ (hoặc cấp trên của cơ quan đó) được nghiệm thu, trả lại, sửa hoặc hủy nhiệm vụ',
      en: 'Only the assigning agency (or an agency above it) accepts, returns, edits or cancels the task',
    },
    'task.closed': {
      vi: 'Nhiệm vụ đã kết thúc, không sửa được',
      en: 'The task is closed and cannot be edited',
    },
    'task.progressWhileOpen': {
      vi: 'Chỉ báo cáo tiến độ khi nhiệm vụ chưa hoàn thành',
      en: 'Progress is reported only on unfinished work',
    },
    'task.proofNotAttached': {
      vi: 'Tệp minh chứng không thuộc nhiệm vụ này',
      en: 'The proof file is not attached to this task',
    },
    'task.planItemFromProgramme': {
      vi: 'Nhiệm vụ theo kế hoạch chuyển hóa được giao từ chương trình',
      en: 'Plan items of a transformation programme are assigned from the programme',
    },
    'task.dateBeforeAssigned': {
      vi: 'Ngày không được trước ngày giao nhiệm vụ ({date})',
      en: 'The date cannot be before the day the task was assigned ({date})',
    },
    'task.dateBeforeCompleted': {
      vi: 'Ngày không được trước ngày hoàn thành ({date})',
      en: 'The date cannot be before the day the work was completed ({date})',
    },
    'task.scorecardPeriodTooLong': {
      vi: 'Khoảng thời gian đánh giá tối đa 5 năm',
      en: 'The period may span at most 5 years',
    },
    /** zod (the scorecard's grouping). */
    'task.scorecardGrouping': {
      vi: 'Chọn cách nhóm: theo địa bàn hoặc theo cơ quan',
      en: 'Group by unit or by agency',
    },
  },
});

const ref = z.object({ id: z.uuid(), code: z.string(), name: z.string() });
const person = z.object({ id: z.uuid(), username: z.string(), displayName: z.string() });

const taskFields = {
  title: vnText({ max: 500 }),
  description: vnText({ max: 4000 }).nullable().optional(),
  /** Where the work applies: a commune, or a wider unit for a province-wide directive. */
  unitId: z.uuid(),
  sourceKind: taskSourceKind,
  /** The programme of a plan item. */
  sourceId: z.uuid().nullable().optional(),
  /** The directive's number and date, as written (free text until the documents register). */
  sourceRef: vnText({ max: 300 }).nullable().optional(),
  assigneeAgencyId: z.uuid(),
  assigneeUserId: z.uuid().nullable().optional(),
  /** Default: today (Vietnam). */
  assignedOn: isoDate.optional(),
  deadline: isoDate,
};
export const taskCreate = z.strictObject(taskFields);
export type TaskCreate = z.infer<typeof taskCreate>;
export const taskUpdate = z.strictObject({ ...taskFields, version: z.number().int() });
export type TaskUpdate = z.infer<typeof taskUpdate>;

export const taskProgress = z.strictObject({
  progress: vnText({ max: 4000 }),
  percent: z.number().int().min(0).max(100).optional(),
  /** Files attached to the task first (POST /attachments?recordType=task&recordId=…). */
  proofIds: z.array(z.uuid()).max(20).optional(),
  on: isoDate.optional(),
});
export type TaskProgress = z.infer<typeof taskProgress>;

/** Done (hoàn thành), accept (nghiệm thu), return (trả lại), cancel (hủy): a dated move with a note. */
export const taskMove = z.strictObject({
  on: isoDate.optional(),
  note: vnText({ max: 4000 }).nullable().optional(),
  proofIds: z.array(z.uuid()).max(20).optional(),
  version: z.number().int(),
});
export type TaskMove = z.infer<typeof taskMove>;
/** Returning or cancelling says why. */
export const taskMoveWithReason = taskMove.extend({ note: vnText({ max: 4000 }) });
export type TaskMoveWithReason = z.infer<typeof taskMoveWithReason>;

export const taskUpdateEntry = z.object({
  id: z.uuid(),
  toStatus: taskStatus.nullable(),
  on: z.string(),
  progress: z.string(),
  percent: z.number().int().nullable(),
  proofIds: z.array(z.uuid()),
  by: z.object({ username: z.string(), displayName: z.string() }),
  at: z.string(),
});
export type TaskUpdateEntry = z.infer<typeof taskUpdateEntry>;

export const task = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string().nullable(),
  unit: ref,
  sourceKind: taskSourceKind,
  sourceId: z.uuid().nullable(),
  sourceRef: z.string().nullable(),
  /** The assigning agency: acceptance is its (or its superior's). */
  assignerAgency: ref,
  assignedBy: person,
  assigneeAgency: ref,
  assigneeUser: person.nullable(),
  assignedOn: z.string(),
  deadline: z.string(),
  status: taskStatus,
  statusSince: z.string(),
  percent: z.number().int(),
  completedOn: z.string().nullable(),
  acceptedOn: z.string().nullable(),
  acceptedBy: person.nullable(),
  /** Open work past its deadline (Vietnamese date), flagged to the heads of the assignee agency. */
  overdue: z.boolean(),
  timeliness: z.enum(taskTimelinesses),
  /** Who an overdue task is flagged to: the assignee agency's heads (see docs/ARCHITECTURE.md "Tasks"). */
  flaggedTo: z.array(person),
  allowedTransitions: z.array(taskStatus),
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Task = z.infer<typeof task>;

export const taskDetail = task.extend({ updates: z.array(taskUpdateEntry) });
export type TaskDetail = z.infer<typeof taskDetail>;

const many = <T extends z.ZodType>(item: T) =>
  z
    .union([item, z.array(item)])
    .transform((v) => (Array.isArray(v) ? v : [v]) as z.infer<T>[])
    .optional();

export const taskSortKeys = ['deadline', 'assignedOn', 'title', 'status', 'updatedAt'] as const;
export const taskListQuery = pagedQuery(taskSortKeys).extend({
  status: many(taskStatus),
  overdue: z.enum(['true', 'false']).optional(),
  /** On time / late / open / overdue (how the scorecard counts). */
  timeliness: z.enum(taskTimelinesses).optional(),
  assigneeAgencyId: z.uuid().optional(),
  /** The assigning agency. */
  agencyId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  sourceKind: taskSourceKind.optional(),
  /** The programme whose plan the tasks come from. */
  programmeId: z.uuid().optional(),
  deadlineFrom: isoDate.optional(),
  deadlineTo: isoDate.optional(),
  /** Overdue tasks flagged to me (I hold a head role in the assignee agency). */
  flaggedToMe: z.enum(['true']).optional(),
});
export type TaskListQuery = z.infer<typeof taskListQuery>;

// ---- Scorecards ------------------------------------------------------------------------------------------------

export const scorecardQuery = z.strictObject({
  /** Default: 1 January of the year of `to`. */
  from: isoDate.optional(),
  /** Default: today (Vietnam). */
  to: isoDate.optional(),
  by: z.enum(['unit', 'agency'], taskContract.messages['task.scorecardGrouping'].vi).default('unit'),
});
export type ScorecardQuery = z.infer<typeof scorecardQuery>;

/** A figure and the API list address that opens its records. */
export const scorecardFigure = z.object({
  count: z.number().int(),
  /** Null when no list filter opens exactly these records yet (hotspots per agency). */
  link: z.string().nullable(),
});

export const scorecardRow = z.object({
  /** The unit (by=unit) or the agency (by=agency). */
  subject: ref,
  /** by=agency: the agency's heads, who answer for it (overdue tasks are flagged to them). */
  heads: z.array(person),
  tasks: z.object({
    total: z.number().int(),
    onTime: scorecardFigure,
    late: scorecardFigure,
    open: scorecardFigure,
    overdue: scorecardFigure,
  }),
  hotspots: z.object({ eliminated: scorecardFigure, reformed: scorecardFigure }),
  programmes: z.object({ succeeded: scorecardFigure, failed: scorecardFigure, relapsed: scorecardFigure }),
});
export type ScorecardRow = z.infer<typeof scorecardRow>;

export const scorecard = z.object({
  from: z.string(),
  to: z.string(),
  by: z.enum(['unit', 'agency']),
  /** The day open work is judged overdue on (today, Vietnam). */
  asOf: z.string(),
  rows: z.array(scorecardRow),
});
export type Scorecard = z.infer<typeof scorecard>;
