import { z } from 'zod';
import { pagedQuery } from '../list.ts';
import { isoDate, vnText } from '../text.ts';
import {
  ageBand,
  drugStatus,
  educationLevel,
  measureType,
  mobility,
  occupation,
  personStatus,
  sex,
  substance,
} from './person-enums.ts';
import { personHotspotLink, personRingLink, personTransfer } from './person-link-schemas.ts';

// Beside this file: the register declarations (`person-contract.ts`), the ethnic groups' reference list for
// forms (a tested copy of the domain's table) and the person's history (tests, determinations, measures).
export * from './person-contract.ts';
export * from './person-ethnic-groups.ts';
export * from './person-history.ts';

const birthYear = z.number().int().min(1900).max(2100);
const cccd = z.string().regex(/^\d{12}$/, 'Số CCCD gồm 12 chữ số');
const ethnicityCode = z.string().regex(/^\d{2}$/, 'Dân tộc phải là mã trong danh mục 54 dân tộc (01–54)');

const personFields = {
  fullName: vnText({ max: 150 }),
  aliases: z
    .array(vnText({ max: 150 }))
    .max(10)
    .optional(),
  /** A full date of birth; when only the year is known, `birthYear` instead. */
  birthDate: isoDate.nullable().optional(),
  birthYear: birthYear.nullable().optional(),
  sex,
  ethnicity: ethnicityCode.nullable().optional(),
  /** The commune of residence (valid on `residenceSince`, default today) and the address. */
  unitId: z.uuid(),
  residenceAddress: vnText({ max: 300 }).nullable().optional(),
  residenceSince: isoDate.optional(),
  education: educationLevel.nullable().optional(),
  occupation: occupation.nullable().optional(),
  substances: z.array(substance).max(10).optional(),
  firstUseYear: birthYear.nullable().optional(),
  firstSubstance: substance.nullable().optional(),
  managementFile: z.boolean().optional(),
  criminalRecord: z.boolean().optional(),
  administrativeRecord: z.boolean().optional(),
  mobility: mobility.nullable().optional(),
  notes: vnText({ max: 4000 }).nullable().optional(),
  /**
   * Sealed fields: a value replaces, `null` clears, absent keeps (an edit form never sees them in clear).
   * The CCCD (12 digits, validated against the birth year and sex) and the health and rehab details.
   */
  cccd: cccd.nullable().optional(),
  health: vnText({ max: 4000 }).nullable().optional(),
};

export const personCreate = z.strictObject({
  ...personFields,
  /** Save even though possible duplicates were found (the officer checked them). Never past the same CCCD. */
  confirmDuplicates: z.boolean().optional(),
});
export type PersonCreate = z.infer<typeof personCreate>;
export const personUpdate = z.strictObject({
  ...personFields,
  /** An image attached to this record (`POST /attachments?recordType=person`). */
  photoAttachmentId: z.uuid().nullable().optional(),
  /** A move to a commune of another agency hands the record over with a notice: what to tell the receiver. */
  transferNote: vnText({ max: 1000 }).nullable().optional(),
  version: z.number().int(),
});
export type PersonUpdate = z.infer<typeof personUpdate>;

const named = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

export const personStatusEntry = z.object({
  id: z.uuid(),
  status: personStatus,
  fromOn: z.string(),
  toOn: z.string().nullable(),
  basis: z.string(),
  sourceKind: z.string().nullable(),
});
export type PersonStatusEntry = z.infer<typeof personStatusEntry>;

/** What lists, search results and duplicate candidates show: no sealed value, the CCCD masked. */
export const personSummary = z.object({
  id: z.uuid(),
  fullName: z.string(),
  aliases: z.array(z.string()),
  birthDate: z.string().nullable(),
  birthPrecision: z.enum(['day', 'year']).nullable(),
  sex,
  ageBand,
  cccdMasked: z.string().nullable(),
  unit: named,
  agency: named,
  drugStatus,
  drugStatusSince: z.string().nullable(),
  /** Statuses open now (no end date). */
  openStatuses: z.array(personStatus),
  isDemo: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type PersonSummary = z.infer<typeof personSummary>;

export const person = personSummary.extend({
  ethnicity: z.object({ code: z.string(), name: z.string() }).nullable(),
  hasHealthDetails: z.boolean(),
  residenceAddress: z.string().nullable(),
  residenceSince: z.string().nullable(),
  education: educationLevel.nullable(),
  occupation: occupation.nullable(),
  substances: z.array(substance),
  firstUseYear: z.number().int().nullable(),
  firstSubstance: substance.nullable(),
  photoAttachmentId: z.uuid().nullable(),
  managementFile: z.boolean(),
  criminalRecord: z.boolean(),
  administrativeRecord: z.boolean(),
  mobility: mobility.nullable(),
  notes: z.string().nullable(),
  /** Set when this record was merged into another (still readable, with its own trail). */
  mergedIntoId: z.uuid().nullable(),
  statuses: z.array(personStatusEntry),
  residences: z.array(
    z.object({
      unit: named,
      address: z.string().nullable(),
      fromOn: z.string(),
      toOn: z.string().nullable(),
    }),
  ),
  createdAt: z.string(),
  /** On a read: the rings and hotspots linked to the person (those the reader may see). */
  rings: z.array(personRingLink).optional(),
  hotspots: z.array(personHotspotLink).optional(),
  /** On a read: the hand-over to this commune still awaiting acknowledgement, if any. */
  pendingTransfer: personTransfer.nullable().optional(),
});
export type Person = z.infer<typeof person>;

export const personSortKeys = ['fullName', 'birthDate', 'drugStatus', 'updatedAt'] as const;
const oneOrMany = <T extends z.ZodType>(t: T) =>
  z
    .union([t, z.array(t)])
    .transform((v) => (Array.isArray(v) ? v : [v]) as z.infer<T>[])
    .optional();
export const personListQuery = pagedQuery(personSortKeys).extend({
  /** Exact lookup by CCCD (through the blind index). */
  cccd: cccd.optional(),
  unitId: z.uuid().optional(),
  drugStatus: oneOrMany(drugStatus),
  /** Persons with this status open now. */
  status: personStatus.optional(),
  sex: sex.optional(),
  birthYear: z.coerce.number().int().min(1900).max(2100).optional(),
  /** Persons with a measure of this type in force: decided, in progress or suspended (not proposed, not closed). */
  measureType: oneOrMany(measureType),
  /** Persons with at least one alert on today (the profile's alerts, computed by the domain). */
  alertsDue: z.enum(['true']).optional(),
});
/** `alertsDue` reads the whole jurisdiction's histories: beyond this many candidates, narrow the list first. */
export const PERSON_ALERT_SCAN_MAX = 20_000;
export type PersonListQuery = z.infer<typeof personListQuery>;

export const sealedRevealRequest = z.strictObject({
  reason: vnText({ max: 500 }).pipe(
    z.string().min(10, 'Nêu lý do xem thông tin được bảo vệ (ít nhất 10 ký tự)'),
  ),
});
export const sealedDetails = z.object({ cccd: z.string().nullable(), health: z.string().nullable() });
export type SealedDetails = z.infer<typeof sealedDetails>;

export const duplicatePair = z.object({
  a: personSummary,
  b: personSummary,
  reason: z.enum(['same_cccd', 'similar_name_same_birth']),
  similarity: z.number(),
});
export type DuplicatePair = z.infer<typeof duplicatePair>;

export const personAggregatesQuery = z.strictObject({
  /** Ages are counted on this date (default today). */
  on: isoDate.optional(),
  unitId: z.uuid().optional(),
});
const countRow = z.object({ key: z.string(), label: z.string(), count: z.number().int() });
/** Counts only, no names (what leadership and departments see). */
export const personAggregates = z.object({
  on: z.string(),
  total: z.number().int(),
  byUnit: z.array(
    z.object({ unitId: z.uuid(), code: z.string(), name: z.string(), count: z.number().int() }),
  ),
  byDrugStatus: z.array(countRow),
  byStatus: z.array(countRow),
  byAgeBand: z.array(countRow),
  bySex: z.array(countRow),
  byEthnicity: z.array(countRow),
});
export type PersonAggregates = z.infer<typeof personAggregates>;

/**
 * Reconciliation with the police's register in the national population database, which PCMT cannot write to:
 * the officer pastes or uploads that side's CCCD numbers; the answer says who is on one side and not the other,
 * inside the actor's jurisdiction. Compared through the blind index (nothing is decrypted); audited with the reason,
 * never the numbers.
 */
export const personReconciliationRequest = z.strictObject({
  reason: vnText({ max: 500 }).pipe(
    z.string().min(10, 'Nêu lý do xem thông tin được bảo vệ (ít nhất 10 ký tự)'),
  ),
  cccds: z.array(cccd).max(20_000),
  /** Only this commune (of the actor's jurisdiction). */
  unitId: z.uuid().optional(),
});
export type PersonReconciliationRequest = z.infer<typeof personReconciliationRequest>;
export const personReconciliation = z.object({
  /** Numbers on both sides. */
  inBoth: z.number().int(),
  /** Numbers of the national list with no live record in the actor's jurisdiction (as given). */
  onlyInNational: z.array(z.string()),
  /** Records in the jurisdiction whose CCCD is not in the national list (masked). */
  onlyInPcmt: z.array(personSummary),
  /** Records in the jurisdiction without a CCCD (cannot be matched). */
  withoutCccd: z.number().int(),
});
export type PersonReconciliation = z.infer<typeof personReconciliation>;

/** Merging a duplicate (`:id`) into the record kept (`intoId`): both histories and trails are kept. */
export const personMerge = z.strictObject({
  intoId: z.uuid(),
  reason: vnText({ max: 2000 }),
  version: z.number().int(),
});
export type PersonMerge = z.infer<typeof personMerge>;
