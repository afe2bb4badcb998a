import { addMonthsClamped, type IsoDate, isCalendarDate, isoDate, parseIsoDate } from '../calendar/dates.ts';

/**
 * A birth date known to the day or only to the year. The server stores a year-only date as 1 January of the year
 * with `birthPrecision: 'year'`; here both forms are one value.
 */
export type BirthPrecision = 'day' | 'year';
export type BirthDate = { date: IsoDate; precision: BirthPrecision };

/** Accepts 'yyyy' or 'yyyy-mm-dd' (as typed or stored). Returns null when neither. */
export function parseBirthDate(s: string, precision?: BirthPrecision | null): BirthDate | null {
  if (/^\d{4}$/.test(s)) return { date: `${s}-01-01`, precision: 'year' };
  if (!isCalendarDate(s)) return null;
  return { date: precision === 'year' ? `${s.slice(0, 4)}-01-01` : s, precision: precision ?? 'day' };
}

export const birthYearOf = (b: BirthDate): number => parseIsoDate(b.date).year;

/**
 * How a year-only birth date counts when an age must be decided: 'end_of_year' takes 31/12 (the reading that
 * favours the person: the youngest possible age — the rule TTLT 06/2018 Điều 6 uses for minors in criminal
 * proceedings, unconfirmed for administrative measures), 'start_of_year' takes 01/01 (the oldest possible age).
 */
export type YearOnlyRule = 'end_of_year' | 'start_of_year';

/** The birth date used for age arithmetic. */
export function effectiveBirthDate(b: BirthDate, rule: YearOnlyRule = 'end_of_year'): IsoDate {
  if (b.precision === 'day') return b.date;
  const y = birthYearOf(b);
  return rule === 'end_of_year' ? isoDate(y, 12, 31) : isoDate(y, 1, 1);
}

/** Completed years on `on` (the birthday reached on its day; 29/02 births turn a year older on 28/02). */
export function completedYears(birth: IsoDate, on: IsoDate): number {
  const b = parseIsoDate(birth);
  const o = parseIsoDate(on);
  let years = o.year - b.year;
  if (addMonthsClamped(birth, years * 12) > on) years -= 1;
  return years;
}

export type AgeOn = {
  /** Age under `rule` (year-only dates: 31/12 by default). */
  years: number;
  /** The youngest and oldest possible ages (equal when the birth date is known to the day). */
  min: number;
  max: number;
  exact: boolean;
};

export function ageOn(b: BirthDate, on: IsoDate, rule: YearOnlyRule = 'end_of_year'): AgeOn {
  if (b.precision === 'day') {
    const y = completedYears(b.date, on);
    return { years: y, min: y, max: y, exact: true };
  }
  const min = completedYears(effectiveBirthDate(b, 'end_of_year'), on);
  const max = completedYears(effectiveBirthDate(b, 'start_of_year'), on);
  return { years: rule === 'end_of_year' ? min : max, min, max, exact: min === max };
}
