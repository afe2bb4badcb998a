import { describe, expect, it } from 'vitest';
import { addMonthsClamped, formatDateDmy, isCalendarDate, weekdayOf } from './dates.ts';
import { periodEnd } from './periods.ts';

describe('BLDS 2015 Điều 147–148 month arithmetic', () => {
  it('ends on the matching day of the last month, else on that month’s last day', () => {
    expect(periodEnd('2024-02-29', { months: 12 })).toBe('2025-02-28');
    expect(periodEnd('2024-02-29', { years: 1 })).toBe('2025-02-28');
    expect(periodEnd('2024-02-29', { years: 4 })).toBe('2028-02-29');
    expect(periodEnd('2024-01-31', { months: 1 })).toBe('2024-02-29'); // leap year
    expect(periodEnd('2025-01-31', { months: 1 })).toBe('2025-02-28'); // non-leap year
    expect(periodEnd('2025-03-31', { months: 1 })).toBe('2025-04-30');
    expect(periodEnd('2025-08-31', { months: 6 })).toBe('2026-02-28');
    expect(periodEnd('2025-03-15', { months: 12 })).toBe('2026-03-15');
    expect(periodEnd('2025-11-30', { months: 3 })).toBe('2026-02-28');
  });

  it('does not count the first day of a period in days (20 days from 01/03 end on 21/03)', () => {
    expect(periodEnd('2025-03-01', { days: 20 })).toBe('2025-03-21');
    expect(periodEnd('2024-12-25', { days: 10 })).toBe('2025-01-04');
  });

  it('moves an end on a day off to the next working day only when asked (Điều 148 k5)', () => {
    // 14/02/2026 + 12 months = 14/02/2027, a Sunday → Monday 15/02/2027.
    expect(periodEnd('2026-02-14', { months: 12 })).toBe('2027-02-14');
    expect(periodEnd('2026-02-14', { months: 12 }, { dayOffRule: true })).toBe('2027-02-15');
    // 17/01/2026 + 1 month = 17/02/2026, mùng 1 Tết Bính Ngọ: the break runs to Sunday 22/02 → Monday 23/02.
    expect(periodEnd('2026-01-17', { months: 1 }, { dayOffRule: true })).toBe('2026-02-23');
  });

  it('adds negative months the same way', () => {
    expect(addMonthsClamped('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonthsClamped('2025-01-15', -13)).toBe('2023-12-15');
  });

  it('validates and formats dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-13-01')).toBe(false);
    expect(isCalendarDate('25-01-01')).toBe(false);
    expect(formatDateDmy('2026-07-01')).toBe('01/07/2026');
    expect(weekdayOf('2026-07-01')).toBe(3);
    expect(weekdayOf('1970-01-01')).toBe(4);
  });
});
