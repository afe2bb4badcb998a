import { z } from 'zod';
import { pagedQuery } from '../list.ts';
import { isoDate, vnText } from '../text.ts';
import {
  engagementKind,
  engagementKinds,
  prestigeRole,
  prestigeStatus,
  religion,
} from './mobilisation-enums.ts';
import { prestigiousPersonMessages as m } from './mobilisation-messages.ts';
import { ethnicGroupOptions } from './person-ethnic-groups.ts';
import { defineRegisterContract } from './register-contract.ts';

const permissions = [
  'prestigious_person.read',
  'prestigious_person.write',
  'prestigious_person.engage',
  'prestigious_person.statistics',
] as const;

/**
 * Prestigious persons and religious dignitaries (người có uy tín, chức sắc tôn giáo) and their engagements
 * (issue 11 item 6). Names and phones are personal data: lists mask the phone, every read is audited.
 */
export const prestigiousPersonContract = defineRegisterContract({
  recordType: 'prestigious_person',
  label: { vi: 'Người có uy tín, chức sắc tôn giáo', en: 'Prestigious person' },
  permissions,
  // The commune mobilises its prestigious persons: the commune committee (with the Front, which has no role of
  // its own) and the commune police keep their commune's and record engagements; departments (the Front's
  // provincial committee, Ban Dân tộc) likewise in their jurisdiction. PC04 reads and counts the province's;
  // leadership counts province-wide.
  grants: {
    commune_committee: [...permissions],
    commune_police: [...permissions],
    commune_police_chief: [...permissions],
    department: [...permissions],
    drug_police: ['prestigious_person.read', 'prestigious_person.statistics'],
    leadership: ['prestigious_person.read', 'prestigious_person.statistics'],
  },
  unscoped: { leadership: ['prestigious_person.statistics'] },
  auditActions: {
    'prestigious_person.create': { vi: 'Ghi nhận người có uy tín', en: 'Record a prestigious person' },
    'prestigious_person.update': { vi: 'Sửa thông tin người có uy tín', en: 'Edit a prestigious person' },
    'prestigious_person.transition': {
      vi: 'Chuyển trạng thái người có uy tín',
      en: 'Change a prestigious person’s status',
    },
    'prestigious_person.engage': { vi: 'Ghi nhận hoạt động của người có uy tín', en: 'Record an engagement' },
    'prestigious_person.read': { vi: 'Xem người có uy tín', en: 'View a prestigious person' },
    'prestigious_person.list': { vi: 'Xem danh sách người có uy tín', en: 'List prestigious persons' },
    'prestigious_person.statistics': {
      vi: 'Xem số liệu người có uy tín',
      en: 'View prestigious-person figures',
    },
  },
  fieldLabels: {
    fullName: { vi: 'Họ và tên', en: 'Full name' },
    role: { vi: 'Vai trò', en: 'Role' },
    religion: { vi: 'Tôn giáo', en: 'Religion' },
    title: { vi: 'Chức danh', en: 'Title' },
    ethnicity: { vi: 'Dân tộc', en: 'Ethnicity' },
    birthYear: { vi: 'Năm sinh', en: 'Birth year' },
    unitId: { vi: 'Xã, phường', en: 'Commune' },
    village: { vi: 'Thôn, làng', en: 'Village' },
    decisionNumber: { vi: 'Quyết định công nhận số', en: 'Recognition decision' },
    decisionDate: { vi: 'Ngày quyết định', en: 'Decision date' },
    phone: { vi: 'Số điện thoại', en: 'Phone' },
    notes: { vi: 'Ghi chú', en: 'Notes' },
    status: { vi: 'Trạng thái', en: 'Status' },
    statusSince: { vi: 'Từ ngày', en: 'Since' },
    on: { vi: 'Ngày', en: 'Date' },
    kind: { vi: 'Hình thức hoạt động', en: 'Kind' },
    content: { vi: 'Nội dung', en: 'Content' },
    personsPersuaded: { vi: 'Số người được vận động', en: 'Persons persuaded' },
    result: { vi: 'Kết quả', en: 'Result' },
    reason: { vi: 'Lý do', en: 'Reason' },
  },
  messages: m,
});

const ethnicCodes = ethnicGroupOptions.map((g) => g.code);
const ethnicity = z
  .string()
  .refine((c) => ethnicCodes.includes(c), m['prestigious_person.ethnicityUnknown'].vi);
const phone = z
  .string()
  .transform((s) => s.replace(/[\s.-]/g, ''))
  .pipe(z.string().regex(/^(\+84|0)\d{8,10}$/, m['prestigious_person.phoneFormat'].vi));

const personFields = {
  fullName: vnText({ max: 150 }),
  role: prestigeRole,
  /** Required for a religious dignitary. */
  religion: religion.nullable().optional(),
  /** The religious or customary title (linh mục, mục sư, trụ trì…), free text. */
  title: vnText({ max: 150 }).nullable().optional(),
  ethnicity: ethnicity.nullable().optional(),
  birthYear: z.number().int().min(1900).max(2100).nullable().optional(),
  /** The commune (valid today, inside the writer's jurisdiction) and the village (thôn, làng). */
  unitId: z.uuid(),
  village: vnText({ max: 150 }).nullable().optional(),
  decisionNumber: vnText({ max: 100 }).nullable().optional(),
  decisionDate: isoDate.nullable().optional(),
  phone: phone.nullable().optional(),
  notes: vnText({ max: 2000 }).nullable().optional(),
};
export const prestigiousPersonCreate = z.strictObject(personFields);
export type PrestigiousPersonCreate = z.infer<typeof prestigiousPersonCreate>;
export const prestigiousPersonUpdate = z.strictObject({ ...personFields, version: z.number().int() });
export type PrestigiousPersonUpdate = z.infer<typeof prestigiousPersonUpdate>;

export const prestigiousPersonTransition = z.strictObject({
  to: prestigeStatus,
  on: isoDate,
  reason: vnText({ max: 2000 }),
  version: z.number().int(),
});
export type PrestigiousPersonTransition = z.infer<typeof prestigiousPersonTransition>;

const personsPersuaded = z
  .number(m['prestigious_person.countNotNegative'].vi)
  .int(m['prestigious_person.countNotNegative'].vi)
  .min(0, m['prestigious_person.countNotNegative'].vi)
  .max(10_000);

export const engagementCreate = z.strictObject({
  on: isoDate,
  kind: engagementKind,
  /** Where it took place; default the person's commune. In the writer's jurisdiction. */
  unitId: z.uuid().optional(),
  content: vnText({ max: 2000 }),
  personsPersuaded: personsPersuaded.nullable().optional(),
  result: vnText({ max: 2000 }).nullable().optional(),
});
export type EngagementCreate = z.infer<typeof engagementCreate>;

const ref = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

export const engagement = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  on: z.string(),
  kind: engagementKind,
  unit: ref,
  content: z.string(),
  personsPersuaded: z.number().int().nullable(),
  result: z.string().nullable(),
  agency: ref,
  isDemo: z.boolean(),
  createdAt: z.string(),
});
export type Engagement = z.infer<typeof engagement>;
export const engagementList = z.object({ data: z.array(engagement) });

export const prestigiousPerson = z.object({
  id: z.uuid(),
  fullName: z.string(),
  role: prestigeRole,
  religion: religion.nullable(),
  title: z.string().nullable(),
  ethnicity: z.object({ code: z.string(), name: z.string() }).nullable(),
  birthYear: z.number().int().nullable(),
  unit: ref,
  village: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  /** In full on a record read (audited); in lists only `phoneMasked`. */
  phone: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  notes: z.string().nullable(),
  status: prestigeStatus,
  statusSince: z.string(),
  allowedTransitions: z.array(prestigeStatus),
  engagements: z.number().int(),
  lastEngagedOn: z.string().nullable(),
  personsPersuaded: z.number().int(),
  agency: ref,
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PrestigiousPerson = z.infer<typeof prestigiousPerson>;

const oneOrMany = <T extends z.ZodType>(t: T) =>
  z
    .union([t, z.array(t)])
    .transform((v) => (Array.isArray(v) ? v : [v]) as z.infer<T>[])
    .optional();

export const prestigiousPersonSortKeys = [
  'fullName',
  'role',
  'status',
  'lastEngagedOn',
  'updatedAt',
] as const;
export const prestigiousPersonListQuery = pagedQuery(prestigiousPersonSortKeys).extend({
  role: oneOrMany(prestigeRole),
  status: oneOrMany(prestigeStatus),
  religion: oneOrMany(religion),
  ethnicity: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  unitId: z.uuid().optional(),
});
export type PrestigiousPersonListQuery = z.infer<typeof prestigiousPersonListQuery>;

/** Counts for report indicators (no names): persons active now, engagements of the period by kind and commune. */
export const prestigiousPersonStatisticsQuery = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  unitId: z.uuid().optional(),
});
export type PrestigiousPersonStatisticsQuery = z.infer<typeof prestigiousPersonStatisticsQuery>;

const byKind = z.object(
  Object.fromEntries(engagementKinds.map((k) => [k, z.number().int()])) as {
    [K in (typeof engagementKinds)[number]]: z.ZodNumber;
  },
);
const prestigeFigures = {
  activePersons: z.number().int(),
  engagements: z.number().int(),
  personsPersuaded: z.number().int(),
  byKind,
};
export const prestigiousPersonStatistics = z.object({
  from: z.string(),
  to: z.string(),
  totals: z.object(prestigeFigures),
  rows: z.array(z.object({ unit: ref, ...prestigeFigures })),
});
export type PrestigiousPersonStatistics = z.infer<typeof prestigiousPersonStatistics>;
