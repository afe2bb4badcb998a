import { addDays, addMonthsClamped, type IsoDate } from './dates.ts';
import { defaultHolidayCalendar, type HolidayCalendar, nextWorkingDay } from './holidays.ts';

/**
 * Periods (thời hạn) under Bộ luật Dân sự 2015 — the general rule that Luật XLVPHC and the drug law's measures
 * follow unless a text says otherwise:
 * - Điều 147 k2: a period in days, weeks, months or years does not count the day it is fixed from; counting
 *   starts the next day. So N days from D end on D + N.
 * - Điều 148 k3: a period in months ends at the end of the matching day of its last month; when that month has no
 *   such day, at the end of its last day (29/02/2024 + 12 months → 28/02/2025; 31/01 + 1 month → 28 or 29/02).
 * - Điều 148 k4: a period in years ends on the matching day and month of its last year (same clamping).
 * - Điều 148 k5: when the last day is a weekly rest day or a holiday, the period ends at the end of the next
 *   working day. Whether this applies to a measure's term (a state of the person, not a time limit for an act) is
 *   not settled in the texts read: it is a per-measure setting (`dayOffRule`), off by default for terms.
 * BLTTHS 2015 Điều 134 k1 states the same month rule and day-off rule for criminal-procedure limits.
 */
export const PERIOD_RULE_SOURCE = 'Bộ luật Dân sự 2015 (91/2015/QH13) Điều 147 k2, Điều 148 k1–k5';

export type PeriodLength = { days?: number; months?: number; years?: number };

export type PeriodOptions = {
  /** Move an end that falls on a day off to the next working day (BLDS Điều 148 k5). */
  dayOffRule?: boolean;
  calendar?: HolidayCalendar;
};

/** The last day of a period fixed from `from` (the day of the decision or event, not itself counted). */
export function periodEnd(from: IsoDate, length: PeriodLength, options: PeriodOptions = {}): IsoDate {
  const months = (length.years ?? 0) * 12 + (length.months ?? 0);
  let end = addMonthsClamped(from, months);
  if (length.days) end = addDays(end, length.days);
  if (options.dayOffRule) end = nextWorkingDay(end, options.calendar ?? defaultHolidayCalendar);
  return end;
}
