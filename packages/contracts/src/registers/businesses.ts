import { z } from 'zod';
import { pagedQuery } from '../list.ts';
import { isoDate, vnText } from '../text.ts';
import {
  businessLine,
  businessRiskLevel,
  businessStatus,
  checklistResult,
  inspectionOutcome,
  sanctionKind,
} from './business-enums.ts';
import { businessMessages as m } from './business-messages.ts';
import { defineRegisterContract } from './register-contract.ts';

const businessPermissions = [
  'business.read',
  'business.write',
  'business.transition',
  'business.inspect',
  'business.statistics',
] as const;

/**
 * Businesses with security-and-order conditions and their inspections (issue 11 item 1, PRODUCT.md §5). Owner
 * and manager names are personal data: every read is audited, as in the hotspot register.
 */
export const businessContract = defineRegisterContract({
  recordType: 'business',
  label: { vi: 'Cơ sở kinh doanh có điều kiện về ANTT', en: 'Conditional business' },
  permissions: businessPermissions,
  // Commune police keep their commune's premises and inspect them (post-licence checks are police work);
  // PC04 the province's. The commune committee reads (it chairs the inter-agency team); departments (culture,
  // health: karaoke and massage licensing) read, take part in inspections and count. Leadership counts.
  grants: {
    drug_police: [...businessPermissions],
    commune_police_chief: [...businessPermissions],
    commune_police: [
      'business.read',
      'business.write',
      'business.transition',
      'business.inspect',
      'business.statistics',
    ],
    commune_committee: ['business.read', 'business.statistics'],
    department: ['business.read', 'business.inspect', 'business.statistics'],
    leadership: ['business.statistics'],
  },
  // Province-wide counts for the provincial leadership (their reports cover every commune).
  unscoped: { leadership: ['business.statistics'] },
  auditActions: {
    'business.create': { vi: 'Ghi nhận cơ sở kinh doanh', en: 'Record a business' },
    'business.update': { vi: 'Sửa cơ sở kinh doanh', en: 'Edit a business' },
    'business.transition': { vi: 'Chuyển trạng thái cơ sở kinh doanh', en: 'Change a business’s status' },
    'business.inspect': { vi: 'Ghi nhận kết quả kiểm tra cơ sở', en: 'Record an inspection' },
    'business.read': { vi: 'Xem cơ sở kinh doanh', en: 'View a business' },
    'business.list': { vi: 'Xem danh sách cơ sở kinh doanh', en: 'List businesses' },
    'business.statistics': { vi: 'Xem số liệu kiểm tra cơ sở', en: 'View inspection figures' },
  },
  fieldLabels: {
    line: { vi: 'Ngành nghề', en: 'Line' },
    name: { vi: 'Tên cơ sở', en: 'Name' },
    ownerName: { vi: 'Chủ cơ sở', en: 'Owner' },
    managerName: { vi: 'Người quản lý', en: 'Manager' },
    address: { vi: 'Địa chỉ', en: 'Address' },
    unitId: { vi: 'Xã, phường', en: 'Commune' },
    unitOn: { vi: 'Đơn vị hành chính vào ngày', en: 'Commune as of' },
    certificateNumber: { vi: 'Số giấy chứng nhận ANTT', en: 'Certificate number' },
    certificateDate: { vi: 'Ngày cấp', en: 'Certificate date' },
    certificateIssuer: { vi: 'Cơ quan cấp', en: 'Certificate issuer' },
    hotspotIds: { vi: 'Điểm, tụ điểm tại cơ sở', en: 'Hotspots at the premises' },
    notes: { vi: 'Ghi chú', en: 'Notes' },
    status: { vi: 'Trạng thái', en: 'Status' },
    statusSince: { vi: 'Từ ngày', en: 'Since' },
    on: { vi: 'Ngày', en: 'Date' },
    team: { vi: 'Đoàn kiểm tra', en: 'Inspection team' },
    agencies: { vi: 'Cơ quan tham gia', en: 'Agencies' },
    checklist: { vi: 'Nội dung kiểm tra', en: 'Checklist' },
    customersTested: { vi: 'Số người được test nhanh', en: 'Persons tested' },
    customersPositive: { vi: 'Số người dương tính', en: 'Persons positive' },
    findings: { vi: 'Kết quả kiểm tra', en: 'Findings' },
    sanctions: { vi: 'Hình thức xử lý', en: 'Sanctions' },
    outcome: { vi: 'Kết luận', en: 'Outcome' },
    followUpOn: { vi: 'Ngày kiểm tra lại', en: 'Follow-up date' },
    reason: { vi: 'Lý do', en: 'Reason' },
  },
  messages: m,
});

const citationText = vnText({ max: 100 });

const businessFields = {
  line: businessLine,
  name: vnText({ max: 200 }),
  ownerName: vnText({ max: 200 }).nullable().optional(),
  managerName: vnText({ max: 200 }).nullable().optional(),
  address: vnText({ max: 300 }),
  /** The commune of the premises as of `unitOn` (default today): before 01/7/2025, an old commune. */
  unitId: z.uuid(),
  unitOn: isoDate.optional(),
  certificateNumber: vnText({ max: 60 }).nullable().optional(),
  certificateDate: isoDate.nullable().optional(),
  certificateIssuer: vnText({ max: 200 }).nullable().optional(),
  /** Hotspots found at the premises (the hotspot register's records, in the officer's jurisdiction). */
  hotspotIds: z.array(z.uuid()).max(20).optional(),
  notes: vnText({ max: 2000 }).nullable().optional(),
};

export const businessCreate = z.strictObject(businessFields);
export type BusinessCreate = z.infer<typeof businessCreate>;
export const businessUpdate = z.strictObject({ ...businessFields, version: z.number().int() });
export type BusinessUpdate = z.infer<typeof businessUpdate>;

export const businessTransition = z.strictObject({
  to: businessStatus,
  on: isoDate,
  reason: vnText({ max: 2000 }),
  version: z.number().int(),
});
export type BusinessTransition = z.infer<typeof businessTransition>;

const fineAmount = z
  .number(m['business.fineAmountPositive'].vi)
  .int(m['business.fineAmountPositive'].vi)
  .min(1, m['business.fineAmountPositive'].vi)
  .max(10_000_000_000, m['business.fineAmountTooLarge'].vi);
const decision = {
  decisionNumber: citationText.nullable().optional(),
  decisionDate: isoDate.nullable().optional(),
  note: vnText({ max: 500 }).nullable().optional(),
};
/** A sanction: its kind decides what it carries (a fine its amount in VND, a suspension its period). */
export const sanction = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('warning'), ...decision }),
  z.strictObject({ kind: z.literal('fine'), amountVnd: fineAmount, ...decision }),
  z.strictObject({ kind: z.literal('suspension'), from: isoDate, to: isoDate, ...decision }),
  z.strictObject({ kind: z.literal('revocation'), ...decision }),
]);
export type Sanction = z.infer<typeof sanction>;
/** A sanction as answered (response schemas carry no transforms: the server's serialiser encodes them). */
export const sanctionRecord = z.object({
  kind: sanctionKind,
  amountVnd: z.number().int().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  decisionNumber: z.string().nullable().optional(),
  decisionDate: z.string().nullable().optional(),
  note: z.string().nullable().optional(),
});

const personCount = z
  .number(m['business.countNotNegative'].vi)
  .int(m['business.countNotNegative'].vi)
  .min(0, m['business.countNotNegative'].vi)
  .max(10_000);

export const checklistAnswer = z.strictObject({
  itemId: z.string().min(1).max(60),
  result: checklistResult,
  note: vnText({ max: 500 }).nullable().optional(),
});
export type ChecklistAnswer = z.infer<typeof checklistAnswer>;

export const inspectionCreate = z.strictObject({
  on: isoDate,
  team: vnText({ max: 300 }),
  agencies: z
    .array(vnText({ max: 200 }))
    .min(1, m['business.inspectionAgencyRequired'].vi)
    .max(10),
  checklist: z.array(checklistAnswer).max(40),
  customersTested: personCount.nullable().optional(),
  customersPositive: personCount.nullable().optional(),
  findings: vnText({ max: 4000 }).nullable().optional(),
  sanctions: z.array(sanction).max(10).optional(),
  /** Default, when something was wrong: the rules' re-inspection delay after `on`. */
  followUpOn: isoDate.nullable().optional(),
  /** The business's version: an inspection changes its risk and follow-up, so it is a versioned write. */
  version: z.number().int(),
});
export type InspectionCreate = z.infer<typeof inspectionCreate>;

export const inspection = z.object({
  id: z.uuid(),
  businessId: z.uuid(),
  on: z.string(),
  team: z.string(),
  agencies: z.array(z.string()),
  checklist: z.array(
    z.object({ itemId: z.string(), result: checklistResult, note: z.string().nullable().optional() }),
  ),
  customersTested: z.number().int().nullable(),
  customersPositive: z.number().int().nullable(),
  findings: z.string().nullable(),
  sanctions: z.array(sanctionRecord),
  fineTotalVnd: z.number().int(),
  outcome: inspectionOutcome,
  /** Ids of the checklist items not met. */
  failedItems: z.array(z.string()),
  followUpOn: z.string().nullable(),
  agency: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  isDemo: z.boolean(),
  createdAt: z.string(),
});
export type Inspection = z.infer<typeof inspection>;

/** The province's risk rules in force (domain `BusinessRiskRules`): windows, repeat threshold, follow-up delays. */
export const businessRiskRules = z.object({
  drugsWindowMonths: z.number().int(),
  violationWindowMonths: z.number().int(),
  repeatViolationsForHigh: z.number().int(),
  followUpDaysAfterDrugs: z.number().int(),
  followUpDaysAfterViolation: z.number().int(),
});

/**
 * Why a premises has its risk level under those rules: `drugs` and `violation` name the latest inspection
 * behind it (`on`); `count` is the violating inspections in the window (what `repeat` says).
 */
export const businessRiskReason = z.object({
  kind: z.enum(['unassessed', 'drugs', 'repeat', 'violation', 'low']),
  on: z.string().nullable(),
  count: z.number().int(),
});
export type BusinessRiskReason = z.infer<typeof businessRiskReason>;

export const business = z.object({
  id: z.uuid(),
  line: businessLine,
  name: z.string(),
  ownerName: z.string().nullable(),
  managerName: z.string().nullable(),
  address: z.string(),
  unit: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  unitOn: z.string(),
  certificateNumber: z.string().nullable(),
  certificateDate: z.string().nullable(),
  certificateIssuer: z.string().nullable(),
  status: businessStatus,
  statusSince: z.string(),
  allowedTransitions: z.array(businessStatus),
  hotspotIds: z.array(z.uuid()),
  /** The linked hotspots the reader may see (hotspot register scope). */
  hotspots: z.array(z.object({ id: z.uuid(), name: z.string(), status: z.string() })),
  risk: businessRiskLevel,
  riskReason: businessRiskReason,
  riskRules: businessRiskRules,
  inspections: z.number().int(),
  lastInspectedOn: z.string().nullable(),
  /** The follow-up date set by the latest inspection; a later inspection settles it. */
  followUpOn: z.string().nullable(),
  followUpDue: z.boolean(),
  notes: z.string().nullable(),
  agency: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Business = z.infer<typeof business>;

const oneOrMany = <T extends z.ZodType>(t: T) =>
  z
    .union([t, z.array(t)])
    .transform((v) => (Array.isArray(v) ? v : [v]) as z.infer<T>[])
    .optional();

export const businessSortKeys = [
  'name',
  'line',
  'status',
  'lastInspectedOn',
  'followUpOn',
  'updatedAt',
] as const;
export const businessListQuery = pagedQuery(businessSortKeys).extend({
  line: oneOrMany(businessLine),
  status: oneOrMany(businessStatus),
  risk: oneOrMany(businessRiskLevel),
  unitId: z.uuid().optional(),
  /** `due`: a follow-up date on or before `followUpBy` (default today); `scheduled`: any pending follow-up. */
  followUp: z.enum(['due', 'scheduled']).optional(),
  followUpBy: isoDate.optional(),
});
export type BusinessListQuery = z.infer<typeof businessListQuery>;

/** One checklist item as the web shows it (the domain's data with its source and confidence). */
export const checklistItemInfo = z.object({
  id: z.string(),
  lines: z.array(businessLine),
  label: z.object({ vi: z.string(), en: z.string() }),
  drugs: z.boolean(),
  source: z.string(),
  confidence: z.enum(['confirmed', 'likely', 'unconfirmed']),
});
export const businessChecklists = z.object({ data: z.array(checklistItemInfo) });

/** Counts for a report indicator: inspections of a period by line and commune (no names). */
export const businessStatisticsQuery = z.strictObject({
  /** Default: 1 January of `to`'s year. */
  from: isoDate.optional(),
  /** Default: today. */
  to: isoDate.optional(),
  unitId: z.uuid().optional(),
  line: businessLine.optional(),
});
export type BusinessStatisticsQuery = z.infer<typeof businessStatisticsQuery>;

const figures = {
  businessesInspected: z.number().int(),
  inspections: z.number().int(),
  withViolations: z.number().int(),
  withDrugs: z.number().int(),
  customersTested: z.number().int(),
  customersPositive: z.number().int(),
  fines: z.number().int(),
  fineTotalVnd: z.number().int(),
  suspensions: z.number().int(),
  revocations: z.number().int(),
};
export const businessStatistics = z.object({
  from: z.string(),
  to: z.string(),
  totals: z.object(figures),
  rows: z.array(
    z.object({
      line: businessLine,
      unit: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
      ...figures,
    }),
  ),
  /** Registered businesses now, by risk level (operating or suspended ones). */
  byRisk: z.record(businessRiskLevel, z.number().int()),
});
export type BusinessStatistics = z.infer<typeof businessStatistics>;

export const businessInspections = z.object({ data: z.array(inspection) });
