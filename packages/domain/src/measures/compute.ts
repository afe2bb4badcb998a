import { addDays, addMonthsClamped, type IsoDate, isCalendarDate } from '../calendar/dates.ts';
import type { HolidayCalendar } from '../calendar/holidays.ts';
import { periodEnd } from '../calendar/periods.ts';
import type { BilingualText } from '../classification/types.ts';
import { type AgeOn, ageOn } from '../persons/birth-date.ts';
import type { MeasureFact, PersonHistory } from './history.ts';
import { defaultMeasureRuleSets } from './rule-sets.ts';
import type {
  AuthorityAct,
  AuthorityRule,
  DurationRule,
  MeasureRegime,
  MeasureRuleSet,
  MeasureType,
  MeasureTypeRules,
} from './types.ts';

/** The rule set for a decision date: the latest start ≤ date whose end is ≥ date; null before 01/01/2022. */
export function measureRuleSetFor(
  decisionDate: IsoDate,
  sets: readonly MeasureRuleSet[] = defaultMeasureRuleSets,
): MeasureRuleSet | null {
  if (!isCalendarDate(decisionDate))
    throw new RangeError(
      `Ngày không hợp lệ (cần yyyy-mm-dd) / invalid date (yyyy-mm-dd expected): ${decisionDate}`,
    );
  let best: MeasureRuleSet | null = null;
  for (const s of sets) {
    if (s.effectiveFrom > decisionDate) continue;
    if (s.effectiveTo !== null && s.effectiveTo < decisionDate) continue;
    if (best === null || s.effectiveFrom > best.effectiveFrom) best = s;
  }
  return best;
}

/** The regime of a decision date (Luật 73/2021 until 30/6/2026, Luật 120/2025 from 01/7/2026). */
export function measureRegimeFor(
  decisionDate: IsoDate,
  sets: readonly MeasureRuleSet[] = defaultMeasureRuleSets,
): MeasureRegime | null {
  return measureRuleSetFor(decisionDate, sets)?.regime ?? null;
}

/** The rule set of a measure: its stored regime, else its decision date (else its start). */
export function ruleSetOfMeasure(
  m: Pick<MeasureFact, 'regime' | 'decisionDate' | 'startOn'>,
  sets: readonly MeasureRuleSet[] = defaultMeasureRuleSets,
): MeasureRuleSet | null {
  if (m.regime) {
    const byRegime = sets.filter((s) => s.regime === m.regime);
    if (byRegime.length) {
      const date = m.decisionDate ?? m.startOn;
      return (date ? byRegime.find((s) => measureRuleSetFor(date, [s])) : null) ?? byRegime.at(-1)!;
    }
  }
  const date = m.decisionDate ?? m.startOn;
  return date ? measureRuleSetFor(date, sets) : null;
}

export const measureTypeRules = (rs: MeasureRuleSet, type: MeasureType): MeasureTypeRules =>
  rs.measures[type];

/**
 * The term row for a person of `age` (completed years on the decision date) taking the measure for the
 * `occurrence`-th time. null when the measure has no fixed term or no row fits (e.g. under 12).
 */
export function durationRuleFor(
  rules: MeasureTypeRules,
  age: number | null,
  occurrence = 1,
): DurationRule | null {
  // Without a known age the adult rows apply (the rows with no upper age bound).
  const fits = (d: DurationRule): boolean =>
    occurrence >= d.occurrenceFrom &&
    (age === null
      ? d.ageBelow === null
      : (d.ageFrom === null || age >= d.ageFrom) && (d.ageBelow === null || age < d.ageBelow));
  return rules.durations.find(fits) ?? null;
}

/** Authorities for an act on a measure type on `date` (and for a person of `age` when rows are age-bound). */
export function authoritiesFor(
  rules: MeasureTypeRules,
  act: AuthorityAct,
  date: IsoDate,
  age: number | null = null,
): AuthorityRule[] {
  return rules.authorities.filter(
    (a) =>
      a.act === act &&
      (a.from === null || a.from <= date) &&
      (a.to === null || a.to >= date) &&
      (age === null || ((a.ageFrom == null || age >= a.ageFrom) && (a.ageBelow == null || age < a.ageBelow))),
  );
}

/** Who decides a measure of `type` decided on `decisionDate` (rule set by that date). */
export function decidersFor(
  type: MeasureType,
  decisionDate: IsoDate,
  age: number | null = null,
  sets: readonly MeasureRuleSet[] = defaultMeasureRuleSets,
): AuthorityRule[] {
  const rs = measureRuleSetFor(decisionDate, sets);
  return rs ? authoritiesFor(rs.measures[type], 'decide', decisionDate, age) : [];
}

/** How many measures of the same type the person had before this one (1 = first time). */
export function occurrenceOf(m: MeasureFact, history: Pick<PersonHistory, 'measures'>): number {
  const at = m.decisionDate ?? m.startOn ?? '9999-12-31';
  return (
    1 +
    history.measures.filter(
      (o) =>
        o.id !== m.id &&
        o.type === m.type &&
        o.status !== 'cancelled' &&
        o.status !== 'proposed' &&
        (o.decisionDate ?? o.startOn ?? '9999-12-31') < at,
    ).length
  );
}

export type MeasureEndOptions = { calendar?: HolidayCalendar; sets?: readonly MeasureRuleSet[] };

/**
 * The last day of a measure's term: the start + (duration − reduction) months by BLDS month arithmetic (the
 * matching day of the last month, else its last day), plus suspended days, moved off a day off only when the
 * measure type's `dayOffRule` is on. null without a start or a term.
 */
export function measureEnd(m: MeasureFact, options: MeasureEndOptions = {}): IsoDate | null {
  if (!m.startOn || m.durationMonths == null) return null;
  const rs = ruleSetOfMeasure(m, options.sets);
  const dayOffRule = rs ? rs.measures[m.type].dayOffRule.value : false;
  const months = m.durationMonths - (m.reductionMonths ?? 0);
  return periodEnd(
    m.startOn,
    { months, days: m.suspendedDays ?? 0 },
    { dayOffRule, ...(options.calendar ? { calendar: options.calendar } : {}) },
  );
}

/** The day the measure actually stopped running (early end, completion), else its term end; null if open. */
export function measureStoppedOn(m: MeasureFact, options: MeasureEndOptions = {}): IsoDate | null {
  if (m.status === 'ended_early') return m.earlyEndOn ?? null;
  if (m.status === 'completed') return m.completionOn ?? m.endOn ?? measureEnd(m, options);
  return null;
}

/**
 * The period [from, to] during which the measure ran or runs; null if it never started (or starts after `today`).
 * `to` is the day it stopped (early end, completion); while it runs, null — or, with `projected`, the planned end
 * of its term (null when it has none).
 */
export function measurePeriod(
  m: MeasureFact,
  today: IsoDate,
  options: MeasureEndOptions & { projected?: boolean } = {},
): { from: IsoDate; to: IsoDate | null } | null {
  if (!m.startOn || m.status === 'proposed' || m.status === 'decided' || m.status === 'cancelled')
    return null;
  if (m.startOn > today) return null;
  const stopped = measureStoppedOn(m, options);
  if (stopped !== null || !options.projected) return { from: m.startOn, to: stopped };
  return { from: m.startOn, to: measureEnd(m, options) ?? m.endOn ?? null };
}

export type ReviewDue = { index: number; dueOn: IsoDate; doneOn: IsoDate | null; overdue: boolean };

/**
 * Periodic reviews of a measure that started: review k is due k × interval months after the start (before the
 * term end or the day it stopped); each due review is met by the earliest unused review recorded after the
 * previous due date. A review is overdue when not met `graceDays` after its due date. The list runs up to the
 * first due date after `today`.
 */
export function reviewsDue(
  m: MeasureFact,
  today: IsoDate,
  graceDays = 0,
  options: MeasureEndOptions = {},
): ReviewDue[] {
  const rs = ruleSetOfMeasure(m, options.sets);
  const interval = rs?.measures[m.type].reviewIntervalMonths.value ?? null;
  if (
    !interval ||
    !m.startOn ||
    m.status === 'proposed' ||
    m.status === 'decided' ||
    m.status === 'cancelled'
  )
    return [];
  const end = measureStoppedOn(m, options) ?? measureEnd(m, options);
  const reviews = [...(m.reviews ?? [])].map((r) => r.reviewedOn).sort();
  const used = new Set<number>();
  const out: ReviewDue[] = [];
  let previous = m.startOn;
  for (let k = 1; k < 1000; k++) {
    const dueOn = addMonthsClamped(m.startOn, k * interval);
    if (end !== null && dueOn >= end) break;
    const i = reviews.findIndex((r, j) => !used.has(j) && r > previous);
    let doneOn: IsoDate | null = null;
    if (i >= 0 && (reviews[i] as IsoDate) <= (end ?? '9999-12-31')) {
      used.add(i);
      doneOn = reviews[i] as IsoDate;
    }
    out.push({ index: k, dueOn, doneOn, overdue: doneOn === null && addDays(dueOn, graceDays) < today });
    previous = dueOn;
    // Stop after the first review still to come (the next due date).
    if (dueOn > today) break;
  }
  return out;
}

/** The next review not yet recorded (overdue or to come), or null — what the server stores as next_review_on. */
export function nextReviewDue(
  m: MeasureFact,
  today: IsoDate,
  options: MeasureEndOptions = {},
): IsoDate | null {
  return reviewsDue(m, today, 0, options).find((r) => r.doneOn === null)?.dueOn ?? null;
}

export type MeasureIssue = { field: string } & BilingualText;

/**
 * Checks a measure against its rule set: the regime has the measure, the age fits, the duration lies within the
 * term, dates are in order and not in the future. Each issue names the field in Vietnamese and English.
 */
export function validateMeasure(
  m: MeasureFact,
  context: { today: IsoDate; history?: PersonHistory; sets?: readonly MeasureRuleSet[] },
): MeasureIssue[] {
  const issues: MeasureIssue[] = [];
  const sets = context.sets ?? defaultMeasureRuleSets;
  const decided = m.decisionDate ?? null;
  if (decided && decided > context.today)
    issues.push({
      field: 'decisionDate',
      vi: 'Ngày quyết định không được sau ngày hôm nay',
      en: 'The decision date must not be in the future',
    });
  if (decided && m.startOn && m.startOn < decided)
    issues.push({
      field: 'startOn',
      vi: 'Ngày bắt đầu không được trước ngày quyết định',
      en: 'The start date must not be before the decision date',
    });
  const rs = ruleSetOfMeasure(m, sets);
  if (!rs) {
    if (decided || m.startOn)
      issues.push({
        field: 'decisionDate',
        vi: 'Ngày quyết định trước 01/01/2022: chưa có bộ quy tắc (Luật 73/2021 có hiệu lực từ 01/01/2022)',
        en: 'Decision before 01/01/2022: no rule set (Law 73/2021 took effect on 01/01/2022)',
      });
    return issues;
  }
  const rules = rs.measures[m.type];
  if (!rules.available.value)
    issues.push({
      field: 'type',
      vi: `Biện pháp «${rules.label.vi}» không có trong ${rs.title.vi}`,
      en: `The measure "${rules.label.en}" does not exist under ${rs.title.en}`,
    });
  const onDate = decided ?? m.startOn;
  let age: AgeOn | null = null;
  if (context.history?.birthDate && onDate) age = ageOn(context.history.birthDate, onDate);
  if (age && rules.minAge.value !== null && age.max < rules.minAge.value)
    issues.push({
      field: 'type',
      vi: `Biện pháp «${rules.label.vi}» áp dụng từ đủ ${rules.minAge.value} tuổi; người này ${age.years} tuổi vào ngày quyết định`,
      en: `The measure "${rules.label.en}" applies from age ${rules.minAge.value}; the person was ${age.years} on the decision date`,
    });
  if (m.durationMonths != null) {
    const occurrence = context.history ? occurrenceOf(m, context.history) : 1;
    const row = durationRuleFor(rules, age ? age.years : null, occurrence);
    if (!Number.isInteger(m.durationMonths) || m.durationMonths <= 0)
      issues.push({
        field: 'durationMonths',
        vi: 'Thời hạn (tháng) phải là số nguyên dương',
        en: 'The duration (months) must be a positive whole number',
      });
    else if (row && (m.durationMonths < row.value.minMonths || m.durationMonths > row.value.maxMonths)) {
      const range =
        row.value.minMonths === row.value.maxMonths
          ? `${row.value.minMonths}`
          : `${row.value.minMonths}–${row.value.maxMonths}`;
      issues.push({
        field: 'durationMonths',
        vi: `Thời hạn «${rules.label.vi}» theo ${row.source} là ${range} tháng (đã nhập ${m.durationMonths})`,
        en: `The term of "${rules.label.en}" under ${row.source} is ${range} months (${m.durationMonths} given)`,
      });
    }
  }
  const end = m.endOn ?? measureEnd(m, { sets });
  if (m.startOn && end && end < m.startOn)
    issues.push({
      field: 'endOn',
      vi: 'Ngày kết thúc không được trước ngày bắt đầu',
      en: 'The end date must not be before the start date',
    });
  if (m.startOn && m.earlyEndOn && m.earlyEndOn < m.startOn)
    issues.push({
      field: 'earlyEndOn',
      vi: 'Ngày kết thúc trước thời hạn không được trước ngày bắt đầu',
      en: 'The early end date must not be before the start date',
    });
  if (m.earlyEndOn && m.earlyEndOn > context.today)
    issues.push({
      field: 'earlyEndOn',
      vi: 'Ngày kết thúc trước thời hạn không được sau ngày hôm nay',
      en: 'The early end date must not be in the future',
    });
  return issues;
}
