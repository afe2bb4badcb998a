import { z } from 'zod';
import { pagedQuery } from '../list.ts';
import { isoDate, vnText } from '../text.ts';
import {
  arrestKind,
  caseStatus,
  drugArticle,
  drugType,
  measureUnit,
  severityClass,
  unitFamily,
} from './case-enums.ts';
import { caseMessages as m } from './case-messages.ts';
import { defineRegisterContract } from './register-contract.ts';

const casePermissions = ['case.read', 'case.write', 'case.transition'] as const;

/**
 * Criminal cases (vụ án) with charges, suspects, arrests and seizures (issue 11 items 2–3, PRODUCT.md §7).
 * Suspects' names are personal data: every read is audited, as in the hotspot register.
 */
export const caseContract = defineRegisterContract({
  recordType: 'case',
  label: { vi: 'Vụ án ma túy', en: 'Drug case' },
  permissions: casePermissions,
  // Police investigate (PC04 province-wide, commune police their commune); border guards record the cases
  // they make at the border (arrests, seizures) in their border communes.
  grants: {
    drug_police: [...casePermissions],
    commune_police_chief: [...casePermissions],
    commune_police: [...casePermissions],
    border_guard: ['case.read', 'case.write'],
  },
  auditActions: {
    'case.create': { vi: 'Ghi nhận vụ án', en: 'Record a case' },
    'case.update': { vi: 'Sửa vụ án', en: 'Edit a case' },
    'case.transition': { vi: 'Chuyển trạng thái vụ án', en: 'Change a case’s status' },
    'case.seizure': { vi: 'Ghi nhận tang vật thu giữ', en: 'Record a seizure' },
    'case.read': { vi: 'Xem vụ án', en: 'View a case' },
    'case.list': { vi: 'Xem danh sách vụ án', en: 'List cases' },
  },
  fieldLabels: {
    number: { vi: 'Số vụ án', en: 'Case number' },
    openedOn: { vi: 'Ngày khởi tố', en: 'Opened on' },
    unitId: { vi: 'Xã, phường (vào ngày khởi tố)', en: 'Commune (on the opening date)' },
    summary: { vi: 'Tóm tắt', en: 'Summary' },
    charges: { vi: 'Tội danh', en: 'Charges' },
    severity: { vi: 'Loại tội phạm', en: 'Crime class' },
    suspects: { vi: 'Đối tượng', en: 'Suspects' },
    projectId: { vi: 'Chuyên án', en: 'Special project' },
    status: { vi: 'Trạng thái', en: 'Status' },
    statusSince: { vi: 'Từ ngày', en: 'Since' },
    on: { vi: 'Ngày', en: 'Date' },
    drugType: { vi: 'Loại ma túy', en: 'Drug type' },
    measure: { vi: 'Đơn vị tính', en: 'Unit of measure' },
    quantity: { vi: 'Số lượng', en: 'Quantity' },
    reason: { vi: 'Lý do', en: 'Reason' },
  },
  messages: m,
});

export const charge = z.strictObject({
  article: drugArticle,
  clause: z.number().int().min(1).max(5),
});
export type Charge = z.infer<typeof charge>;

export const suspect = z.strictObject({
  /** A person of the person register, when known (in the writer's person jurisdiction). */
  personId: z.uuid().nullable().optional(),
  name: vnText({ max: 200 }),
  birthYear: z.number(m['case.birthYearInvalid'].vi).int().min(1900).max(2100).nullable().optional(),
  arrestedOn: isoDate.nullable().optional(),
  arrestKind: arrestKind.nullable().optional(),
});
export type Suspect = z.infer<typeof suspect>;

const quantity = z
  .number(m['case.quantityPositive'].vi)
  .positive(m['case.quantityPositive'].vi)
  .max(1_000_000_000)
  .refine((n) => Math.abs(Math.round(n * 1000) - n * 1000) < 1e-6, m['case.quantityPositive'].vi);

export const seizureInput = z.strictObject({
  on: isoDate,
  drugType,
  /** The unit of measure; the drug catalogue says which units a type may use. */
  measure: measureUnit,
  quantity,
  note: vnText({ max: 500 }).nullable().optional(),
});
export type SeizureInput = z.infer<typeof seizureInput>;
export const seizureCreate = seizureInput.extend({ version: z.number().int() });
export type SeizureCreate = z.infer<typeof seizureCreate>;

const caseFields = {
  number: vnText({ max: 60 }),
  openedOn: isoDate,
  /** The commune as of `openedOn` (before 01/7/2025 an old commune). */
  unitId: z.uuid(),
  summary: vnText({ max: 4000 }),
  charges: z.array(charge).min(1, m['case.chargeRequired'].vi).max(10),
  suspects: z.array(suspect).max(100).optional(),
  projectId: z.uuid().nullable().optional(),
};
export const caseCreate = z.strictObject({
  ...caseFields,
  /** Seizures recorded with the case (more later through `POST /cases/:id/seizures`). */
  seizures: z.array(seizureInput).max(50).optional(),
});
export type CaseCreate = z.infer<typeof caseCreate>;
export const caseUpdate = z.strictObject({ ...caseFields, version: z.number().int() });
export type CaseUpdate = z.infer<typeof caseUpdate>;

export const caseTransition = z.strictObject({
  to: caseStatus,
  on: isoDate,
  reason: vnText({ max: 2000 }),
  version: z.number().int(),
});
export type CaseTransition = z.infer<typeof caseTransition>;

export const seizureTotal = z.object({
  drugType,
  family: unitFamily,
  unit: measureUnit,
  quantity: z.number(),
});
export const seizureRecord = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  on: z.string(),
  drugType,
  measure: measureUnit,
  quantity: z.number(),
  family: unitFamily,
  baseQuantity: z.number(),
  note: z.string().nullable(),
  isDemo: z.boolean(),
  createdAt: z.string(),
});
export type SeizureRecord = z.infer<typeof seizureRecord>;

const ref = z.object({ id: z.uuid(), code: z.string(), name: z.string() });
export const criminalCase = z.object({
  id: z.uuid(),
  number: z.string(),
  openedOn: z.string(),
  unit: ref,
  summary: z.string(),
  charges: z.array(charge.extend({ severity: severityClass.nullable() })),
  severity: severityClass.nullable(),
  suspects: z.array(
    z.object({
      personId: z.uuid().nullable(),
      name: z.string(),
      birthYear: z.number().int().nullable(),
      arrestedOn: z.string().nullable(),
      arrestKind: arrestKind.nullable(),
    }),
  ),
  arrests: z.number().int(),
  project: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  status: caseStatus,
  statusSince: z.string(),
  allowedTransitions: z.array(caseStatus),
  seizures: z.array(seizureRecord),
  /** Per drug type and unit family, in the family's base unit (kg counted as g): never mixed. */
  seizureTotals: z.array(seizureTotal),
  agency: ref,
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CriminalCase = z.infer<typeof criminalCase>;

const oneOrMany = <T extends z.ZodType>(t: T) =>
  z
    .union([t, z.array(t)])
    .transform((v) => (Array.isArray(v) ? v : [v]) as z.infer<T>[])
    .optional();

export const caseSortKeys = ['openedOn', 'number', 'severity', 'status', 'updatedAt'] as const;
export const caseListQuery = pagedQuery(caseSortKeys).extend({
  /** Opened on or after / on or before (the case's date). */
  from: isoDate.optional(),
  to: isoDate.optional(),
  unitId: z.uuid().optional(),
  article: oneOrMany(drugArticle),
  severity: oneOrMany(severityClass),
  status: oneOrMany(caseStatus),
  /** Cases with a seizure of one of these types. */
  drugType: oneOrMany(drugType),
  projectId: z.uuid().optional(),
});
export type CaseListQuery = z.infer<typeof caseListQuery>;

export const caseSeizureResult = z.object({ seizure: seizureRecord, case: criminalCase });
