import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates.ts';
import {
  announcedHolidayYears,
  defaultHolidayCalendar,
  derivedHolidays,
  isDayOff,
  nextWorkingDay,
} from './holidays.ts';

type Ref = {
  years: Record<
    string,
    { periods: { holiday: string; status: string; daysOff?: string[]; swap?: { makeUpWorkday: string } }[] }
  >;
};
const ref = JSON.parse(
  readFileSync(new URL('../../../../data/reference-lists/public_holidays.json', import.meta.url), 'utf8'),
) as Ref;

describe('holiday calendar', () => {
  it('embeds exactly the announced days off and make-up days of the reference list', () => {
    for (const y of announcedHolidayYears) {
      const periods = ref.years[String(y.year)]!.periods;
      // Weekend days of the previous year listed with a break (30–31/12/2023) belong to that year.
      const days = periods
        .flatMap((p) => p.daysOff ?? [])
        .filter((d) => d.startsWith(`${y.year}-`))
        .sort();
      expect([...y.daysOff].sort()).toEqual(days);
      expect([...y.makeUpWorkdays].sort()).toEqual(
        periods.flatMap((p) => (p.swap ? [p.swap.makeUpWorkday] : [])).sort(),
      );
    }
  });

  it('knows days off and working days of announced years', () => {
    expect(isDayOff('2026-02-20')).toBe(true); // Tết Bính Ngọ
    expect(isDayOff('2026-02-23')).toBe(false);
    expect(isDayOff('2026-01-10')).toBe(false); // Saturday worked to make up 02/01/2026
    expect(isDayOff('2026-01-02')).toBe(true);
    expect(isDayOff('2025-04-26')).toBe(false); // make-up Saturday
    expect(isDayOff('2026-04-27')).toBe(true); // compensatory day for Giỗ Tổ on Sunday
    expect(isDayOff('2026-06-30')).toBe(false);
    expect(isDayOff('2026-07-04')).toBe(true); // Saturday
  });

  it('derives 2027 from the law: Tết around mùng 1 (06/02), Giỗ Tổ 16/4, compensatory days after weekend holidays', () => {
    const days = derivedHolidays(2027).map((h) => `${h.date}${h.compensatory ? '*' : ''}`);
    expect(days).toContain('2027-01-01');
    expect(days).toContain('2027-02-05');
    expect(days).toContain('2027-02-09');
    expect(days).toContain('2027-04-16');
    expect(days).toContain('2027-05-03*'); // 01/5/2027 is a Saturday (Điều 111 k3)
    expect(days).toContain('2027-09-02');
    expect(days.filter((d) => d.startsWith('2027-02')).length).toBe(7);
  });

  it('takes Quốc khánh 2026 from the rules (announcement not read) and leaves 24/11 off until enacted', () => {
    expect(isDayOff('2026-09-02')).toBe(true);
    expect(isDayOff('2026-09-01')).toBe(true);
    expect(isDayOff('2026-11-24')).toBe(false);
  });

  it('applies configured extra days off and working days', () => {
    const cal = { ...defaultHolidayCalendar, extraDaysOff: ['2027-09-03'], extraWorkdays: ['2027-09-01'] };
    expect(isDayOff('2027-09-03', cal)).toBe(true);
    expect(isDayOff('2027-09-01', cal)).toBe(false);
    expect(nextWorkingDay('2027-09-02', cal)).toBe('2027-09-06');
  });

  it('finds the next working day across a Tết break', () => {
    expect(nextWorkingDay('2025-01-25')).toBe('2025-02-03');
    expect(nextWorkingDay('2025-02-03')).toBe('2025-02-03');
    expect(addDays('2025-02-03', 1)).toBe('2025-02-04');
  });
});
