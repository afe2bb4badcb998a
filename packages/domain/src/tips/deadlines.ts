import { addDays, addMonthsClamped, daysBetween, type IsoDate, isCalendarDate } from '../calendar/dates.ts';
import { defaultHolidayCalendar, type HolidayCalendar, nextWorkingDay } from '../calendar/holidays.ts';
import { TipDeadlineError, type TipDeadlineProblem, tipDeadlineProblem } from './deadline-problems.ts';
import { defaultTipRuleSet, type TipRuleSet } from './rules.ts';

/**
 * The handling deadline of a tip (BLTTHS 2015 Điều 147–149, counted by Điều 134):
 * - 20 days from receipt (the day of receipt not counted by default; see TipRuleSet.countReceiptDay);
 * - the investigation body's extension(s), at most 2 months in all, counted from receipt by default
 *   (TipRuleSet.extensionBase — DOMAIN.md open question 11);
 * - one procuracy extension of at most 2 months, counted from the end of the period it extends;
 * - a suspension (tạm đình chỉ, Điều 148) stops the clock; resumption (Điều 149 k1), or the procuracy cancelling
 *   the suspension (Điều 148 k2), starts a fresh period of 1 month from the resumption / receipt of the
 *   cancellation. The time used before the suspension is not carried over: the law gives a new period.
 * Month ends use the matching day or the month's last day; an end on a day off moves to the next working day
 * (always for months, for days by the `dayOffRuleForDays` setting).
 */

export type TipExtension = {
  kind: 'extension' | 'prosecutor_extension';
  months: number;
  decidedOn: IsoDate;
};

export type TipSuspension = {
  suspendedOn: IsoDate;
  /** The resumption decision, or the day the investigation body received the procuracy's cancellation. */
  resumedOn?: IsoDate | null;
  resumedBy?: 'resumption' | 'procuracy_cancellation';
};

export type TipDeadlineInput = {
  receivedOn: IsoDate;
  extensions: readonly TipExtension[];
  suspendedPeriods?: readonly TipSuspension[];
  calendar?: HolidayCalendar;
  rules?: TipRuleSet;
};

export type TipDeadlineStep = {
  kind: 'base' | 'extension' | 'prosecutor_extension' | 'suspension' | 'resumption';
  /** Receipt, decision, suspension or resumption date. */
  on: IsoDate;
  days?: number;
  months?: number;
  /** The end by counting alone; null for a suspension (the clock stops). */
  nominalDue: IsoDate | null;
  /** The last day after moving off a day off; null for a suspension. */
  due: IsoDate | null;
  movedForDayOff: boolean;
  source: string;
};

export type TipDeadlines = {
  /** The end of the 20-day period. */
  baseDue: IsoDate;
  /** The last day of the period now applying (while suspended: of the period the suspension interrupted). */
  due: IsoDate;
  /** Suspended and not resumed: no deadline is running. */
  suspended: boolean;
  /** The current period is a resumption's (no further extension foreseen by the law). */
  resumed: boolean;
  prosecutorExtensionsUsed: number;
  /** Months of investigation-body extension used (counted toward extensionMaxMonths). */
  extensionMonthsUsed: number;
  steps: TipDeadlineStep[];
};

export type TipDeadlineEvent =
  | { at: IsoDate; order: number; kind: 'ext'; index: number; ext: TipExtension }
  | { at: IsoDate; order: number; kind: 'suspend'; index: number; s: TipSuspension }
  | { at: IsoDate; order: number; kind: 'resume'; index: number; s: TipSuspension };

/** Events in date order; same day: extensions first (input order), then each suspension before its resumption. */
function events(input: TipDeadlineInput): TipDeadlineEvent[] {
  const out: TipDeadlineEvent[] = [];
  input.extensions.forEach((ext, index) => {
    out.push({ at: ext.decidedOn, order: index, kind: 'ext', index, ext });
  });
  (input.suspendedPeriods ?? []).forEach((s, index) => {
    out.push({ at: s.suspendedOn, order: 1e6 + index * 2, kind: 'suspend', index, s });
    if (s.resumedOn) out.push({ at: s.resumedOn, order: 1e6 + index * 2 + 1, kind: 'resume', index, s });
  });
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.order - b.order));
}

/** Dates that are not calendar dates: reported once, and the whole computation stops there. */
function dateProblems(input: TipDeadlineInput): TipDeadlineProblem[] {
  const out: TipDeadlineProblem[] = [];
  if (!isCalendarDate(input.receivedOn)) out.push(tipDeadlineProblem('invalid_date', 'receivedOn'));
  input.extensions.forEach((e, i) => {
    if (!isCalendarDate(e.decidedOn))
      out.push(tipDeadlineProblem('invalid_date', `extensions.${i}.decidedOn`));
  });
  (input.suspendedPeriods ?? []).forEach((s, i) => {
    if (!isCalendarDate(s.suspendedOn))
      out.push(tipDeadlineProblem('invalid_date', `suspendedPeriods.${i}.suspendedOn`));
    if (s.resumedOn != null && !isCalendarDate(s.resumedOn))
      out.push(tipDeadlineProblem('invalid_date', `suspendedPeriods.${i}.resumedOn`));
  });
  return out;
}

/**
 * One pass over the events in date order: each valid event moves the deadline, an invalid one is recorded as a
 * problem and skipped (so later events are still checked against a sensible state).
 */
function compute(input: TipDeadlineInput): { result: TipDeadlines | null; problems: TipDeadlineProblem[] } {
  const invalid = dateProblems(input);
  if (invalid.length > 0) return { result: null, problems: invalid };
  const rules = input.rules ?? defaultTipRuleSet;
  const cal = input.calendar ?? defaultHolidayCalendar;
  const moveDays = (d: IsoDate) => (rules.dayOffRuleForDays.value ? nextWorkingDay(d, cal) : d);
  const moveMonths = (d: IsoDate) => (rules.dayOffRuleForMonths.value ? nextWorkingDay(d, cal) : d);
  const problems: TipDeadlineProblem[] = [];

  const days = rules.handlingDays.value;
  const nominalBase = addDays(input.receivedOn, rules.countReceiptDay.value ? days - 1 : days);
  const baseDue = moveDays(nominalBase);
  const steps: TipDeadlineStep[] = [
    {
      kind: 'base',
      on: input.receivedOn,
      days,
      nominalDue: nominalBase,
      due: baseDue,
      movedForDayOff: baseDue !== nominalBase,
      source: rules.handlingDays.source,
    },
  ];
  let due = baseDue;
  let suspended = false;
  let activeSuspension = -1;
  let resumed = false;
  let extMonths = 0;
  let prosecutor = 0;
  for (const e of events(input)) {
    if (e.kind === 'suspend') {
      const path = `suspendedPeriods.${e.index}.suspendedOn`;
      if (e.at < input.receivedOn) problems.push(tipDeadlineProblem('before_receipt', path));
      else if (suspended) problems.push(tipDeadlineProblem('suspension_overlap', path));
      else {
        suspended = true;
        activeSuspension = e.index;
        steps.push({
          kind: 'suspension',
          on: e.at,
          nominalDue: null,
          due: null,
          movedForDayOff: false,
          source: 'BLTTHS 2015 Điều 148 k1',
        });
      }
      continue;
    }
    let nominal: IsoDate;
    let source: string;
    let months: number;
    let kind: TipDeadlineStep['kind'];
    if (e.kind === 'resume') {
      const path = `suspendedPeriods.${e.index}.resumedOn`;
      if (e.at < e.s.suspendedOn) {
        problems.push(tipDeadlineProblem('resumption_before_suspension', path));
        continue;
      }
      if (!suspended || activeSuspension !== e.index) continue; // its suspension was refused above
      months = rules.resumedPeriodMonths.value;
      nominal = addMonthsClamped(e.at, months);
      source = rules.resumedPeriodMonths.source;
      kind = 'resumption';
      suspended = false;
      resumed = true;
    } else {
      const { ext } = e;
      const before = problems.length;
      const p = (code: Parameters<typeof tipDeadlineProblem>[0], field: string, limit?: number | IsoDate) =>
        problems.push(tipDeadlineProblem(code, `extensions.${e.index}.${field}`, limit));
      months = ext.months;
      kind = ext.kind;
      if (!Number.isInteger(months) || months <= 0) p('invalid_months', 'months');
      else if (e.at < input.receivedOn) p('before_receipt', 'decidedOn');
      else if (suspended) p('extension_while_suspended', 'decidedOn');
      else if (resumed) p('extension_after_resumption', 'decidedOn');
      else if (e.at > due) p('extension_after_due', 'decidedOn', due);
      else if (ext.kind === 'extension') {
        const max = rules.extensionMaxMonths.value;
        if (prosecutor > 0) p('extension_after_prosecutor_extension', 'kind');
        else if (extMonths + months > max) p('extension_too_long', 'months', max);
      } else {
        const max = rules.prosecutorExtensionMaxMonths.value;
        if (prosecutor >= rules.prosecutorExtensionMaxCount.value) p('prosecutor_extension_repeated', 'kind');
        else if (months > max) p('prosecutor_extension_too_long', 'months', max);
      }
      if (problems.length > before) continue;
      if (ext.kind === 'extension') {
        extMonths += months;
        nominal =
          rules.extensionBase.value === 'receipt'
            ? addMonthsClamped(input.receivedOn, extMonths)
            : addMonthsClamped(due, months);
        source = `${rules.extensionMaxMonths.source}; ${rules.extensionBase.source}`;
      } else {
        prosecutor += 1;
        nominal = addMonthsClamped(due, months);
        source = rules.prosecutorExtensionMaxMonths.source;
      }
    }
    const moved = moveMonths(nominal);
    // An extension never shortens the period (1 month from receipt after a 20-day end moved past Tết).
    const next = kind !== 'resumption' && moved < due ? due : moved;
    steps.push({
      kind,
      on: e.at,
      months,
      nominalDue: nominal,
      due: next,
      movedForDayOff: moved !== nominal,
      source,
    });
    due = next;
  }
  return {
    problems,
    result: {
      baseDue,
      due,
      suspended,
      resumed,
      prosecutorExtensionsUsed: prosecutor,
      extensionMonthsUsed: extMonths,
      steps,
    },
  };
}

/** Every problem of the input (empty = valid), in date order, for a 400 naming the field. */
export const tipDeadlineProblems = (input: TipDeadlineInput): TipDeadlineProblem[] => compute(input).problems;

/** The deadlines of a tip. Throws TipDeadlineError (typed problems) when the input breaks the rules. */
export function tipDeadlines(input: TipDeadlineInput): TipDeadlines {
  const { result, problems } = compute(input);
  if (problems.length > 0 || !result) throw new TipDeadlineError(problems);
  return result;
}

export type TipDeadlineState = 'ok' | 'due_soon' | 'overdue';

/**
 * Inbox colour of a running deadline. The period ends at 24:00 of `due` (Điều 134 k1), so the due day itself is
 * still "due soon", and the tip is overdue from the next day.
 */
export function tipDeadlineState(
  due: IsoDate,
  today: IsoDate,
  warnDays: number = defaultTipRuleSet.deadlineWarnDays.value,
): TipDeadlineState {
  const left = daysBetween(today, due);
  if (left < 0) return 'overdue';
  return left <= warnDays ? 'due_soon' : 'ok';
}

/** Whole days left until the end of `due` (0 on the due day, negative when overdue). */
export const tipDaysLeft = (due: IsoDate, today: IsoDate): number => daysBetween(today, due);
