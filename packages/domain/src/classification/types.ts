/**
 * Public types of commune classification (DOMAIN.md b4). Thresholds are data in a versioned rule set, so a
 * classification result can say which rule set and version decided it and be re-run later.
 */

export type BilingualText = { vi: string; en: string };

/** DOMAIN.md's confidence scale: confirmed (retrieved text), likely (consistent secondary sources), unconfirmed. */
export type Confidence = 'confirmed' | 'likely' | 'unconfirmed';

/**
 * The outcome of a classification. `none`: the commune has drug problems but meets no class (complex-free but not
 * drug-free). `not_classified`: a figure the decision needs is missing (see `missing`).
 */
export type CommuneClass = 'class_1' | 'class_2' | 'class_3' | 'drug_free' | 'none' | 'not_classified';

/** The three classes of địa bàn trọng điểm, phức tạp, highest first. */
export type KeyClass = 'class_1' | 'class_2' | 'class_3';
export const keyClasses: readonly KeyClass[] = ['class_1', 'class_2', 'class_3'];

/**
 * Figures of one commune for one period. `null` = not recorded (never read as zero).
 * - population: resident population of the commune for the period
 * - personsWithRecords: addicts + illicit users with a management file (hồ sơ quản lý)
 * - addicts: người nghiện ma túy có hồ sơ quản lý (the QĐ 3122/2010 count)
 * - drugUseVenueCount: địa điểm tổ chức, chứa chấp việc sử dụng trái phép chất ma túy
 * - activeSpots / activeGatherings: live điểm / tụ điểm from the hotspot register
 * - arrestedOffenders: drug offenders arrested in the commune during the period
 * - plantCount / plantAreaM2: narcotic plants discovered and destroyed (cây, m²)
 * - onKeyRoute: the commune lies on a tuyến trọng điểm phức tạp về ma túy
 */
export type CommuneIndicators = {
  population: number | null;
  personsWithRecords: number | null;
  addicts: number | null;
  drugUseVenueCount: number | null;
  activeSpots: number | null;
  activeGatherings: number | null;
  arrestedOffenders: number | null;
  plantCount: number | null;
  plantAreaM2: number | null;
  onKeyRoute: boolean | null;
};

export type IndicatorName = keyof CommuneIndicators;
export type CountIndicatorName = Exclude<IndicatorName, 'onKeyRoute' | 'population'>;

export const indicatorNames: readonly IndicatorName[] = [
  'population',
  'personsWithRecords',
  'addicts',
  'drugUseVenueCount',
  'activeSpots',
  'activeGatherings',
  'arrestedOffenders',
  'plantCount',
  'plantAreaM2',
  'onKeyRoute',
];

export const indicatorLabels: Readonly<Record<IndicatorName, BilingualText>> = {
  population: { vi: 'Dân số thường trú', en: 'Resident population' },
  personsWithRecords: {
    vi: 'Người nghiện, người sử dụng trái phép chất ma túy có hồ sơ quản lý',
    en: 'Addicts and illicit users with management files',
  },
  addicts: { vi: 'Người nghiện ma túy có hồ sơ quản lý', en: 'Addicts with management files' },
  drugUseVenueCount: {
    vi: 'Địa điểm tổ chức, chứa chấp việc sử dụng trái phép chất ma túy',
    en: 'Places organising or harbouring illicit drug use',
  },
  activeSpots: { vi: 'Điểm phức tạp về ma túy đang tồn tại', en: 'Live drug spots' },
  activeGatherings: { vi: 'Tụ điểm phức tạp về ma túy đang tồn tại', en: 'Live drug gathering places' },
  arrestedOffenders: { vi: 'Người phạm tội về ma túy bị bắt giữ', en: 'Drug offenders arrested' },
  plantCount: { vi: 'Số cây có chứa chất ma túy bị phát hiện, triệt phá', en: 'Narcotic plants destroyed' },
  plantAreaM2: {
    vi: 'Diện tích cây có chứa chất ma túy bị phát hiện, triệt phá',
    en: 'Area of narcotic plants destroyed',
  },
  onKeyRoute: {
    vi: 'Nằm trên tuyến trọng điểm phức tạp về ma túy',
    en: 'Lies on a key drug trafficking route',
  },
};

/**
 * One criterion's test, as data.
 * - count: sum of `indicators` ≥ min (and < below when the rule set compares within bands)
 * - rate: sum of `indicators` / population, in percent, ≥ minPercent (< belowPercent within bands); exact
 *   rational comparison, percent values with at most 6 decimals
 * - plants: plantCount ≥ minCount OR plantAreaM2 ≥ minAreaM2 (either side may be null = not used)
 * - route: onKeyRoute AND at least `minCriteria` non-route criteria of class `ofClass` (or higher) met
 */
export type CriterionTest =
  | { kind: 'count'; indicators: readonly CountIndicatorName[]; min: number; below?: number | null }
  | {
      kind: 'rate';
      indicators: readonly CountIndicatorName[];
      minPercent: number;
      belowPercent?: number | null;
    }
  | {
      kind: 'plants';
      minCount: number | null;
      minAreaM2: number | null;
      belowCount?: number | null;
      belowAreaM2?: number | null;
    }
  | { kind: 'route'; ofClass: KeyClass; minCriteria: number };

export type CriterionRule = {
  /** Stable within a rule set, the same id across classes (`rate_records`, `use_venues`, …). */
  id: string;
  /** The letter of the clause in the decision (a, b, c, d, đ) when known. */
  clause?: string;
  label: BilingualText;
  confidence: Confidence;
  test: CriterionTest;
  /** True when the values came from configuration (overrideRuleSet), not from the built-in rule set. */
  configured?: boolean;
};

export type ClassRule = {
  /** The class is met when at least this many of its criteria are met (QĐ 3122: 1; QĐ 28 loại I/II: 3). */
  minCriteriaMet: number;
  minCriteriaConfidence: Confidence;
  criteria: readonly CriterionRule[];
};

/**
 * Drug-free (không ma túy / không có tệ nạn ma túy): every listed indicator recorded and zero. The criteria were
 * not retrieved for either decision (unconfirmed → configuration). Keeping the state for a period and the
 * recognition by a competent authority are outside a single-period classification.
 */
export type DrugFreeRule = {
  zeroIndicators: readonly CountIndicatorName[];
  confidence: Confidence;
  note: BilingualText;
};

export type LegalSource = {
  /** e.g. 'QĐ 3122/2010/QĐ-BCA' */
  document: string;
  signedOn: string;
  issuer: BilingualText;
  /** Where the text or its summary was read (reference/legal-notes.md). */
  reference: string;
};

export type RuleSetId = 'qd-3122-2010' | 'qd-28-2025';

export type ClassificationRuleSet = {
  id: RuleSetId;
  /** '1' for the built-in sets; a configuration override appends a tag ('1+cau-hinh'). */
  version: string;
  title: BilingualText;
  legalSource: LegalSource;
  /** ISO date the set applies from; null end = until a later set takes over (ruleSetFor picks the latest start). */
  effectiveFrom: string;
  effectiveTo: string | null;
  effectiveFromConfidence: Confidence;
  /**
   * 'at_or_above': a criterion counts for a class when its value reaches that class's lower bound (a commune with
   * 0,6 % of its residents on record meets the loại II rate criterion too); the upper bounds of the bands are
   * shown only. 'within_band': the value must also be below the band's upper bound (literal reading).
   */
  bandMode: 'at_or_above' | 'within_band';
  classes: Readonly<Record<KeyClass, ClassRule>>;
  drugFree: DrugFreeRule;
  /** True when built by overrideRuleSet from configuration. */
  configured: boolean;
  notes: BilingualText;
};

/** An exact rate: numerator / denominator, with a display percent (truncated, never rounded across a threshold). */
export type RateValue = { numerator: number; denominator: number; percent: number };

export type CriterionResult = {
  /** `${class}.${criterionId}` or `drug_free.${indicator}` */
  id: string;
  criterionId: string;
  level: KeyClass | 'drug_free';
  label: BilingualText;
  confidence: Confidence;
  /** The figure tested (count, m², rate numerator sum, flag); null when not recorded. */
  value: number | boolean | null;
  /** The rule data the value was tested against. */
  threshold: CriterionTest | { kind: 'zero'; indicator: CountIndicatorName };
  /** null = cannot be decided (a figure is missing, or population is null or 0 for a rate). */
  met: boolean | null;
  rate?: RateValue;
  /** "Tỷ lệ … 0,62 % ≥ 0,5 %" */
  statement: BilingualText;
  /** Indicators this criterion needed that are null (or population 0). */
  missing: IndicatorName[];
};

export type ClassDecision = {
  level: KeyClass;
  minCriteriaMet: number;
  metCount: number;
  undecidedCount: number;
  /** null = cannot be decided with the figures given. */
  met: boolean | null;
};

export type ClassificationResult = {
  communeClass: CommuneClass;
  ruleSetId: RuleSetId;
  ruleSetVersion: string;
  /** Criteria of every class and of drug-free, in order, so the decision can be explained and audited. */
  criteria: CriterionResult[];
  classes: ClassDecision[];
  /** Indicator names needed for a decision that are null. Empty unless some figure was missing. */
  missing: IndicatorName[];
  /** The highest class already met when a higher one cannot be decided (not_classified), else null. */
  atLeast: KeyClass | null;
  explanation: BilingualText;
};
