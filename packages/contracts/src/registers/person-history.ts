import { z } from 'zod';
import { isoDate, vnText } from '../text.ts';
import {
  determinationResult,
  determinationTrigger,
  lawRegime,
  manualPersonStatus,
  measureEndReason,
  measureStatus,
  measureType,
  personAlertKind,
  substance,
  testMethod,
  testResult,
} from './person-enums.ts';

// A person's history: recorded statuses, drug tests, addiction determinations, measures and their reviews,
// the alerts computed from them. Re-exported by `persons.ts`.

/** A status recorded by an officer (the drug and rehab statuses follow tests, determinations and measures). */
export const personStatusCreate = z.strictObject({
  status: manualPersonStatus,
  fromOn: isoDate,
  toOn: isoDate.nullable().optional(),
  basis: vnText({ max: 500 }),
});
export type PersonStatusCreate = z.infer<typeof personStatusCreate>;

export const drugTestCreate = z.strictObject({
  testedOn: isoDate,
  method: testMethod,
  substances: z.array(substance).max(10).optional(),
  result: testResult,
  performedBy: vnText({ max: 200 }).nullable().optional(),
  reason: vnText({ max: 1000 }).nullable().optional(),
});
export type DrugTestCreate = z.infer<typeof drugTestCreate>;
export const drugTest = z.object({
  id: z.uuid(),
  testedOn: z.string(),
  method: testMethod,
  substances: z.array(substance),
  result: testResult,
  performedBy: z.string().nullable(),
  reason: z.string().nullable(),
  /** The measure in force on the test date (a positive test then makes a determination due). */
  duringMeasureId: z.uuid().nullable(),
  isDemo: z.boolean(),
  createdAt: z.string(),
});
export type DrugTest = z.infer<typeof drugTest>;

export const determinationCreate = z.strictObject({
  determinedOn: isoDate,
  trigger: determinationTrigger,
  performedBy: vnText({ max: 200 }),
  result: determinationResult,
});
export type DeterminationCreate = z.infer<typeof determinationCreate>;
export const determination = z.object({
  id: z.uuid(),
  determinedOn: z.string(),
  trigger: determinationTrigger,
  performedBy: z.string(),
  result: determinationResult,
  isDemo: z.boolean(),
  createdAt: z.string(),
});
export type Determination = z.infer<typeof determination>;

const decisionFields = {
  decisionNumber: vnText({ max: 100 }).nullable().optional(),
  decisionDate: isoDate.nullable().optional(),
  decider: vnText({ max: 200 }).nullable().optional(),
  facility: vnText({ max: 200 }).nullable().optional(),
  startOn: isoDate.nullable().optional(),
  /** Default: the rule set's term for the measure (for its minimum when the law gives a range). */
  durationMonths: z.number().int().min(1).max(60).nullable().optional(),
  /** An end date stated by the decision, for measures without a legal term (methadone, monitoring). */
  endOn: isoDate.nullable().optional(),
};

export const measureCreate = z.strictObject({
  type: measureType,
  /** `proposed` (default), or a measure already decided or running when it is entered afterwards. */
  status: z.enum(['proposed', 'decided', 'in_progress']).optional(),
  ...decisionFields,
  nextReviewOn: isoDate.nullable().optional(),
  notes: vnText({ max: 4000 }).nullable().optional(),
});
export type MeasureCreate = z.infer<typeof measureCreate>;

export const measureTransition = z.strictObject({
  to: measureStatus,
  on: isoDate,
  reason: vnText({ max: 2000 }),
  ...decisionFields,
  completionCertificate: vnText({ max: 100 }).nullable().optional(),
  /** Why, when moving to `ended_early` (also `POST /measures/:id/early-end`). */
  endReason: measureEndReason.optional(),
  version: z.number().int(),
});
export type MeasureTransition = z.infer<typeof measureTransition>;

export const measureReviewCreate = z.strictObject({
  reviewedOn: isoDate,
  outcome: vnText({ max: 2000 }),
  nextReviewOn: isoDate.nullable().optional(),
  version: z.number().int(),
});
export type MeasureReviewCreate = z.infer<typeof measureReviewCreate>;

/** Ending a running measure before its term, with why (`quit`: tự ý chấm dứt; `exempted`, `replaced`…). */
export const measureEarlyEnd = z.strictObject({
  endReason: measureEndReason,
  on: isoDate,
  reason: vnText({ max: 2000 }),
  version: z.number().int(),
});
export type MeasureEarlyEnd = z.infer<typeof measureEarlyEnd>;

export const measure = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  type: measureType,
  status: measureStatus,
  statusSince: z.string(),
  regime: lawRegime,
  ruleSetId: z.string(),
  /** Who decides such a measure on its decision date, by the rule set (e.g. the commune chairman). */
  deciderLevel: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  decider: z.string().nullable(),
  facility: z.string().nullable(),
  startOn: z.string().nullable(),
  durationMonths: z.number().int().nullable(),
  endOn: z.string().nullable(),
  nextReviewOn: z.string().nullable(),
  /** Days not counted while suspended (added to the end), months taken off by a reduction. */
  suspendedDays: z.number().int(),
  reductionMonths: z.number().int().nullable(),
  earlyEndOn: z.string().nullable(),
  endReason: measureEndReason.nullable(),
  earlyEndReason: z.string().nullable(),
  /** Which time this type of measure applies to the person (the 2025 law's term differs from the second time). */
  occurrence: z.number().int(),
  completionCertificate: z.string().nullable(),
  completionOn: z.string().nullable(),
  notes: z.string().nullable(),
  reviews: z.array(
    z.object({ id: z.uuid(), reviewedOn: z.string(), outcome: z.string(), createdAt: z.string() }),
  ),
  allowedTransitions: z.array(measureStatus),
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Measure = z.infer<typeof measure>;

/** `on`: the day the alerts are computed for (default today; a later day shows what will be due). */
export const personAlertsQuery = z.strictObject({ on: isoDate.optional() });
export const personAlert = z.object({
  kind: personAlertKind,
  /** The day the alert is about (end date, due date, test date, window start). */
  on: z.string(),
  measureId: z.uuid().nullable(),
  testId: z.uuid().nullable(),
  /** Days left before an end, or days late for a review. */
  days: z.number().int().nullable(),
  /** BLHS Điều 256a windows concerned (from, to inclusive; to null while the measure runs). */
  windows: z.array(z.object({ clause: z.string(), from: z.string(), to: z.string().nullable() })),
  message: z.object({ vi: z.string(), en: z.string() }),
});
export type PersonAlert = z.infer<typeof personAlert>;
