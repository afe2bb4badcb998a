import { z } from 'zod';
import { pagedQuery } from '../list.ts';
import { isoDate, vnText } from '../text.ts';
import { caseStatus, projectStatus, severityClass } from './case-enums.ts';
import { projectMessages as m } from './case-messages.ts';
import { defineRegisterContract } from './register-contract.ts';

const projectPermissions = ['project.read', 'project.write', 'project.transition'] as const;

/** Special projects (chuyên án): a planned operation against a ring, grouping its cases (issue 11 item 2). */
export const projectContract = defineRegisterContract({
  recordType: 'project',
  label: { vi: 'Chuyên án', en: 'Special project' },
  permissions: projectPermissions,
  // Chuyên án are run by police units: PC04 and the commune police chief open them, officers follow them.
  grants: {
    drug_police: [...projectPermissions],
    commune_police_chief: [...projectPermissions],
    commune_police: ['project.read'],
  },
  auditActions: {
    'project.create': { vi: 'Lập chuyên án', en: 'Open a special project' },
    'project.update': { vi: 'Sửa chuyên án', en: 'Edit a special project' },
    'project.transition': { vi: 'Chuyển trạng thái chuyên án', en: 'Change a special project’s status' },
    'project.read': { vi: 'Xem chuyên án', en: 'View a special project' },
    'project.list': { vi: 'Xem danh sách chuyên án', en: 'List special projects' },
  },
  fieldLabels: {
    name: { vi: 'Tên chuyên án', en: 'Name' },
    decisionNumber: { vi: 'Số quyết định xác lập', en: 'Decision number' },
    periodFrom: { vi: 'Từ ngày', en: 'From' },
    periodTo: { vi: 'Đến ngày', en: 'To' },
    unitId: { vi: 'Đơn vị chủ trì', en: 'Leading unit' },
    ringId: { vi: 'Đường dây, ổ nhóm', en: 'Ring' },
    summary: { vi: 'Nội dung', en: 'Summary' },
    status: { vi: 'Trạng thái', en: 'Status' },
    statusSince: { vi: 'Từ ngày', en: 'Since' },
    reason: { vi: 'Lý do', en: 'Reason' },
  },
  messages: m,
});

const projectFields = {
  name: vnText({ max: 200 }),
  decisionNumber: vnText({ max: 100 }).nullable().optional(),
  periodFrom: isoDate,
  periodTo: isoDate.nullable().optional(),
  /** The leading unit (a commune, or the province), in the writer's jurisdiction. */
  unitId: z.uuid(),
  /** A ring of the `/rings` register (person jurisdiction). */
  ringId: z.uuid().nullable().optional(),
  summary: vnText({ max: 4000 }).nullable().optional(),
};
export const projectCreate = z.strictObject(projectFields);
export type ProjectCreate = z.infer<typeof projectCreate>;
export const projectUpdate = z.strictObject({ ...projectFields, version: z.number().int() });
export type ProjectUpdate = z.infer<typeof projectUpdate>;
export const projectTransition = z.strictObject({
  to: projectStatus,
  on: isoDate,
  reason: vnText({ max: 2000 }),
  version: z.number().int(),
});
export type ProjectTransition = z.infer<typeof projectTransition>;

const ref = z.object({ id: z.uuid(), code: z.string(), name: z.string() });
export const specialProject = z.object({
  id: z.uuid(),
  name: z.string(),
  decisionNumber: z.string().nullable(),
  periodFrom: z.string(),
  periodTo: z.string().nullable(),
  unit: ref,
  ringId: z.uuid().nullable(),
  /** The ring when the reader may see it (person register scope). */
  ring: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  summary: z.string().nullable(),
  status: projectStatus,
  statusSince: z.string(),
  allowedTransitions: z.array(projectStatus),
  /** Its cases the reader may see. */
  cases: z.array(
    z.object({
      id: z.uuid(),
      number: z.string(),
      openedOn: z.string(),
      severity: severityClass.nullable(),
      status: caseStatus,
    }),
  ),
  agency: ref,
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SpecialProject = z.infer<typeof specialProject>;

export const projectSortKeys = ['periodFrom', 'name', 'status', 'updatedAt'] as const;
export const projectListQuery = pagedQuery(projectSortKeys).extend({
  status: z
    .union([projectStatus, z.array(projectStatus)])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional(),
  unitId: z.uuid().optional(),
  /** Projects whose period overlaps [from, to]. */
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type ProjectListQuery = z.infer<typeof projectListQuery>;
