import { describe, expect, it } from 'vitest';
import { lunarNewYear, lunarToSolar, solarToLunar } from './lunar.ts';

describe('Vietnamese lunar calendar (UTC+7)', () => {
  it('finds Tết, including the years Vietnam differs from China', () => {
    const tet: Record<number, string> = {
      1985: '1985-01-21',
      2007: '2007-02-17',
      2024: '2024-02-10',
      2025: '2025-01-29',
      2026: '2026-02-17',
      2027: '2027-02-06',
      2030: '2030-02-02',
    };
    for (const [year, date] of Object.entries(tet)) expect(lunarNewYear(Number(year))).toBe(date);
  });

  it('finds Giỗ Tổ Hùng Vương (10/3 âm lịch) as the reference list computed it', () => {
    const hung: Record<number, string> = {
      2024: '2024-04-18',
      2025: '2025-04-07',
      2026: '2026-04-26',
      2027: '2027-04-16',
    };
    for (const [year, date] of Object.entries(hung))
      expect(lunarToSolar({ year: Number(year), month: 3, day: 10, leap: false })).toBe(date);
  });

  it('places leap months (2020 tháng 4 nhuận, 2023 tháng 2 nhuận, 2025 tháng 6 nhuận)', () => {
    expect(solarToLunar('2020-05-23')).toEqual({ year: 2020, month: 4, day: 1, leap: true });
    expect(solarToLunar('2023-03-22')).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(solarToLunar('2023-03-21')).toEqual({ year: 2023, month: 2, day: 30, leap: false });
    expect(solarToLunar('2025-07-25')).toEqual({ year: 2025, month: 6, day: 1, leap: true });
    expect(lunarToSolar({ year: 2023, month: 2, day: 1, leap: true })).toBe('2023-03-22');
    expect(lunarToSolar({ year: 2024, month: 2, day: 1, leap: true })).toBeNull();
  });

  it('round-trips every day of 2020–2030', () => {
    for (let t = Date.UTC(2020, 0, 1); t <= Date.UTC(2030, 11, 31); t += 86_400_000) {
      const d = new Date(t).toISOString().slice(0, 10);
      expect(lunarToSolar(solarToLunar(d))).toBe(d);
    }
  });

  it('refuses day 30 of a 29-day month', () => {
    // Tháng Chạp Ất Tỵ has 29 days: 16/02/2026 is its last day (29 tháng Chạp).
    expect(solarToLunar('2026-02-16')).toEqual({ year: 2025, month: 12, day: 29, leap: false });
    expect(lunarToSolar({ year: 2025, month: 12, day: 30, leap: false })).toBeNull();
  });
});
