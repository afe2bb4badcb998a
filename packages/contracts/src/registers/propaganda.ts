import { z } from 'zod';
import { pagedQuery } from '../list.ts';
import { isoDate, vnText } from '../text.ts';
import {
  activityStatus,
  massEventKind,
  propagandaForm,
  propagandaLanguage,
  propagandaTargetGroup,
  propagandaTopic,
} from './propaganda-enums.ts';
import { propagandaMessages as m, massEventMessages } from './propaganda-messages.ts';
import { defineRegisterContract } from './register-contract.ts';

const propagandaPermissions = ['propaganda.read', 'propaganda.write', 'propaganda.statistics'] as const;
const massEventPermissions = ['mass_event.read', 'mass_event.write'] as const;

/**
 * Propaganda sessions on drug prevention (issue 11 item 6). Everybody in the plan runs them: departments
 * (culture, education, health), the commune committee and police, PC04 and the border guards, each inside their
 * own jurisdiction. No personal data: reads are still audited like every register's.
 */
export const propagandaContract = defineRegisterContract({
  recordType: 'propaganda',
  label: { vi: 'Tuyên truyền phòng, chống ma túy', en: 'Drug prevention propaganda' },
  permissions: propagandaPermissions,
  grants: {
    drug_police: [...propagandaPermissions],
    commune_police_chief: [...propagandaPermissions],
    commune_police: [...propagandaPermissions],
    commune_committee: [...propagandaPermissions],
    department: [...propagandaPermissions],
    border_guard: [...propagandaPermissions],
    leadership: ['propaganda.read', 'propaganda.statistics'],
  },
  // The provincial leadership's reports cover every commune.
  unscoped: { leadership: ['propaganda.read', 'propaganda.statistics'] },
  auditActions: {
    'propaganda.create': { vi: 'Ghi nhận buổi tuyên truyền', en: 'Record a propaganda session' },
    'propaganda.update': { vi: 'Sửa buổi tuyên truyền', en: 'Edit a propaganda session' },
    'propaganda.transition': {
      vi: 'Chuyển trạng thái buổi tuyên truyền',
      en: 'Change a propaganda session’s status',
    },
    'propaganda.read': { vi: 'Xem buổi tuyên truyền', en: 'View a propaganda session' },
    'propaganda.list': { vi: 'Xem danh sách buổi tuyên truyền', en: 'List propaganda sessions' },
    'propaganda.statistics': { vi: 'Xem số liệu tuyên truyền', en: 'View propaganda figures' },
  },
  fieldLabels: {
    title: { vi: 'Tên hoạt động', en: 'Title' },
    dateFrom: { vi: 'Ngày tổ chức', en: 'Date' },
    dateTo: { vi: 'Đến ngày', en: 'Until' },
    organizer: { vi: 'Cơ quan tổ chức', en: 'Organiser' },
    unitId: { vi: 'Xã, phường', en: 'Commune' },
    unitIds: { vi: 'Các xã, phường khác', en: 'Other communes' },
    place: { vi: 'Địa điểm', en: 'Place' },
    forms: { vi: 'Hình thức', en: 'Forms' },
    formOther: { vi: 'Hình thức khác', en: 'Other form' },
    targetGroups: { vi: 'Đối tượng', en: 'Target groups' },
    targetOther: { vi: 'Đối tượng khác', en: 'Other group' },
    participants: { vi: 'Số người tham dự', en: 'Participants' },
    languages: { vi: 'Ngôn ngữ', en: 'Languages' },
    languageOther: { vi: 'Tiếng địa phương khác', en: 'Other local language' },
    materials: { vi: 'Số tài liệu, tờ rơi phát ra', en: 'Copies distributed' },
    materialsNote: { vi: 'Tài liệu', en: 'Materials' },
    topics: { vi: 'Chủ đề', en: 'Topics' },
    topicOther: { vi: 'Chủ đề khác', en: 'Other topic' },
    reach: { vi: 'Lượt xem, lượt nghe', en: 'Views or listeners' },
    content: { vi: 'Nội dung', en: 'Content' },
    status: { vi: 'Trạng thái', en: 'Status' },
    statusSince: { vi: 'Từ ngày', en: 'Since' },
    reason: { vi: 'Lý do', en: 'Reason' },
  },
  messages: m,
});

/** Mass-movement events (ngày hội, mít tinh, phát động phong trào): who held what, where, how many came. */
export const massEventContract = defineRegisterContract({
  recordType: 'mass_event',
  label: { vi: 'Sự kiện phong trào toàn dân', en: 'Mass-movement event' },
  permissions: massEventPermissions,
  grants: {
    drug_police: [...massEventPermissions],
    commune_police_chief: [...massEventPermissions],
    commune_police: [...massEventPermissions],
    commune_committee: [...massEventPermissions],
    department: [...massEventPermissions],
    border_guard: [...massEventPermissions],
    leadership: ['mass_event.read'],
  },
  unscoped: { leadership: ['mass_event.read'] },
  auditActions: {
    'mass_event.create': { vi: 'Ghi nhận sự kiện phong trào', en: 'Record a mass event' },
    'mass_event.update': { vi: 'Sửa sự kiện phong trào', en: 'Edit a mass event' },
    'mass_event.transition': {
      vi: 'Chuyển trạng thái sự kiện phong trào',
      en: 'Change a mass event’s status',
    },
    'mass_event.read': { vi: 'Xem sự kiện phong trào', en: 'View a mass event' },
    'mass_event.list': { vi: 'Xem danh sách sự kiện phong trào', en: 'List mass events' },
  },
  messages: massEventMessages,
  fieldLabels: {
    title: { vi: 'Tên sự kiện', en: 'Title' },
    on: { vi: 'Ngày tổ chức', en: 'Date' },
    kind: { vi: 'Loại sự kiện', en: 'Kind' },
    organizer: { vi: 'Cơ quan tổ chức', en: 'Organiser' },
    unitId: { vi: 'Xã, phường', en: 'Commune' },
    place: { vi: 'Địa điểm', en: 'Place' },
    participants: { vi: 'Số người tham dự', en: 'Participants' },
    content: { vi: 'Nội dung', en: 'Content' },
    results: { vi: 'Kết quả', en: 'Results' },
    status: { vi: 'Trạng thái', en: 'Status' },
    statusSince: { vi: 'Từ ngày', en: 'Since' },
    reason: { vi: 'Lý do', en: 'Reason' },
  },
});

const count = z
  .number(m['propaganda.countNotNegative'].vi)
  .int(m['propaganda.countNotNegative'].vi)
  .min(0, m['propaganda.countNotNegative'].vi)
  .max(100_000_000, m['propaganda.countNotNegative'].vi);
const otherText = vnText({ max: 200 }).nullable().optional();

const propagandaFields = {
  title: vnText({ max: 300 }),
  dateFrom: isoDate,
  /** A campaign over several days (loudspeakers for a week); default the same day. */
  dateTo: isoDate.nullable().optional(),
  organizer: vnText({ max: 300 }),
  /** Where it took place: a commune, or the province for a province-wide activity (in the writer's scope). */
  unitId: z.uuid(),
  /** Further communes the activity reached (a mobile team going from village to village). */
  unitIds: z.array(z.uuid()).max(100).optional(),
  place: vnText({ max: 300 }).nullable().optional(),
  forms: z.array(propagandaForm).min(1, m['propaganda.formRequired'].vi).max(10),
  formOther: otherText,
  targetGroups: z.array(propagandaTargetGroup).max(7).optional(),
  targetOther: otherText,
  /** Required once held (the report counts "lượt người tham dự"). */
  participants: count.nullable().optional(),
  languages: z.array(propagandaLanguage).max(10).optional(),
  languageOther: otherText,
  materials: count.nullable().optional(),
  materialsNote: vnText({ max: 500 }).nullable().optional(),
  topics: z.array(propagandaTopic).max(6).optional(),
  topicOther: otherText,
  /** Views (social media) or listeners (radio): the channel's reach. */
  reach: count.nullable().optional(),
  content: vnText({ max: 4000 }).nullable().optional(),
};
export const propagandaCreate = z.strictObject({
  ...propagandaFields,
  /** Default: held when the date has passed, planned when it is ahead. */
  status: z.enum(['planned', 'held']).optional(),
});
export type PropagandaCreate = z.infer<typeof propagandaCreate>;
export const propagandaUpdate = z.strictObject({ ...propagandaFields, version: z.number().int() });
export type PropagandaUpdate = z.infer<typeof propagandaUpdate>;

/** Held, cancelled or planned again: guarded by status and version, the reason in the trail. */
export const activityTransition = z.strictObject({
  to: activityStatus,
  on: isoDate,
  reason: vnText({ max: 2000 }),
  /** Moving to held: the participants counted that day (else the record's own). */
  participants: count.nullable().optional(),
  version: z.number().int(),
});
export type ActivityTransition = z.infer<typeof activityTransition>;

const ref = z.object({ id: z.uuid(), code: z.string(), name: z.string() });
export const propaganda = z.object({
  id: z.uuid(),
  title: z.string(),
  dateFrom: z.string(),
  dateTo: z.string(),
  organizer: z.string(),
  unit: ref,
  units: z.array(ref),
  place: z.string().nullable(),
  forms: z.array(propagandaForm),
  formOther: z.string().nullable(),
  targetGroups: z.array(propagandaTargetGroup),
  targetOther: z.string().nullable(),
  participants: z.number().int().nullable(),
  languages: z.array(z.string()),
  languageOther: z.string().nullable(),
  materials: z.number().int().nullable(),
  materialsNote: z.string().nullable(),
  topics: z.array(propagandaTopic),
  topicOther: z.string().nullable(),
  reach: z.number().int().nullable(),
  content: z.string().nullable(),
  status: activityStatus,
  statusSince: z.string(),
  allowedTransitions: z.array(activityStatus),
  agency: ref,
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Propaganda = z.infer<typeof propaganda>;

const oneOrMany = <T extends z.ZodType>(t: T) =>
  z
    .union([t, z.array(t)])
    .transform((v) => (Array.isArray(v) ? v : [v]) as z.infer<T>[])
    .optional();

export const propagandaSortKeys = ['dateFrom', 'title', 'participants', 'updatedAt'] as const;
export const propagandaListQuery = pagedQuery(propagandaSortKeys).extend({
  status: oneOrMany(activityStatus),
  form: oneOrMany(propagandaForm),
  targetGroup: oneOrMany(propagandaTargetGroup),
  topic: oneOrMany(propagandaTopic),
  /** The commune where it took place or one it reached (and the communes merged into it). */
  unitId: z.uuid().optional(),
  /** Activities overlapping [from, to]. */
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type PropagandaListQuery = z.infer<typeof propagandaListQuery>;

/** Counts for the report (số buổi tuyên truyền, số lượt người tham dự): held sessions only. */
export const propagandaStatisticsQuery = z.strictObject({
  /** Default: 1 January of `to`'s year. */
  from: isoDate.optional(),
  /** Default: today. */
  to: isoDate.optional(),
  unitId: z.uuid().optional(),
});
export type PropagandaStatisticsQuery = z.infer<typeof propagandaStatisticsQuery>;
const figures = {
  sessions: z.number().int(),
  participants: z.number().int(),
  materials: z.number().int(),
  reach: z.number().int(),
};
export const propagandaStatistics = z.object({
  from: z.string(),
  to: z.string(),
  totals: z.object(figures),
  /** By the commune where each session took place. */
  byUnit: z.array(z.object({ unit: ref, ...figures })),
  /** A session with two forms counts under each: these rows do not add up to the totals. */
  byForm: z.array(z.object({ form: propagandaForm, ...figures })),
  byTargetGroup: z.array(z.object({ targetGroup: propagandaTargetGroup, ...figures })),
  byTopic: z.array(z.object({ topic: propagandaTopic, ...figures })),
  /** Mass events held in the period (count and participants). */
  massEvents: z.object({ events: z.number().int(), participants: z.number().int() }),
});
export type PropagandaStatistics = z.infer<typeof propagandaStatistics>;

const massEventFields = {
  title: vnText({ max: 300 }),
  kind: massEventKind,
  on: isoDate,
  organizer: vnText({ max: 300 }),
  unitId: z.uuid(),
  place: vnText({ max: 300 }).nullable().optional(),
  participants: count.nullable().optional(),
  content: vnText({ max: 4000 }).nullable().optional(),
  results: vnText({ max: 4000 }).nullable().optional(),
};
export const massEventCreate = z.strictObject({
  ...massEventFields,
  status: z.enum(['planned', 'held']).optional(),
});
export type MassEventCreate = z.infer<typeof massEventCreate>;
export const massEventUpdate = z.strictObject({ ...massEventFields, version: z.number().int() });
export type MassEventUpdate = z.infer<typeof massEventUpdate>;

export const massEvent = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: massEventKind,
  on: z.string(),
  organizer: z.string(),
  unit: ref,
  place: z.string().nullable(),
  participants: z.number().int().nullable(),
  content: z.string().nullable(),
  results: z.string().nullable(),
  status: activityStatus,
  statusSince: z.string(),
  allowedTransitions: z.array(activityStatus),
  agency: ref,
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MassEvent = z.infer<typeof massEvent>;

export const massEventSortKeys = ['on', 'title', 'participants', 'updatedAt'] as const;
export const massEventListQuery = pagedQuery(massEventSortKeys).extend({
  status: oneOrMany(activityStatus),
  kind: oneOrMany(massEventKind),
  unitId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type MassEventListQuery = z.infer<typeof massEventListQuery>;
