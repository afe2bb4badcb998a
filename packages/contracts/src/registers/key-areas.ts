import { z } from 'zod';
import { pagedQuery } from '../list.ts';
import { isoDate, vnText } from '../text.ts';
import { citation } from './hotspots.ts';
import { communeClass, keyAreaStatus } from './key-area-enums.ts';

// Beside this file: the register declarations (`key-area-contracts.ts`).
export * from './key-area-contracts.ts';

const unitRef = z.object({ id: z.uuid(), code: z.string(), name: z.string() });
const agencyRef = z.object({ id: z.uuid(), code: z.string(), name: z.string() });
const bilingual = z.object({ vi: z.string(), en: z.string() });
const count = z.number().int().min(0).max(10_000_000);

// ---- Recorded figures ----------------------------------------------------------------------------------------

const indicatorFields = {
  /** The commune as of the period (before 01/7/2025: the old commune). */
  unitId: z.uuid(),
  periodFrom: isoDate,
  periodTo: isoDate,
  population: count.nullable().optional(),
  personsWithRecords: count.nullable().optional(),
  addicts: count.nullable().optional(),
  drugUseVenueCount: count.nullable().optional(),
  arrestedOffenders: count.nullable().optional(),
  plantCount: count.nullable().optional(),
  plantAreaM2: z.number().min(0).max(100_000_000).nullable().optional(),
  onKeyRoute: z.boolean().nullable().optional(),
  sourceNote: vnText({ max: 1000 }).nullable().optional(),
};
export const communeIndicatorCreate = z.strictObject(indicatorFields);
export type CommuneIndicatorCreate = z.infer<typeof communeIndicatorCreate>;
export const communeIndicatorUpdate = z.strictObject({ ...indicatorFields, version: z.number().int() });
export type CommuneIndicatorUpdate = z.infer<typeof communeIndicatorUpdate>;

export const communeIndicator = z.object({
  id: z.uuid(),
  unit: unitRef,
  periodFrom: z.string(),
  periodTo: z.string(),
  population: z.number().nullable(),
  personsWithRecords: z.number().nullable(),
  addicts: z.number().nullable(),
  drugUseVenueCount: z.number().nullable(),
  arrestedOffenders: z.number().nullable(),
  plantCount: z.number().nullable(),
  plantAreaM2: z.number().nullable(),
  onKeyRoute: z.boolean().nullable(),
  sourceNote: z.string().nullable(),
  agency: agencyRef,
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CommuneIndicator = z.infer<typeof communeIndicator>;

export const communeIndicatorSortKeys = ['periodFrom', 'updatedAt'] as const;
export const communeIndicatorListQuery = pagedQuery(communeIndicatorSortKeys).extend({
  unitId: z.uuid().optional(),
  /** Only periods that contain this date. */
  on: isoDate.optional(),
});
export type CommuneIndicatorListQuery = z.infer<typeof communeIndicatorListQuery>;

// ---- Classification ------------------------------------------------------------------------------------------

/** Run the classification for a date: one commune, or every commune of the caller's jurisdiction that day. */
export const classificationRun = z.strictObject({
  on: isoDate,
  unitId: z.uuid().optional(),
});
export type ClassificationRun = z.infer<typeof classificationRun>;

/** The figures a classification used: recorded figures merged with the hotspot register's live counts. */
export const classificationInputs = z.object({
  population: z.number().nullable(),
  personsWithRecords: z.number().nullable(),
  addicts: z.number().nullable(),
  drugUseVenueCount: z.number().nullable(),
  activeSpots: z.number().nullable(),
  activeGatherings: z.number().nullable(),
  arrestedOffenders: z.number().nullable(),
  plantCount: z.number().nullable(),
  plantAreaM2: z.number().nullable(),
  onKeyRoute: z.boolean().nullable(),
});
export type ClassificationInputs = z.infer<typeof classificationInputs>;

export const classificationCriterion = z.object({
  id: z.string(),
  criterionId: z.string(),
  level: z.string(),
  label: bilingual,
  confidence: z.string(),
  value: z.union([z.number(), z.boolean()]).nullable(),
  met: z.boolean().nullable(),
  statement: bilingual,
  missing: z.array(z.string()),
});

export const communeClassification = z.object({
  id: z.uuid(),
  unit: unitRef,
  asOf: z.string(),
  communeClass,
  ruleSet: z.object({
    id: z.string(),
    version: z.string(),
    /** Null when the stored version is no longer among the configured rule sets. */
    title: bilingual.nullable(),
    document: z.string().nullable(),
  }),
  /** The recorded figures used (null: none covered the date). */
  indicator: z
    .object({ id: z.uuid(), periodFrom: z.string(), periodTo: z.string(), sourceNote: z.string().nullable() })
    .nullable(),
  inputs: classificationInputs,
  criteria: z.array(classificationCriterion),
  explanation: bilingual,
  agency: agencyRef,
  runBy: z.string().nullable(),
  runAt: z.string(),
  isDemo: z.boolean(),
});
export type CommuneClassification = z.infer<typeof communeClassification>;

export const classificationSortKeys = ['asOf', 'communeClass', 'runAt'] as const;
export const classificationListQuery = pagedQuery(classificationSortKeys).extend({
  unitId: z.uuid().optional(),
  communeClass: z
    .union([communeClass, z.array(communeClass)])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type ClassificationListQuery = z.infer<typeof classificationListQuery>;

// ---- Key areas -----------------------------------------------------------------------------------------------

const designationFields = {
  /** The classification the decision rests on; the commune designated is its commune. */
  basisClassificationId: z.uuid(),
  decisionNumber: vnText({ max: 100 }),
  decisionDate: isoDate,
  decisionIssuer: vnText({ max: 300 }),
  note: vnText({ max: 4000 }).nullable().optional(),
  citations: z.array(citation).max(20).optional(),
};
export const keyAreaCreate = z.strictObject(designationFields);
export type KeyAreaCreate = z.infer<typeof keyAreaCreate>;
export const keyAreaUpdate = z.strictObject({ ...designationFields, version: z.number().int() });
export type KeyAreaUpdate = z.infer<typeof keyAreaUpdate>;

/** Removal from the list of key areas (designated → removed) by a decision. */
export const keyAreaRemoval = z.strictObject({
  decisionNumber: vnText({ max: 100 }),
  on: isoDate,
  reason: vnText({ max: 2000 }),
  version: z.number().int(),
});
export type KeyAreaRemoval = z.infer<typeof keyAreaRemoval>;

export const keyArea = z.object({
  id: z.uuid(),
  unit: unitRef,
  status: keyAreaStatus,
  communeClass,
  basis: z.object({
    id: z.uuid(),
    asOf: z.string(),
    communeClass,
    ruleSetId: z.string(),
    ruleSetVersion: z.string(),
  }),
  decisionNumber: z.string(),
  decisionDate: z.string(),
  decisionIssuer: z.string(),
  note: z.string().nullable(),
  citations: z.array(z.string()),
  removal: z.object({ decisionNumber: z.string(), on: z.string(), reason: z.string() }).nullable(),
  agency: agencyRef,
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type KeyArea = z.infer<typeof keyArea>;

export const keyAreaSortKeys = ['decisionDate', 'communeClass', 'status', 'updatedAt'] as const;
export const keyAreaListQuery = pagedQuery(keyAreaSortKeys).extend({
  status: z
    .union([keyAreaStatus, z.array(keyAreaStatus)])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional(),
  communeClass: z
    .union([communeClass, z.array(communeClass)])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional(),
  unitId: z.uuid().optional(),
  /** Decision dates from / to. */
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type KeyAreaListQuery = z.infer<typeof keyAreaListQuery>;

// ---- Views of a date -----------------------------------------------------------------------------------------

export const onDateQuery = z.strictObject({ on: isoDate.optional() });
export type OnDateQuery = z.infer<typeof onDateQuery>;

/** A designation as it stood on a date (in force then, or removed later). */
const designationOnDate = z.object({
  id: z.uuid(),
  decisionNumber: z.string(),
  decisionDate: z.string(),
  communeClass,
});

/** Every commune of the jurisdiction on `on`, with its latest class as of that date: the choropleth's data. */
export const provinceView = z.object({
  on: z.string(),
  communes: z.array(
    z.object({
      unit: unitRef,
      /** Null: never classified on or before `on`. */
      communeClass: communeClass.nullable(),
      classificationId: z.uuid().nullable(),
      asOf: z.string().nullable(),
      designation: designationOnDate.nullable(),
    }),
  ),
  /** Communes per class; `unclassified`: no classification on or before `on`. */
  counts: z.record(z.string(), z.number().int()),
  designated: z.number().int(),
});
export type ProvinceView = z.infer<typeof provinceView>;

/** One commune on a date: its class and why, its designation, hotspots, and its programme and tasks. */
export const communeOverview = z.object({
  on: z.string(),
  unit: unitRef.extend({ validFrom: z.string(), validTo: z.string().nullable() }),
  classification: communeClassification.nullable(),
  designation: designationOnDate.extend({ status: keyAreaStatus }).nullable(),
  hotspots: z.object({
    /** Hotspots live on `on` (detected, verifying, active, fighting, re-formed), in this commune's area. */
    live: z.number().int(),
    /** Eliminations and re-formations dated from `since` (1 January of the year of `on`) to `on`. */
    eliminated: z.number().int(),
    reformed: z.number().int(),
    since: z.string(),
  }),
  /** The commune's transformation programme in force on `on` (null: none, or programmes not recorded yet). */
  programme: z
    .object({
      id: z.uuid(),
      status: z.string(),
      decisionNumber: z.string().nullable(),
      periodFrom: z.string().nullable(),
      periodTo: z.string().nullable(),
    })
    .nullable(),
  tasks: z.object({ open: z.number().int(), overdue: z.number().int() }).nullable(),
});
export type CommuneOverview = z.infer<typeof communeOverview>;

/** A live figure against a target: exact fraction when it is a share; null value = no data. */
const targetProgress = z.object({
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  met: z.boolean().nullable(),
  status: z.enum(['met', 'not_met', 'no_data']),
  statement: bilingual,
});

/** The domain's target indicators against the live figures of a date, for the province and per commune. */
export const targetsView = z.object({
  on: z.string(),
  targets: z.array(
    z.object({
      id: z.string(),
      scope: z.enum(['national', 'province']),
      title: bilingual,
      measure: bilingual,
      unit: z.enum(['percent', 'count']),
      direction: z.enum(['at_least', 'at_most']),
      strict: z.boolean(),
      target: z.number(),
      byYear: z.number().int().nullable(),
      documents: z.array(z.string()),
      confidence: z.string(),
      /** False: no register holds its figures yet (persons, cases…): always "no data". */
      measured: z.boolean(),
      province: targetProgress,
    }),
  ),
  /** Per commune of the date, the targets measured at commune level (keyed by target id). */
  communes: z.array(
    z.object({
      unit: unitRef,
      communeClass: communeClass.nullable(),
      progress: z.record(z.string(), targetProgress),
    }),
  ),
});
export type TargetsView = z.infer<typeof targetsView>;
