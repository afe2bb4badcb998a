import type { IsoDate } from '../calendar/dates.ts';
import type { BilingualText, Confidence } from '../classification/types.ts';

/**
 * Measures on persons (DOMAIN.md b2): the types, the two law regimes chosen by the decision date, and the rule
 * values with their legal source and confidence. Unconfirmed values are configuration (overrideMeasureRuleSet).
 */

export const measureTypes = [
  'user_management',
  'voluntary_rehab_community',
  'voluntary_rehab_facility',
  'compulsory_rehab',
  'post_rehab_management',
  'substitution_treatment',
  'commune_education',
  'electronic_monitoring',
  'awaiting_compulsory_placement',
] as const;
export type MeasureType = (typeof measureTypes)[number];

/** Rehab measures: during them a use is BLHS Điều 256a a), and the person's status is in_rehab. */
export const rehabMeasureTypes: readonly MeasureType[] = [
  'voluntary_rehab_community',
  'voluntary_rehab_facility',
  'compulsory_rehab',
];

/** Measure lifecycle statuses (transition table in lifecycle.ts). */
export const measureStatuses = [
  'proposed',
  'decided',
  'in_progress',
  'suspended',
  'completed',
  'ended_early',
  'cancelled',
] as const;
export type MeasureStatus = (typeof measureStatuses)[number];

/**
 * Why a measure ended before its term. `quit`: the person stopped on their own (tự ý chấm dứt — for voluntary
 * rehab and substitution treatment it opens the 2-year BLHS Điều 256a d) window); `replaced`: another measure
 * took over (e.g. compulsory rehab after a breach); `exempted`: remaining term exempted (Luật 73/2021 Điều 39);
 * `prosecuted`: criminal proceedings; `moved`, `died`, `other`.
 */
export const measureEndReasons = [
  'quit',
  'replaced',
  'exempted',
  'prosecuted',
  'moved',
  'died',
  'other',
] as const;
export type MeasureEndReason = (typeof measureEndReasons)[number];

/** The law regimes (stored on each measure; never recomputed). */
export const measureRegimes = ['luat_73_2021', 'luat_120_2025'] as const;
export type MeasureRegime = (typeof measureRegimes)[number];

/** A rule value with where it comes from. `configured`: set by configuration, not by the built-in set. */
export type RuleValue<T> = {
  value: T;
  source: string;
  confidence: Confidence;
  configured?: boolean;
  note?: BilingualText;
};

/** A term in months: fixed when min = max. null duration = no fixed term (methadone, awaiting placement…). */
export type MonthRange = { minMonths: number; maxMonths: number };

/**
 * One duration row: applies to persons aged [ageFrom, ageBelow) on the decision date (null = no bound), for the
 * `occurrence`-th time or later (1 = always; 2 = second time or more).
 */
export type DurationRule = RuleValue<MonthRange> & {
  ageFrom: number | null;
  ageBelow: number | null;
  occurrenceFrom: number;
};

/** Who acts on a measure. */
export const authorityRoles = [
  'commune_chairman',
  'commune_police_chief',
  'district_chairman',
  'district_labour_office',
  'district_court',
  'regional_court',
  'provincial_chairman',
  'provincial_police_director',
  'facility_head',
  'treatment_facility',
] as const;
export type AuthorityRole = (typeof authorityRoles)[number];

/** What the authority does: decides the measure, prepares/reviews its dossier, designates providers, certifies. */
export type AuthorityAct =
  | 'decide'
  | 'prepare_dossier'
  | 'designate_provider'
  | 'certify_completion'
  | 'order';

/** An authority in force from `from` to `to` (inclusive ISO dates; null = open). Age bounds as DurationRule. */
export type AuthorityRule = RuleValue<AuthorityRole> & {
  act: AuthorityAct;
  from: IsoDate | null;
  to: IsoDate | null;
  ageFrom?: number | null;
  ageBelow?: number | null;
};

export type MeasureTypeRules = {
  type: MeasureType;
  label: BilingualText;
  /** The measure exists in this regime (electronic monitoring only under Luật 120/2025). */
  available: RuleValue<boolean>;
  /** Youngest age on the decision date the measure may apply to (null = no bound). */
  minAge: RuleValue<number | null>;
  /** Term rows; empty = no fixed term. The first row matching age and occurrence applies. */
  durations: readonly DurationRule[];
  /** Interval between periodic reviews (null = none required), counted from the start by month arithmetic. */
  reviewIntervalMonths: RuleValue<number | null>;
  /** BLDS Điều 148 k5: an end on a day off moves to the next working day. */
  dayOffRule: RuleValue<boolean>;
  authorities: readonly AuthorityRule[];
};

export type MeasureRuleSet = {
  id: string;
  /** '1' for the built-in sets; a configuration override appends a tag ('1+cau-hinh'). */
  version: string;
  regime: MeasureRegime;
  title: BilingualText;
  /** Decision dates the set applies to (inclusive; null = open). */
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  /** How periods are counted (BLDS 2015 Điều 147–148). */
  periodRule: string;
  measures: Readonly<Record<MeasureType, MeasureTypeRules>>;
  configured: boolean;
};

/** Alert settings (configuration, not law). */
export type AlertSettings = {
  /** Warn when a measure ends within this many days (default 30). */
  endingWithinDays: number;
  /** A review is overdue this many days after its due date (default 0). */
  reviewGraceDays: number;
  /** BLHS Điều 256a windows: years after post-rehab end / after quitting (Luật 86/2025: 2). */
  art256aYears: number;
  /** The day BLHS Điều 256a took effect (Luật 86/2025/QH15: 01/7/2025); no window before it. */
  art256aFrom: IsoDate;
  /** Điều 256a c): the window after post-rehab also requires being under user management (text read: yes). */
  art256aAfterPostRehabNeedsUserManagement: boolean;
};
