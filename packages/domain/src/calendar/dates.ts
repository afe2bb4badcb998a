/**
 * Calendar dates as ISO strings (yyyy-mm-dd), computed in UTC so the host time zone never shifts a day. Every
 * legal period in the domain is a whole number of days, months or years; times of day do not matter.
 */

export type IsoDate = string;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in yyyy-mm-dd form (2024-02-29 yes, 2025-02-29 no). */
export function isCalendarDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const m = ISO_RE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function parseIsoDate(s: IsoDate): { year: number; month: number; day: number } {
  if (!isCalendarDate(s))
    throw new RangeError(`Ngày không hợp lệ (cần yyyy-mm-dd) / invalid date (yyyy-mm-dd expected): ${s}`);
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return { year: y, month: m, day: d };
}

export const isoDate = (year: number, month: number, day: number): IsoDate =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Days since 1970-01-01 (UTC). */
export function dayNumber(s: IsoDate): number {
  const { year, month, day } = parseIsoDate(s);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

export function fromDayNumber(n: number): IsoDate {
  const d = new Date(n * 86_400_000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export const addDays = (s: IsoDate, days: number): IsoDate => fromDayNumber(dayNumber(s) + days);

/** b − a in days. */
export const daysBetween = (a: IsoDate, b: IsoDate): number => dayNumber(b) - dayNumber(a);

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (s: IsoDate): number => (((dayNumber(s) + 4) % 7) + 7) % 7;

/**
 * The matching day `months` later, or that month's last day when it has no such day (BLDS 2015 Điều 148 k3:
 * 29/02/2024 + 12 months → 28/02/2025; 31/01 + 1 month → 28 or 29/02). Negative months go back the same way.
 */
export function addMonthsClamped(s: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`months must be a whole number: ${months}`);
  const { year, month, day } = parseIsoDate(s);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return isoDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** dd/mm/yyyy for Vietnamese (and English) texts. */
export function formatDateDmy(s: IsoDate): string {
  const { year, month, day } = parseIsoDate(s);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);
