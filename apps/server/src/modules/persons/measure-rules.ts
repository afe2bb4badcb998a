import { type MeasureStatus, type MeasureType, measureStatusLabel } from '@pcmt/contracts';
import {
  ageOn,
  authoritiesFor,
  decidersFor,
  durationRuleFor,
  type MeasureFact,
  type MeasureIssue,
  measureEnd,
  measureRuleSetFor,
  occurrenceOf,
  type PersonHistory,
  validateMeasure,
} from '@pcmt/domain';
import { AppError, invalid, issue } from '../../platform/errors.ts';

/** Measures that need the person to be a (tested) illicit user, or determined addicted. */
export const needsUse: readonly MeasureType[] = ['user_management'];
export const needsAddiction: readonly MeasureType[] = [
  'voluntary_rehab_community',
  'voluntary_rehab_facility',
  'compulsory_rehab',
  'post_rehab_management',
  'substitution_treatment',
  'awaiting_compulsory_placement',
];
export const running: readonly MeasureStatus[] = ['in_progress', 'suspended'];
export const labelOf = (s: MeasureStatus) => measureStatusLabel[s];

/** The domain's findings as a 400: each names its field, in both languages. */
const ruleError = (issues: MeasureIssue[]) =>
  new AppError(
    'validation_failed',
    'measure.rule',
    { problem: { vi: issues[0]!.vi, en: issues[0]!.en } },
    { details: issues.map((i) => issue(i.field, 'measure.rule', { problem: { vi: i.vi, en: i.en } })) },
  );

/**
 * The rule-set view of a measure as it would be stored: regime and rule set by the decision date (else the
 * start, else today for a proposal), default term for the person's age and occurrence, computed end, who
 * decides. Refused (400 naming the field) when the domain finds a problem.
 */
export function settle(
  fact: MeasureFact,
  history: PersonHistory,
  t: string,
  explicitEnd: string | null | undefined,
) {
  const ruleDate = fact.decisionDate ?? fact.startOn ?? t;
  const rs = measureRuleSetFor(ruleDate);
  const age = history.birthDate ? ageOn(history.birthDate, ruleDate).years : null;
  const withRegime: MeasureFact = { ...fact, regime: rs?.regime ?? null };
  const occurrence = occurrenceOf(withRegime, history);
  const row = rs ? durationRuleFor(rs.measures[fact.type], age, occurrence) : null;
  const durationMonths = fact.durationMonths ?? row?.value.minMonths ?? null;
  const settled: MeasureFact = { ...withRegime, durationMonths, endOn: explicitEnd ?? null };
  const issues = validateMeasure(settled, {
    today: t,
    history: { ...history, measures: history.measures.filter((m) => m.id !== fact.id) },
  });
  if (issues.length) throw ruleError(issues);
  if (!rs)
    throw ruleError([
      { field: 'decisionDate', vi: 'Chưa có bộ quy tắc cho ngày này', en: 'No rule set for this date' },
    ]);
  const endOn = measureEnd(settled) ?? explicitEnd ?? null;
  const deciders = fact.decisionDate ? decidersFor(fact.type, fact.decisionDate, age) : [];
  return {
    regime: rs.regime,
    ruleSetId: rs.id,
    ruleSetVersion: rs.version,
    occurrence,
    durationMonths,
    endOn,
    deciderLevel: deciders.map((d) => d.value).join(', ') || null,
    certifies: authoritiesFor(rs.measures[fact.type], 'certify_completion', ruleDate).length > 0,
  };
}

export const requireDecision = (
  number: string | null | undefined,
  date: string | null | undefined,
  status: MeasureStatus,
) => {
  if (!number) throw invalid('decisionNumber', 'measure.decisionRequired', { status: labelOf(status) });
  if (!date) throw invalid('decisionDate', 'measure.decisionRequired', { status: labelOf(status) });
};
