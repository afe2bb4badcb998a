import { z } from 'zod';
import { pagedQuery } from '../list.ts';
import { isoDate, vnText } from '../text.ts';
import {
  borderCountry,
  borderGateKind,
  borderPartner,
  borderPatrolKind,
  borderPatrolStatus,
} from './border-enums.ts';
import { borderPatrolMessages as m } from './border-messages.ts';
import { drugType, measureUnit, unitFamily } from './case-enums.ts';
import { seizureInput, seizureTotal } from './cases.ts';
import { defineRegisterContract } from './register-contract.ts';

const borderPatrolPermissions = [
  'border_patrol.read',
  'border_patrol.write',
  'border_patrol.transition',
  'border_patrol.statistics',
] as const;

/**
 * Border patrols and controls of the Bộ đội Biên phòng with their results (issue 11 item 5, PRODUCT.md §7):
 * seizures (the case register's drug types and units), arrests and tips passed on. Arrested persons may be
 * linked: every read is audited, as in the hotspot register.
 */
export const borderPatrolContract = defineRegisterContract({
  recordType: 'border_patrol',
  label: { vi: 'Tuần tra, kiểm soát biên giới', en: 'Border patrol' },
  permissions: borderPatrolPermissions,
  // Border guard stations plan, run and report their patrols in their border communes; PC04 records the joint
  // patrols it leads and reads the province's; commune police read those in their commune (joint work).
  // Leadership counts province-wide.
  grants: {
    border_guard: [...borderPatrolPermissions],
    drug_police: [...borderPatrolPermissions],
    commune_police_chief: ['border_patrol.read', 'border_patrol.statistics'],
    commune_police: ['border_patrol.read'],
    leadership: ['border_patrol.statistics'],
  },
  unscoped: { leadership: ['border_patrol.statistics'] },
  auditActions: {
    'border_patrol.create': { vi: 'Ghi nhận chuyến tuần tra, kiểm soát', en: 'Record a patrol' },
    'border_patrol.update': { vi: 'Sửa chuyến tuần tra, kiểm soát', en: 'Edit a patrol' },
    'border_patrol.transition': {
      vi: 'Chuyển trạng thái chuyến tuần tra, kiểm soát',
      en: 'Change a patrol’s status',
    },
    'border_patrol.result': { vi: 'Ghi nhận kết quả tuần tra, kiểm soát', en: 'Record a patrol result' },
    'border_patrol.read': { vi: 'Xem chuyến tuần tra, kiểm soát', en: 'View a patrol' },
    'border_patrol.list': { vi: 'Xem danh sách tuần tra, kiểm soát', en: 'List patrols' },
    'border_patrol.statistics': { vi: 'Xem số liệu tuần tra, kiểm soát', en: 'View patrol figures' },
  },
  fieldLabels: {
    kind: { vi: 'Hình thức', en: 'Kind' },
    station: { vi: 'Đồn biên phòng', en: 'Border station' },
    route: { vi: 'Tuyến, địa bàn', en: 'Route or sector' },
    gateCode: { vi: 'Cửa khẩu', en: 'Border gate' },
    unitId: { vi: 'Xã biên giới', en: 'Border commune' },
    startOn: { vi: 'Ngày bắt đầu', en: 'Start date' },
    endOn: { vi: 'Ngày kết thúc', en: 'End date' },
    officers: { vi: 'Số cán bộ, chiến sĩ', en: 'Officers' },
    forces: { vi: 'Lực lượng tham gia', en: 'Units taking part' },
    jointWith: { vi: 'Phối hợp với', en: 'Joint with' },
    counterpart: { vi: 'Lực lượng nước bạn', en: 'Foreign counterpart' },
    plan: { vi: 'Nội dung, nhiệm vụ', en: 'Task' },
    status: { vi: 'Trạng thái', en: 'Status' },
    statusSince: { vi: 'Từ ngày', en: 'Since' },
    on: { vi: 'Ngày', en: 'Date' },
    arrests: { vi: 'Số đối tượng bắt giữ', en: 'Persons arrested' },
    personIds: { vi: 'Đối tượng bắt giữ (hồ sơ)', en: 'Arrested persons (profiles)' },
    tipsPassed: { vi: 'Số tin báo chuyển giao', en: 'Tips passed on' },
    tipIds: { vi: 'Tin báo đã chuyển (hồ sơ)', en: 'Tips passed on (records)' },
    seizures: { vi: 'Tang vật thu giữ', en: 'Seizures' },
    drugType: { vi: 'Loại ma túy', en: 'Drug type' },
    measure: { vi: 'Đơn vị tính', en: 'Unit of measure' },
    quantity: { vi: 'Số lượng', en: 'Quantity' },
    note: { vi: 'Ghi chú', en: 'Note' },
    reason: { vi: 'Lý do', en: 'Reason' },
  },
  messages: m,
});

const count = z
  .number(m['border_patrol.countNotNegative'].vi)
  .int(m['border_patrol.countNotNegative'].vi)
  .min(0, m['border_patrol.countNotNegative'].vi)
  .max(10_000, m['border_patrol.countNotNegative'].vi);

const patrolFields = {
  kind: borderPatrolKind,
  /** The border station (đồn biên phòng) that runs it; default the recording agency's name. */
  station: vnText({ max: 200 }).nullable().optional(),
  route: vnText({ max: 300 }),
  /** A gate of the reference list (`GET /border-patrols/reference`), for controls at a gate. */
  gateCode: z.string().trim().min(1).max(40).nullable().optional(),
  /** The border commune as of `startOn`. */
  unitId: z.uuid(),
  startOn: isoDate,
  endOn: isoDate.nullable().optional(),
  officers: z
    .number(m['border_patrol.officersPositive'].vi)
    .int(m['border_patrol.officersPositive'].vi)
    .min(1, m['border_patrol.officersPositive'].vi)
    .max(10_000, m['border_patrol.officersPositive'].vi),
  /** The units taking part (tổ công tác, đồn, đội…). */
  forces: z
    .array(vnText({ max: 200 }))
    .max(20)
    .optional(),
  jointWith: z.array(borderPartner).max(borderPartner.options.length).optional(),
  /** The foreign unit of a bilateral patrol (e.g. a Lao border company). */
  counterpart: vnText({ max: 200 }).nullable().optional(),
  plan: vnText({ max: 4000 }).nullable().optional(),
};
export const borderPatrolCreate = z.strictObject({
  ...patrolFields,
  /** A patrol recorded in the field is often already under way. */
  status: z.enum(['planned', 'in_progress']).optional(),
});
export type BorderPatrolCreate = z.infer<typeof borderPatrolCreate>;
export const borderPatrolUpdate = z.strictObject({ ...patrolFields, version: z.number().int() });
export type BorderPatrolUpdate = z.infer<typeof borderPatrolUpdate>;

export const borderPatrolTransition = z.strictObject({
  to: borderPatrolStatus,
  on: isoDate,
  /** Required to cancel. */
  reason: vnText({ max: 2000 }).nullable().optional(),
  version: z.number().int(),
});
export type BorderPatrolTransition = z.infer<typeof borderPatrolTransition>;

/** A seizure of a result: the case register's shape (drug type, unit checked against the catalogue). */
export const borderSeizureInput = seizureInput.omit({ on: true });
export type BorderSeizureInput = z.infer<typeof borderSeizureInput>;

/** What a patrol found, as reported (several reports per patrol: the field team reports as it goes). */
export const borderPatrolResultCreate = z.strictObject({
  on: isoDate,
  arrests: count.optional(),
  personIds: z.array(z.uuid()).max(100).optional(),
  tipsPassed: count.optional(),
  tipIds: z.array(z.uuid()).max(100).optional(),
  seizures: z.array(borderSeizureInput).max(50).optional(),
  note: vnText({ max: 2000 }).nullable().optional(),
  /** Completes the patrol on `on` in the same write (the quick entry's "kết thúc chuyến"). */
  complete: z.boolean().optional(),
  version: z.number().int(),
});
export type BorderPatrolResultCreate = z.infer<typeof borderPatrolResultCreate>;

const ref = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

export const borderSeizureRecord = z.object({
  id: z.uuid(),
  on: z.string(),
  drugType,
  measure: measureUnit,
  quantity: z.number(),
  family: unitFamily,
  baseQuantity: z.number(),
  note: z.string().nullable(),
});
export type BorderSeizureRecord = z.infer<typeof borderSeizureRecord>;

export const borderPatrolResult = z.object({
  id: z.uuid(),
  on: z.string(),
  arrests: z.number().int(),
  personIds: z.array(z.uuid()),
  tipsPassed: z.number().int(),
  tipIds: z.array(z.uuid()),
  seizures: z.array(borderSeizureRecord),
  note: z.string().nullable(),
  agency: ref,
  createdAt: z.string(),
});
export type BorderPatrolResult = z.infer<typeof borderPatrolResult>;

export const borderGate = z.object({
  code: z.string(),
  name: z.string(),
  kind: borderGateKind,
  country: borderCountry,
  counterpartGate: z.string(),
  /** Today's commune (GSO code) when the source says where the gate lies; else unconfirmed. */
  unitCode: z.string().nullable(),
  confidence: z.enum(['confirmed', 'likely', 'unconfirmed']),
  source: z.string(),
});
export type BorderGate = z.infer<typeof borderGate>;

export const borderPatrol = z.object({
  id: z.uuid(),
  kind: borderPatrolKind,
  station: z.string(),
  route: z.string(),
  gate: borderGate.pick({ code: true, name: true, kind: true, country: true }).nullable(),
  unit: ref,
  startOn: z.string(),
  endOn: z.string().nullable(),
  officers: z.number().int(),
  forces: z.array(z.string()),
  jointWith: z.array(borderPartner),
  joint: z.boolean(),
  counterpart: z.string().nullable(),
  plan: z.string().nullable(),
  status: borderPatrolStatus,
  statusSince: z.string(),
  allowedTransitions: z.array(borderPatrolStatus),
  results: z.array(borderPatrolResult),
  arrests: z.number().int(),
  tipsPassed: z.number().int(),
  /** Per drug type and unit family, in the family's base unit (kg counted as g): never mixed. */
  seizureTotals: z.array(seizureTotal),
  agency: ref,
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type BorderPatrol = z.infer<typeof borderPatrol>;

const oneOrMany = <T extends z.ZodType>(t: T) =>
  z
    .union([t, z.array(t)])
    .transform((v) => (Array.isArray(v) ? v : [v]) as z.infer<T>[])
    .optional();

export const borderPatrolSortKeys = ['startOn', 'status', 'route', 'updatedAt'] as const;
export const borderPatrolListQuery = pagedQuery(borderPatrolSortKeys).extend({
  /** Started on or after / on or before. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  unitId: z.uuid().optional(),
  /** The recording station (agency). */
  agencyId: z.uuid().optional(),
  kind: oneOrMany(borderPatrolKind),
  status: oneOrMany(borderPatrolStatus),
  gateCode: z.string().trim().min(1).max(40).optional(),
  /** `joint`: with any partner; `foreign`: with Laos or Cambodia; or one partner. */
  joint: z.union([z.enum(['joint', 'foreign']), borderPartner]).optional(),
  /** Patrols with a seizure of one of these types. */
  drugType: oneOrMany(drugType),
});
export type BorderPatrolListQuery = z.infer<typeof borderPatrolListQuery>;

export const borderCommune = z.object({
  code: z.string(),
  name: z.string(),
  formerCodes: z.array(z.string()),
  countries: z.array(borderCountry),
  confidence: z.enum(['confirmed', 'likely', 'unconfirmed']),
  /** The unit valid today, when the unit data has it. */
  unitId: z.uuid().nullable(),
});
export const borderReference = z.object({
  gates: z.array(borderGate),
  communes: z.array(borderCommune),
  source: z.string(),
});
export type BorderReference = z.infer<typeof borderReference>;

/** Counts for a report indicator: patrols started in the period and results dated in it (no names). */
export const borderStatisticsQuery = z.strictObject({
  /** Default: 1 January of `to`'s year. */
  from: isoDate.optional(),
  /** Default: today. */
  to: isoDate.optional(),
  unitId: z.uuid().optional(),
  agencyId: z.uuid().optional(),
});
export type BorderStatisticsQuery = z.infer<typeof borderStatisticsQuery>;

const figures = {
  patrols: z.number().int(),
  jointPatrols: z.number().int(),
  foreignJointPatrols: z.number().int(),
  officerTurns: z.number().int(),
  arrests: z.number().int(),
  tipsPassed: z.number().int(),
  seizures: z.array(seizureTotal),
};
export const borderStatistics = z.object({
  from: z.string(),
  to: z.string(),
  totals: z.object(figures),
  /** By the patrol's commune and the recording station. */
  rows: z.array(z.object({ unit: ref, station: ref, ...figures })),
});
export type BorderStatistics = z.infer<typeof borderStatistics>;

export const borderPatrolResultResponse = z.object({ result: borderPatrolResult, patrol: borderPatrol });
