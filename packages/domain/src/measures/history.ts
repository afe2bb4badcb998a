import type { IsoDate } from '../calendar/dates.ts';
import type { BirthDate } from '../persons/birth-date.ts';
import type { MeasureEndReason, MeasureRegime, MeasureStatus, MeasureType } from './types.ts';

/**
 * A person's history as the domain reads it: tests, determinations and measures with their dates. Field names
 * follow the server's tables (drug_test, addiction_determination, measure, measure_review). Every computation
 * here is a pure function of this history and `today`.
 */

export type DrugTestFact = { id: string; testedOn: IsoDate; result: 'positive' | 'negative' };

export type DeterminationFact = {
  id: string;
  determinedOn: IsoDate;
  result: 'addicted' | 'not_addicted';
  trigger?: string | null;
};

export type MeasureReviewFact = { reviewedOn: IsoDate };

export type MeasureFact = {
  id: string;
  type: MeasureType;
  status: MeasureStatus;
  /** The regime stored on the measure; when absent it follows from the decision date. */
  regime?: MeasureRegime | null;
  decisionDate?: IsoDate | null;
  startOn?: IsoDate | null;
  durationMonths?: number | null;
  /** Months taken off the term (NĐ 116/2021 reduction), if any. */
  reductionMonths?: number | null;
  /** Days not counted (suspended: absconding, custody), added to the end. */
  suspendedDays?: number | null;
  /** The stored computed end; measureEnd recomputes it from the facts. */
  endOn?: IsoDate | null;
  earlyEndOn?: IsoDate | null;
  earlyEndReason?: MeasureEndReason | null;
  completionOn?: IsoDate | null;
  reviews?: readonly MeasureReviewFact[];
};

export type PersonHistory = {
  birthDate?: BirthDate | null;
  tests: readonly DrugTestFact[];
  determinations: readonly DeterminationFact[];
  measures: readonly MeasureFact[];
};
