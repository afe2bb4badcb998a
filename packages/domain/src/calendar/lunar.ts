import { dayNumber, fromDayNumber, type IsoDate, parseIsoDate } from './dates.ts';

/**
 * Vietnamese lunar calendar (âm lịch) ↔ solar dates. The Vietnamese calendar is computed for the meridian of
 * UTC+7 (since 1968), so it differs from the Chinese one (UTC+8) in some years: Tết 1985-01-21, 2007-02-17,
 * 2030-02-02. No npm library is both licensed for this use and correct (data/reference-lists/npm_libraries.md:
 * `amlich` is non-commercial only, `@dqcai/vn-lunar` is obfuscated, others are Chinese or depend on the host
 * time zone), so this is an in-house implementation of the published astronomical method (J. Meeus,
 * "Astronomical Algorithms": mean new moon with periodic corrections, apparent solar longitude), the method
 * Hồ Ngọc Đức described for the Vietnamese calendar. The month containing the winter solstice is month 11; a
 * year with 13 new moons between two month-11 starts has a leap month, the first month without a major solar
 * term. Checked against the known Tết and Giỗ Tổ dates in lunar.test.ts.
 */

const TZ = 7;
const JD_UNIX_EPOCH = 2440588;
const SYNODIC = 29.530588853;
const K0_JD = 2415021.076998695;

const jdOf = (s: IsoDate): number => dayNumber(s) + JD_UNIX_EPOCH;
const isoOfJd = (jd: number): IsoDate => fromDayNumber(jd - JD_UNIX_EPOCH);

/** Julian day (TT, fractional) of the k-th new moon after 1900-01-01. */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = Math.PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // sun's mean anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // moon's argument of latitude
  // Meeus' periodic terms, each with its own sign.
  const c1 =
    (0.1734 - 0.000393 * T) * Math.sin(M * dr) +
    0.0021 * Math.sin(2 * dr * M) -
    0.4068 * Math.sin(Mpr * dr) +
    0.0161 * Math.sin(dr * 2 * Mpr) -
    0.0004 * Math.sin(dr * 3 * Mpr) +
    0.0104 * Math.sin(dr * 2 * F) -
    0.0051 * Math.sin(dr * (M + Mpr)) -
    0.0074 * Math.sin(dr * (M - Mpr)) +
    0.0004 * Math.sin(dr * (2 * F + M)) -
    0.0004 * Math.sin(dr * (2 * F - M)) -
    0.0006 * Math.sin(dr * (2 * F + Mpr)) +
    0.001 * Math.sin(dr * (2 * F - Mpr)) +
    0.0005 * Math.sin(dr * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** Julian day number of the civil day (UTC+7) on which the k-th new moon falls. */
const newMoonDay = (k: number): number => Math.floor(newMoon(k) + 0.5 + TZ / 24);

/** Apparent solar longitude (radians, 0..2π) at Julian day `jdn` (UT). */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const dr = Math.PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  let L = (L0 + DL) * dr;
  L -= Math.PI * 2 * Math.floor(L / (Math.PI * 2));
  return L;
}

/** Which of the 12 major solar terms (0..11, 30° each) the sun is in at the start of civil day `jdn`. */
const solarTerm = (jdn: number): number => Math.floor((sunLongitude(jdn - 0.5 - TZ / 24) / Math.PI) * 6);

/** Julian day number of the first day of lunar month 11 (the month containing the winter solstice) of `year`. */
function lunarMonth11(year: number): number {
  const off = jdOf(`${String(year).padStart(4, '0')}-12-31`) - 2415021;
  const k = Math.floor(off / SYNODIC);
  const nm = newMoonDay(k);
  return solarTerm(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

/** Offset (in months after month 11 starting at a11) of the leap month of a 13-month year. */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - K0_JD) / SYNODIC + 0.5);
  let i = 1;
  let arc = solarTerm(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = solarTerm(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

export type LunarDate = { year: number; month: number; day: number; leap: boolean };

/** The solar date of a Vietnamese lunar date, or null when it does not exist (e.g. a leap month that year lacks). */
export function lunarToSolar(lunar: LunarDate): IsoDate | null {
  const { year, month, day, leap } = lunar;
  if (month < 1 || month > 12 || day < 1 || day > 30) return null;
  const [a11, b11] =
    month < 11 ? [lunarMonth11(year - 1), lunarMonth11(year)] : [lunarMonth11(year), lunarMonth11(year + 1)];
  const k = Math.floor(0.5 + (a11 - K0_JD) / SYNODIC);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return null;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return null;
  }
  const monthStart = newMoonDay(k + off);
  const next = newMoonDay(k + off + 1);
  if (day > next - monthStart) return null; // a 29-day month has no day 30
  return isoOfJd(monthStart + day - 1);
}

/** The Vietnamese lunar date of a solar date. */
export function solarToLunar(date: IsoDate): LunarDate {
  const { year } = parseIsoDate(date);
  const jd = jdOf(date);
  const k = Math.floor((jd - K0_JD) / SYNODIC);
  let monthStart = newMoonDay(k + 1);
  if (monthStart > jd) monthStart = newMoonDay(k);
  let a11 = lunarMonth11(year);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = lunarMonth11(year - 1);
  } else {
    lunarYear = year + 1;
    b11 = lunarMonth11(year + 1);
  }
  const day = jd - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { year: lunarYear, month, day, leap };
}

/** Mùng 1 Tết of lunar year `year` (the lunar year that starts in solar year `year`). */
export const lunarNewYear = (year: number): IsoDate =>
  lunarToSolar({ year, month: 1, day: 1, leap: false }) as IsoDate;
