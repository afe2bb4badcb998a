import { z } from 'zod';
import { pagedQuery } from '../list.ts';
import { isoDate, vnText } from '../text.ts';
import { modelKind, modelRating, modelStatus } from './mobilisation-enums.ts';
import { preventionModelMessages as m } from './mobilisation-messages.ts';
import { defineRegisterContract } from './register-contract.ts';

const permissions = [
  'prevention_model.read',
  'prevention_model.write',
  'prevention_model.report',
  'prevention_model.statistics',
] as const;

/** Model initiatives (mô hình phòng, chống ma túy) and their periodic results (issue 11 item 6). */
export const preventionModelContract = defineRegisterContract({
  recordType: 'prevention_model',
  label: { vi: 'Mô hình phòng, chống ma túy', en: 'Prevention model' },
  permissions,
  // Models are set up by the commune (committee, Front, police) and by departments (Đoàn, Hội, schools through
  // their sở): they keep those of their jurisdiction. PC04 reads and counts the province's; leadership counts.
  grants: {
    commune_committee: [...permissions],
    commune_police: [...permissions],
    commune_police_chief: [...permissions],
    department: [...permissions],
    drug_police: ['prevention_model.read', 'prevention_model.statistics'],
    leadership: ['prevention_model.read', 'prevention_model.statistics'],
  },
  unscoped: { leadership: ['prevention_model.statistics'] },
  auditActions: {
    'prevention_model.create': { vi: 'Ghi nhận mô hình', en: 'Record a model' },
    'prevention_model.update': { vi: 'Sửa mô hình', en: 'Edit a model' },
    'prevention_model.transition': { vi: 'Chuyển trạng thái mô hình', en: 'Change a model’s status' },
    'prevention_model.report': { vi: 'Ghi nhận kết quả mô hình', en: 'Record a model result' },
    'prevention_model.read': { vi: 'Xem mô hình', en: 'View a model' },
    'prevention_model.list': { vi: 'Xem danh sách mô hình', en: 'List models' },
    'prevention_model.statistics': { vi: 'Xem số liệu mô hình', en: 'View model figures' },
  },
  fieldLabels: {
    name: { vi: 'Tên mô hình', en: 'Name' },
    kind: { vi: 'Loại mô hình', en: 'Kind' },
    unitId: { vi: 'Xã, phường', en: 'Commune' },
    otherUnitIds: { vi: 'Xã, phường khác', en: 'Other communes' },
    startedOn: { vi: 'Ngày ra mắt', en: 'Started on' },
    hostAgency: { vi: 'Cơ quan chủ trì', en: 'Host agency' },
    membersCount: { vi: 'Số thành viên', en: 'Members' },
    members: { vi: 'Thành phần', en: 'Membership' },
    evaluation: { vi: 'Đánh giá', en: 'Evaluation' },
    rating: { vi: 'Mức hiệu quả', en: 'Rating' },
    notes: { vi: 'Ghi chú', en: 'Notes' },
    status: { vi: 'Trạng thái', en: 'Status' },
    statusSince: { vi: 'Từ ngày', en: 'Since' },
    on: { vi: 'Ngày', en: 'Date' },
    content: { vi: 'Nội dung', en: 'Content' },
    eventsHeld: { vi: 'Số buổi sinh hoạt, hoạt động', en: 'Events held' },
    participants: { vi: 'Số lượt người tham gia', en: 'Participants' },
    personsPersuaded: { vi: 'Số người được vận động cai nghiện', en: 'Persons persuaded' },
    reason: { vi: 'Lý do', en: 'Reason' },
  },
  messages: m,
});

const indicator = z
  .number(m['prevention_model.countNotNegative'].vi)
  .int(m['prevention_model.countNotNegative'].vi)
  .min(0, m['prevention_model.countNotNegative'].vi)
  .max(1_000_000);

const modelFields = {
  name: vnText({ max: 200 }),
  kind: modelKind,
  /** The commune that runs it (valid today, in the writer's jurisdiction); `otherUnitIds` it also covers. */
  unitId: z.uuid(),
  otherUnitIds: z.array(z.uuid()).max(20).optional(),
  startedOn: isoDate,
  hostAgency: vnText({ max: 200 }),
  membersCount: indicator.nullable().optional(),
  members: vnText({ max: 2000 }).nullable().optional(),
  evaluation: vnText({ max: 4000 }).nullable().optional(),
  rating: modelRating.nullable().optional(),
  notes: vnText({ max: 2000 }).nullable().optional(),
};
export const preventionModelCreate = z.strictObject(modelFields);
export type PreventionModelCreate = z.infer<typeof preventionModelCreate>;
export const preventionModelUpdate = z.strictObject({ ...modelFields, version: z.number().int() });
export type PreventionModelUpdate = z.infer<typeof preventionModelUpdate>;

export const preventionModelTransition = z.strictObject({
  to: modelStatus,
  on: isoDate,
  reason: vnText({ max: 2000 }),
  version: z.number().int(),
});
export type PreventionModelTransition = z.infer<typeof preventionModelTransition>;

export const modelResultCreate = z.strictObject({
  on: isoDate,
  content: vnText({ max: 4000 }),
  eventsHeld: indicator.nullable().optional(),
  participants: indicator.nullable().optional(),
  personsPersuaded: indicator.nullable().optional(),
});
export type ModelResultCreate = z.infer<typeof modelResultCreate>;

const ref = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

export const modelResult = z.object({
  id: z.uuid(),
  modelId: z.uuid(),
  on: z.string(),
  content: z.string(),
  eventsHeld: z.number().int().nullable(),
  participants: z.number().int().nullable(),
  personsPersuaded: z.number().int().nullable(),
  agency: ref,
  isDemo: z.boolean(),
  createdAt: z.string(),
});
export type ModelResult = z.infer<typeof modelResult>;
export const modelResultList = z.object({ data: z.array(modelResult) });

export const preventionModel = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: modelKind,
  unit: ref,
  otherUnits: z.array(ref),
  startedOn: z.string(),
  hostAgency: z.string(),
  membersCount: z.number().int().nullable(),
  members: z.string().nullable(),
  evaluation: z.string().nullable(),
  rating: modelRating.nullable(),
  notes: z.string().nullable(),
  status: modelStatus,
  statusSince: z.string(),
  allowedTransitions: z.array(modelStatus),
  results: z.number().int(),
  lastResultOn: z.string().nullable(),
  eventsHeld: z.number().int(),
  participants: z.number().int(),
  personsPersuaded: z.number().int(),
  agency: ref,
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PreventionModel = z.infer<typeof preventionModel>;

const oneOrMany = <T extends z.ZodType>(t: T) =>
  z
    .union([t, z.array(t)])
    .transform((v) => (Array.isArray(v) ? v : [v]) as z.infer<T>[])
    .optional();

export const preventionModelSortKeys = [
  'name',
  'kind',
  'status',
  'startedOn',
  'lastResultOn',
  'updatedAt',
] as const;
export const preventionModelListQuery = pagedQuery(preventionModelSortKeys).extend({
  kind: oneOrMany(modelKind),
  status: oneOrMany(modelStatus),
  rating: oneOrMany(modelRating),
  unitId: z.uuid().optional(),
  startedFrom: isoDate.optional(),
  startedTo: isoDate.optional(),
});
export type PreventionModelListQuery = z.infer<typeof preventionModelListQuery>;

export const preventionModelStatisticsQuery = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  unitId: z.uuid().optional(),
  kind: modelKind.optional(),
});
export type PreventionModelStatisticsQuery = z.infer<typeof preventionModelStatisticsQuery>;

const modelFigures = {
  /** Active now. */
  activeModels: z.number().int(),
  /** Started inside the period. */
  newModels: z.number().int(),
  /** Results dated inside the period, and their indicators summed. */
  results: z.number().int(),
  eventsHeld: z.number().int(),
  participants: z.number().int(),
  personsPersuaded: z.number().int(),
};
export const preventionModelStatistics = z.object({
  from: z.string(),
  to: z.string(),
  totals: z.object(modelFigures),
  rows: z.array(z.object({ unit: ref, ...modelFigures })),
});
export type PreventionModelStatistics = z.infer<typeof preventionModelStatistics>;
