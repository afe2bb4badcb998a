import type { BilingualText, Confidence } from '../classification/types.ts';
import { addDays, type IsoDate, isoDate, parseIsoDate, weekdayOf } from './dates.ts';
import { lunarToSolar } from './lunar.ts';

/**
 * Vietnamese days off (ngày nghỉ) for deadlines that move to the next working day: weekly rest days, the public
 * holidays of Bộ luật Lao động 2019 Điều 112 (solar and lunar), compensatory days of Điều 111 k3, and the
 * per-year lists the Government announces (swaps, make-up Saturdays). Source: data/reference-lists/
 * public_holidays.json (see its SOURCES.md). Announced years are data; other years are derived from the rules,
 * and the province adds or removes days through configuration (extraDaysOff / extraWorkdays).
 */

export type HolidayRule = {
  id: 'new_year' | 'tet' | 'hung_kings' | 'reunification' | 'labour' | 'national_day' | 'culture_day';
  label: BilingualText;
  calendar: 'solar' | 'lunar';
  month: number;
  day: number;
  /** Statutory days off. */
  days: number;
  source: string;
  confidence: Confidence;
  /** false = listed but not applied (24/11 is policy, not law). */
  enabled: boolean;
};

/** Days off of one year as announced (read from the reference list), replacing the derived days for that year. */
export type AnnouncedHolidayYear = {
  year: number;
  daysOff: readonly IsoDate[];
  /** Saturdays worked to make up a swapped day (làm bù): working days although weekly rest days. */
  makeUpWorkdays: readonly IsoDate[];
  source: string;
  /** Holidays whose dates were not announced/read that year; derived from the rules instead. */
  derivedHolidays: readonly HolidayRule['id'][];
};

export type HolidayCalendar = {
  /** 0 = Sunday … 6 = Saturday. Agencies rest on Saturday and Sunday. */
  weekendDays: readonly number[];
  rules: readonly HolidayRule[];
  announced: readonly AnnouncedHolidayYear[];
  /** Tết days before mùng 1 in derived years (the Prime Minister fixes them yearly; 2026: 1, 2025: 2). */
  tetDaysBefore: number;
  /** Which adjacent day joins 2/9 in derived years (the Prime Minister fixes it; 2024: after, 2025: before). */
  nationalDaySecond: 'before' | 'after';
  /** Apply BLLĐ Điều 111 k3 in derived years: a holiday on a weekly rest day gives the next working day off. */
  compensatoryDaysOff: boolean;
  /** Configured extra days off (compensatory days, local holidays) and working days (make-up Saturdays). */
  extraDaysOff: readonly IsoDate[];
  extraWorkdays: readonly IsoDate[];
};

const BLLD = 'Bộ luật Lao động 2019 (45/2019/QH14) Điều 112 k1';

export const vietnamHolidayRules: readonly HolidayRule[] = [
  {
    id: 'new_year',
    label: { vi: 'Tết Dương lịch', en: "New Year's Day" },
    calendar: 'solar',
    month: 1,
    day: 1,
    days: 1,
    source: `${BLLD} điểm a`,
    confidence: 'confirmed',
    enabled: true,
  },
  {
    id: 'tet',
    label: { vi: 'Tết Âm lịch', en: 'Lunar New Year (Tết)' },
    calendar: 'lunar',
    month: 1,
    day: 1,
    days: 5,
    source: `${BLLD} điểm b, k3`,
    confidence: 'confirmed',
    enabled: true,
  },
  {
    id: 'hung_kings',
    label: {
      vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      en: 'Hung Kings Commemoration (10th of the 3rd lunar month)',
    },
    calendar: 'lunar',
    month: 3,
    day: 10,
    days: 1,
    source: `${BLLD} điểm e`,
    confidence: 'confirmed',
    enabled: true,
  },
  {
    id: 'reunification',
    label: { vi: 'Ngày Chiến thắng 30/4', en: 'Reunification Day (30 April)' },
    calendar: 'solar',
    month: 4,
    day: 30,
    days: 1,
    source: `${BLLD} điểm c`,
    confidence: 'confirmed',
    enabled: true,
  },
  {
    id: 'labour',
    label: { vi: 'Ngày Quốc tế lao động 1/5', en: 'International Labour Day (1 May)' },
    calendar: 'solar',
    month: 5,
    day: 1,
    days: 1,
    source: `${BLLD} điểm d`,
    confidence: 'confirmed',
    enabled: true,
  },
  {
    id: 'national_day',
    label: { vi: 'Quốc khánh 2/9', en: 'National Day (2 September)' },
    calendar: 'solar',
    month: 9,
    day: 2,
    days: 2,
    source: `${BLLD} điểm đ, k3`,
    confidence: 'confirmed',
    enabled: true,
  },
  {
    id: 'culture_day',
    label: { vi: 'Ngày Văn hóa Việt Nam 24/11', en: 'Vietnamese Culture Day (24 November)' },
    calendar: 'solar',
    month: 11,
    day: 24,
    days: 1,
    source: 'Nghị quyết 80-NQ/TW (07/01/2026) — chủ trương, chưa có văn bản luật',
    confidence: 'unconfirmed',
    enabled: false,
  },
];

const range = (from: IsoDate, to: IsoDate): IsoDate[] => {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
};

/**
 * The announced years of data/reference-lists/public_holidays.json (days off incl. weekends inside the breaks,
 * and the make-up Saturdays). 2026 Quốc khánh was not read (TB 9441/TB-BNV): derived. 2027: not announced.
 */
export const announcedHolidayYears: readonly AnnouncedHolidayYear[] = [
  {
    year: 2024,
    daysOff: [
      '2024-01-01',
      ...range('2024-02-08', '2024-02-14'),
      '2024-04-18',
      ...range('2024-04-27', '2024-05-01'),
      ...range('2024-08-31', '2024-09-03'),
    ],
    makeUpWorkdays: ['2024-05-04'],
    source: 'Bộ LĐTBXH (Tết, Quốc khánh 2024); Thủ tướng đồng ý hoán đổi 30/4–1/5/2024; Điều 112 BLLĐ 2019',
    derivedHolidays: [],
  },
  {
    year: 2025,
    daysOff: [
      '2025-01-01',
      ...range('2025-01-25', '2025-02-02'),
      ...range('2025-04-05', '2025-04-07'),
      ...range('2025-04-30', '2025-05-04'),
      ...range('2025-08-30', '2025-09-02'),
    ],
    makeUpWorkdays: ['2025-04-26'],
    source: 'Văn bản 8726/VPCP-KGVX (26/11/2024); Thủ tướng đồng ý hoán đổi 30/4–1/5 và Quốc khánh 2025',
    derivedHolidays: [],
  },
  {
    year: 2026,
    daysOff: [
      ...range('2026-01-01', '2026-01-04'),
      ...range('2026-02-14', '2026-02-22'),
      ...range('2026-04-25', '2026-04-27'),
      ...range('2026-04-30', '2026-05-03'),
    ],
    makeUpWorkdays: ['2026-01-10'],
    source:
      'Văn bản 12729/VPCP-KGVX (25/12/2025); Thông báo 9441/TB-BNV (16/10/2025); thanhnien.vn 23/02/2026',
    derivedHolidays: ['national_day'],
  },
];

export const defaultHolidayCalendar: HolidayCalendar = {
  weekendDays: [0, 6],
  rules: vietnamHolidayRules,
  announced: announcedHolidayYears,
  tetDaysBefore: 1,
  nationalDaySecond: 'before',
  compensatoryDaysOff: true,
  extraDaysOff: [],
  extraWorkdays: [],
};

export type HolidayDay = { date: IsoDate; holiday: HolidayRule['id']; compensatory: boolean };

/** Statutory holiday dates of one rule in `year`, derived from the law (no announcement). */
function derivedDates(rule: HolidayRule, year: number, cal: HolidayCalendar): IsoDate[] {
  if (rule.calendar === 'lunar') {
    const first = lunarToSolar({ year, month: rule.month, day: rule.day, leap: false });
    if (!first) return [];
    if (rule.id === 'tet') {
      const before = Math.min(cal.tetDaysBefore, rule.days);
      return range(addDays(first, -before), addDays(first, rule.days - before - 1));
    }
    return range(first, addDays(first, rule.days - 1));
  }
  const anchor = isoDate(year, rule.month, rule.day);
  if (rule.days === 1) return [anchor];
  return cal.nationalDaySecond === 'before' || rule.id !== 'national_day'
    ? range(addDays(anchor, -(rule.days - 1)), anchor)
    : range(anchor, addDays(anchor, rule.days - 1));
}

/**
 * Holidays of `year` derived from the rules, with Điều 111 k3 compensatory days: a holiday on a weekly rest day
 * gives the next day that is neither a rest day nor already a holiday.
 */
export function derivedHolidays(year: number, cal: HolidayCalendar = defaultHolidayCalendar): HolidayDay[] {
  const out: HolidayDay[] = [];
  for (const rule of cal.rules) {
    if (!rule.enabled) continue;
    for (const date of derivedDates(rule, year, cal))
      out.push({ date, holiday: rule.id, compensatory: false });
  }
  if (cal.compensatoryDaysOff) {
    const taken = new Set(out.map((h) => h.date));
    for (const h of [...out].sort((a, b) => (a.date < b.date ? -1 : 1))) {
      if (!cal.weekendDays.includes(weekdayOf(h.date))) continue;
      let d = addDays(h.date, 1);
      while (cal.weekendDays.includes(weekdayOf(d)) || taken.has(d)) d = addDays(d, 1);
      taken.add(d);
      out.push({ date: d, holiday: h.holiday, compensatory: true });
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const cache = new WeakMap<HolidayCalendar, Map<number, { off: Set<IsoDate>; work: Set<IsoDate> }>>();

function yearSets(year: number, cal: HolidayCalendar): { off: Set<IsoDate>; work: Set<IsoDate> } {
  let byYear = cache.get(cal);
  if (!byYear) {
    byYear = new Map();
    cache.set(cal, byYear);
  }
  const hit = byYear.get(year);
  if (hit) return hit;
  const announced = cal.announced.find((a) => a.year === year);
  const off = new Set<IsoDate>();
  const work = new Set<IsoDate>();
  if (announced) {
    for (const d of announced.daysOff) off.add(d);
    for (const d of announced.makeUpWorkdays) work.add(d);
    for (const h of derivedHolidays(year, cal))
      if (announced.derivedHolidays.includes(h.holiday)) off.add(h.date);
  } else {
    for (const h of derivedHolidays(year, cal)) off.add(h.date);
  }
  const prefix = `${String(year).padStart(4, '0')}-`;
  for (const d of cal.extraDaysOff) if (d.startsWith(prefix)) off.add(d);
  for (const d of cal.extraWorkdays)
    if (d.startsWith(prefix)) {
      work.add(d);
      off.delete(d);
    }
  const sets = { off, work };
  byYear.set(year, sets);
  return sets;
}

/** A day off: a weekly rest day that is not a make-up working day, a holiday, or a (configured) day off. */
export function isDayOff(date: IsoDate, cal: HolidayCalendar = defaultHolidayCalendar): boolean {
  const { off, work } = yearSets(parseIsoDate(date).year, cal);
  if (off.has(date)) return true;
  if (work.has(date)) return false;
  return cal.weekendDays.includes(weekdayOf(date));
}

/** `date` itself when it is a working day, else the first working day after it. */
export function nextWorkingDay(date: IsoDate, cal: HolidayCalendar = defaultHolidayCalendar): IsoDate {
  let d = date;
  for (let i = 0; i < 60 && isDayOff(d, cal); i++) d = addDays(d, 1);
  return d;
}
