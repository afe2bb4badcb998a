import { addMonthsClamped, daysBetween, formatDateDmy, type IsoDate } from '../calendar/dates.ts';
import type { BilingualText } from '../classification/types.ts';
import { type Art256aWindow, art256aWindows, art256aWindowsOn } from './art256a.ts';
import { type MeasureEndOptions, measureEnd, measurePeriod, reviewsDue } from './compute.ts';
import type { MeasureFact, PersonHistory } from './history.ts';
import { defaultAlertSettings } from './rule-sets.ts';
import type { AlertSettings, MeasureType } from './types.ts';

/**
 * Alerts of one person on `today` — a pure function of the history and the day (the clock is injected):
 * - measure_ending: a running measure ends within `endingWithinDays`;
 * - measure_end_passed: the term ended but the measure is not closed (completion to record);
 * - review_overdue: a periodic review not recorded by its due date (+ grace days);
 * - management_due: a positive test and no measure running or decided since (quản lý người SDTP to propose); a
 *   measure only proposed keeps it (a proposal is not a decision), with a "proposed, waiting" wording;
 * - determination_due: a positive test during user management, post-rehab management, or during / within 01
 *   year after commune education, with no determination on or after it (Luật 73/2021 Điều 27 k1);
 * - positive_during_rehab: a positive test during voluntary rehab or substitution treatment (basis for
 *   compulsory rehab, Điều 32) or compulsory rehab;
 * - art256a_window: a BLHS Điều 256a window open today (with its dates);
 * - art256a_use: a positive test inside a Điều 256a window (thuộc diện Điều 256a).
 */

export type PersonAlertKind =
  | 'measure_ending'
  | 'measure_end_passed'
  | 'review_overdue'
  | 'management_due'
  | 'determination_due'
  | 'positive_during_rehab'
  | 'art256a_window'
  | 'art256a_use';

export type PersonAlert = {
  kind: PersonAlertKind;
  /** The day the alert is about (end date, due date, test date, window start). */
  on: IsoDate;
  measureId: string | null;
  testId: string | null;
  /** measure_ending: days left; review_overdue: days late. */
  days: number | null;
  /** art256a_*: the windows concerned. */
  windows: Art256aWindow[];
  message: BilingualText;
};

const determinationMeasures: readonly MeasureType[] = [
  'user_management',
  'post_rehab_management',
  'commune_education',
];
const rehabLike: readonly MeasureType[] = [
  'voluntary_rehab_community',
  'voluntary_rehab_facility',
  'compulsory_rehab',
  'substitution_treatment',
];

const inPeriod = (p: { from: IsoDate; to: IsoDate | null }, d: IsoDate): boolean =>
  p.from <= d && (p.to === null || d <= p.to);

function alert(
  kind: PersonAlertKind,
  on: IsoDate,
  message: BilingualText,
  extra: Partial<PersonAlert> = {},
): PersonAlert {
  return { kind, on, measureId: null, testId: null, days: null, windows: [], message, ...extra };
}

export function alertsFor(
  history: PersonHistory,
  today: IsoDate,
  settings: AlertSettings = defaultAlertSettings,
  options: MeasureEndOptions = {},
): PersonAlert[] {
  const out: PersonAlert[] = [];
  const measures = history.measures;
  const tests = history.tests.filter((t) => t.testedOn <= today);

  for (const m of measures) {
    if (m.status !== 'in_progress' && m.status !== 'suspended') continue;
    const end = measureEnd(m, options) ?? m.endOn ?? null;
    if (end) {
      const left = daysBetween(today, end);
      if (left < 0)
        out.push(
          alert(
            'measure_end_passed',
            end,
            {
              vi: `Biện pháp đã hết thời hạn ngày ${formatDateDmy(end)} nhưng chưa ghi nhận kết thúc`,
              en: `The measure's term ended on ${formatDateDmy(end)} but its end is not recorded`,
            },
            { measureId: m.id, days: -left },
          ),
        );
      else if (left <= settings.endingWithinDays)
        out.push(
          alert(
            'measure_ending',
            end,
            {
              vi: `Biện pháp kết thúc ngày ${formatDateDmy(end)} (còn ${left} ngày)`,
              en: `The measure ends on ${formatDateDmy(end)} (${left} days left)`,
            },
            { measureId: m.id, days: left },
          ),
        );
    }
    for (const r of reviewsDue(m, today, settings.reviewGraceDays, options)) {
      if (!r.overdue) continue;
      out.push(
        alert(
          'review_overdue',
          r.dueOn,
          {
            vi: `Quá hạn đánh giá định kỳ lần ${r.index} (đến hạn ngày ${formatDateDmy(r.dueOn)})`,
            en: `Periodic review ${r.index} overdue (due on ${formatDateDmy(r.dueOn)})`,
          },
          { measureId: m.id, days: daysBetween(r.dueOn, today) },
        ),
      );
    }
  }

  const periods = measures
    .map((m) => ({ m, p: measurePeriod(m, today, options) }))
    .filter((x): x is { m: MeasureFact; p: { from: IsoDate; to: IsoDate | null } } => x.p !== null);
  const determinedOnOrAfter = (d: IsoDate) =>
    history.determinations.some((x) => x.determinedOn >= d && x.determinedOn <= today);
  // A proposal is not a decision: Điều 23 has the commune police prepare the dossier and the commune chairman
  // decide, so only a measure past `proposed` (and not cancelled) answers a positive test. A proposed measure's
  // planned start says nothing about whether it was decided.
  const measureDecidedOnOrAfter = (d: IsoDate) =>
    measures.some(
      (m) => m.status !== 'cancelled' && m.status !== 'proposed' && (m.decisionDate ?? m.startOn ?? '') >= d,
    );
  // The proposal waiting for its decision, named by the alert (no proposal date is known: any pending one).
  const pendingProposal = measures.find((m) => m.status === 'proposed');
  const addicted = history.determinations.some((d) => d.result === 'addicted' && d.determinedOn <= today);

  for (const t of tests) {
    if (t.result !== 'positive') continue;
    const running = periods.filter((x) => inPeriod(x.p, t.testedOn));
    const trigger =
      running.find((x) => determinationMeasures.includes(x.m.type)) ??
      // Điều 27 k1 c): within 01 year after commune education.
      periods.find(
        (x) =>
          x.m.type === 'commune_education' &&
          x.p.to !== null &&
          x.p.to < t.testedOn &&
          t.testedOn <= addMonthsClamped(x.p.to, 12),
      );
    if (trigger && !determinedOnOrAfter(t.testedOn)) {
      out.push(
        alert(
          'determination_due',
          t.testedOn,
          {
            vi: `Dương tính ngày ${formatDateDmy(t.testedOn)} trong thời gian áp dụng biện pháp: cần xác định tình trạng nghiện (Luật 73/2021 Điều 27)`,
            en: `Positive test on ${formatDateDmy(t.testedOn)} during a measure: an addiction determination is due (Law 73/2021 Art. 27)`,
          },
          { measureId: trigger.m.id, testId: t.id },
        ),
      );
    }
    const rehab = running.find((x) => rehabLike.includes(x.m.type));
    if (rehab)
      out.push(
        alert(
          'positive_during_rehab',
          t.testedOn,
          {
            vi: `Dương tính ngày ${formatDateDmy(t.testedOn)} trong thời gian cai nghiện hoặc điều trị thay thế`,
            en: `Positive test on ${formatDateDmy(t.testedOn)} during rehab or substitution treatment`,
          },
          { measureId: rehab.m.id, testId: t.id },
        ),
      );
    if (!trigger && !rehab && running.length === 0 && !addicted && !measureDecidedOnOrAfter(t.testedOn))
      out.push(
        alert(
          'management_due',
          t.testedOn,
          pendingProposal
            ? {
                vi: `Dương tính ngày ${formatDateDmy(t.testedOn)}: đã đề xuất biện pháp, chờ quyết định quản lý người sử dụng trái phép chất ma túy`,
                en: `Positive test on ${formatDateDmy(t.testedOn)}: a measure is proposed, waiting for the decision to manage the illicit user`,
              }
            : {
                vi: `Dương tính ngày ${formatDateDmy(t.testedOn)}: chưa có quyết định quản lý người sử dụng trái phép chất ma túy`,
                en: `Positive test on ${formatDateDmy(t.testedOn)}: no decision to manage the illicit user yet`,
              },
          { testId: t.id, measureId: pendingProposal?.id ?? null },
        ),
      );
  }

  const windows = art256aWindows(history, today, settings, options);
  const open = art256aWindowsOn(windows, today);
  for (const w of open)
    out.push(
      alert(
        'art256a_window',
        w.from,
        {
          vi: `Thuộc diện Điều 256a BLHS từ ${formatDateDmy(w.from)}${w.to ? ` đến ${formatDateDmy(w.to)}` : ''}: ${w.label.vi}`,
          en: `Within BLHS Art. 256a from ${formatDateDmy(w.from)}${w.to ? ` to ${formatDateDmy(w.to)}` : ''}: ${w.label.en}`,
        },
        { measureId: w.measureId, windows: [w] },
      ),
    );
  for (const t of tests) {
    if (t.result !== 'positive') continue;
    const hit = art256aWindowsOn(windows, t.testedOn);
    if (hit.length)
      out.push(
        alert(
          'art256a_use',
          t.testedOn,
          {
            vi: `Dương tính ngày ${formatDateDmy(t.testedOn)} trong thời gian thuộc diện Điều 256a BLHS (tội sử dụng trái phép chất ma túy)`,
            en: `Positive test on ${formatDateDmy(t.testedOn)} within a BLHS Art. 256a window (illicit drug use offence)`,
          },
          { testId: t.id, windows: hit, measureId: hit[0]!.measureId },
        ),
      );
  }
  return out.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.kind < b.kind ? -1 : 1));
}
