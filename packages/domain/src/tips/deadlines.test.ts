import { describe, expect, it } from 'vitest';
import { defaultHolidayCalendar } from '../calendar/holidays.ts';
import { TipDeadlineError } from './deadline-problems.ts';
import { type TipExtension, tipDeadlineProblems, tipDeadlineState, tipDeadlines } from './deadlines.ts';
import { configureTipRules } from './rules.ts';

const ext = (kind: TipExtension['kind'], months: number, decidedOn: string): TipExtension => ({
  kind,
  months,
  decidedOn,
});

describe('20-day handling period (BLTTHS Điều 147 k1, counted by Điều 134)', () => {
  it('moves an end inside Tết past the whole break', () => {
    // 10/01/2025 + 20 = 30/01/2025, mùng 2 Tết Ất Tỵ; the break runs 25/01–02/02 → Monday 03/02.
    const d = tipDeadlines({ receivedOn: '2025-01-10', extensions: [] });
    expect(d.baseDue).toBe('2025-02-03');
    expect(d.due).toBe('2025-02-03');
    expect(d.steps[0]).toMatchObject({ kind: 'base', nominalDue: '2025-01-30', movedForDayOff: true });
    // 30/01/2026 + 20 = 19/02/2026, mùng 3 Tết Bính Ngọ; the break runs 14/02–22/02 → Monday 23/02.
    expect(tipDeadlines({ receivedOn: '2026-01-30', extensions: [] }).due).toBe('2026-02-23');
  });
  it('counts the Tết days inside the period (only the last day moves)', () => {
    // 20/01/2025 + 20 = 09/02/2025, a Sunday after Tết → Monday 10/02.
    expect(tipDeadlines({ receivedOn: '2025-01-20', extensions: [] }).due).toBe('2025-02-10');
  });
  it('moves a Saturday end to Monday', () => {
    // 02/03/2025 + 20 = Saturday 22/03/2025 → Monday 24/03.
    const d = tipDeadlines({ receivedOn: '2025-03-02', extensions: [] });
    expect(d.steps[0]!.nominalDue).toBe('2025-03-22');
    expect(d.due).toBe('2025-03-24');
  });
  it('applies the configured counting choices (day of receipt counted; no day-off move for days)', () => {
    const noMove = configureTipRules({ dayOffRuleForDays: false });
    expect(tipDeadlines({ receivedOn: '2025-03-02', extensions: [], rules: noMove }).due).toBe('2025-03-22');
    const counted = configureTipRules({ countReceiptDay: true });
    expect(tipDeadlines({ receivedOn: '2025-03-02', extensions: [], rules: counted }).due).toBe('2025-03-21');
  });
  it('uses the configured calendar (a provincial extra day off)', () => {
    const calendar = { ...defaultHolidayCalendar, extraDaysOff: ['2025-03-21'] };
    // 01/03/2025 + 20 = Friday 21/03, a configured day off → Monday 24/03.
    expect(tipDeadlines({ receivedOn: '2025-03-01', extensions: [], calendar }).due).toBe('2025-03-24');
  });
});

describe('extensions (Điều 147 k2) with month ends on the 31st, 28th and 29th', () => {
  it('ends on the matching day, else the last day of the month', () => {
    // 31/05/2025 + 2 months from receipt = 31/07; the procuracy's 2 months from 31/07 → 30/09 (no 31/09).
    const a = tipDeadlines({
      receivedOn: '2025-05-31',
      extensions: [ext('extension', 2, '2025-06-10'), ext('prosecutor_extension', 2, '2025-07-25')],
    });
    expect(a.baseDue).toBe('2025-06-20');
    expect(a.steps.map((s) => s.due)).toEqual(['2025-06-20', '2025-07-31', '2025-09-30']);
    // 31/12/2024 + 2 months = 28/02/2025 (common year).
    expect(
      tipDeadlines({ receivedOn: '2024-12-31', extensions: [ext('extension', 2, '2025-01-10')] }).due,
    ).toBe('2025-02-28');
  });
  it('reaches 29/02 in a leap year, then moves a Saturday end past 30/4–1/5 and its compensatory day', () => {
    const d = tipDeadlines({
      receivedOn: '2027-12-31',
      extensions: [ext('extension', 2, '2028-01-10'), ext('prosecutor_extension', 2, '2028-02-20')],
    });
    expect(d.steps[1]!.due).toBe('2028-02-29');
    // 29/04/2028 is a Saturday, 30/04 a Sunday (compensatory day 02/05), 01/05 a holiday → Wednesday 03/05.
    expect(d.steps[2]).toMatchObject({ nominalDue: '2028-04-29', due: '2028-05-03', movedForDayOff: true });
  });
  it('clamps 30/11/2025 + 3 months to 28/02/2026, a Saturday → Monday 02/03', () => {
    const d = tipDeadlines({
      receivedOn: '2025-11-30',
      extensions: [
        ext('extension', 1, '2025-12-10'),
        ext('extension', 1, '2025-12-20'),
        ext('prosecutor_extension', 1, '2026-01-20'),
      ],
    });
    expect(d.steps.map((s) => s.nominalDue)).toEqual([
      '2025-12-20',
      '2025-12-30',
      '2026-01-30',
      '2026-02-28',
    ]);
    expect(d.due).toBe('2026-03-02');
    expect(d.extensionMonthsUsed).toBe(2);
  });
  it('counts 31/01 + 2 months to 31/03, a Sunday → Monday 01/04/2024', () => {
    const d = tipDeadlines({
      receivedOn: '2023-12-31',
      extensions: [ext('extension', 1, '2024-01-10'), ext('prosecutor_extension', 2, '2024-01-25')],
    });
    expect(d.steps[1]!.due).toBe('2024-01-31');
    expect(d.steps[2]).toMatchObject({ nominalDue: '2024-03-31', due: '2024-04-01' });
  });
  it('counts from the previous end when configured so (open question 11)', () => {
    const rules = configureTipRules({ extensionBase: 'previous_due' });
    // 31/12/2024 → 20/01/2025; + 2 months from 20/01 = 20/03/2025.
    const d = tipDeadlines({
      receivedOn: '2024-12-31',
      extensions: [ext('extension', 2, '2025-01-10')],
      rules,
    });
    expect(d.due).toBe('2025-03-20');
  });
});

describe('refused extensions (typed problems)', () => {
  it('refuses a second procuracy extension', () => {
    const input = {
      receivedOn: '2025-05-31',
      extensions: [
        ext('extension', 2, '2025-06-10'),
        ext('prosecutor_extension', 1, '2025-07-25'),
        ext('prosecutor_extension', 1, '2025-08-25'),
      ],
    };
    expect(tipDeadlineProblems(input)).toEqual([
      expect.objectContaining({ code: 'prosecutor_extension_repeated', path: 'extensions.2.kind' }),
    ]);
    expect(() => tipDeadlines(input)).toThrow(TipDeadlineError);
    try {
      tipDeadlines(input);
    } catch (e) {
      expect((e as TipDeadlineError).problems[0]!.message.vi).toContain('một lần');
    }
  });
  it('refuses extensions that are too long, after the end, or out of order', () => {
    const codes = (extensions: TipExtension[]) =>
      tipDeadlineProblems({ receivedOn: '2025-05-31', extensions }).map((p) => [p.code, p.path, p.limit]);
    expect(codes([ext('extension', 3, '2025-06-10')])).toEqual([
      ['extension_too_long', 'extensions.0.months', 2],
    ]);
    expect(codes([ext('extension', 1, '2025-06-10'), ext('extension', 2, '2025-06-15')])).toEqual([
      ['extension_too_long', 'extensions.1.months', 2],
    ]);
    expect(codes([ext('prosecutor_extension', 3, '2025-06-10')])).toEqual([
      ['prosecutor_extension_too_long', 'extensions.0.months', 2],
    ]);
    // The 20 days ended on 20/06/2025: an extension decided on 21/06 comes too late; on 20/06 it is in time.
    expect(codes([ext('extension', 2, '2025-06-21')])).toEqual([
      ['extension_after_due', 'extensions.0.decidedOn', '2025-06-20'],
    ]);
    expect(codes([ext('extension', 2, '2025-06-20')])).toEqual([]);
    expect(codes([ext('prosecutor_extension', 1, '2025-06-10'), ext('extension', 1, '2025-07-01')])).toEqual([
      ['extension_after_prosecutor_extension', 'extensions.1.kind', undefined],
    ]);
    expect(codes([ext('extension', 0, '2025-06-10')])[0]![0]).toBe('invalid_months');
    expect(codes([ext('extension', 1.5, '2025-06-10')])[0]![0]).toBe('invalid_months');
    expect(codes([ext('extension', 1, '2025-05-30')])[0]![0]).toBe('before_receipt');
    expect(codes([ext('extension', 1, '2025-02-30')])[0]![0]).toBe('invalid_date');
  });
  it('gives Vietnamese and English messages naming the limit', () => {
    const [p] = tipDeadlineProblems({
      receivedOn: '2025-05-31',
      extensions: [ext('extension', 2, '2025-06-21')],
    });
    expect(p!.message.vi).toContain('20/06/2025');
    expect(p!.message.en).toContain('20/06/2025');
  });
});

describe('suspension and resumption (Điều 148–149)', () => {
  it('stops the clock while suspended and gives 1 month from the resumption', () => {
    const suspended = tipDeadlines({
      receivedOn: '2025-03-03',
      extensions: [],
      suspendedPeriods: [{ suspendedOn: '2025-03-24' }],
    });
    expect(suspended).toMatchObject({ suspended: true, resumed: false, due: '2025-03-24' });
    // Resumed 15/05/2025 → 15/06/2025, a Sunday → Monday 16/06.
    const resumed = tipDeadlines({
      receivedOn: '2025-03-03',
      extensions: [],
      suspendedPeriods: [{ suspendedOn: '2025-03-24', resumedOn: '2025-05-15' }],
    });
    expect(resumed).toMatchObject({ suspended: false, resumed: true, due: '2025-06-16' });
    expect(resumed.steps.map((s) => s.kind)).toEqual(['base', 'suspension', 'resumption']);
  });
  it('restarts a fresh month at each resumption, also after an extension', () => {
    const d = tipDeadlines({
      receivedOn: '2025-03-03',
      extensions: [ext('extension', 2, '2025-03-20')],
      suspendedPeriods: [
        { suspendedOn: '2025-05-03', resumedOn: '2025-07-01' },
        { suspendedOn: '2025-07-30', resumedOn: '2025-12-31', resumedBy: 'procuracy_cancellation' },
      ],
    });
    expect(d.steps.map((s) => s.due)).toEqual([
      '2025-03-24',
      '2025-05-05',
      null,
      '2025-08-01',
      null,
      '2026-02-02',
    ]);
  });
  it('refuses extensions while suspended or after resumption, and overlapping suspensions', () => {
    const problems = tipDeadlineProblems({
      receivedOn: '2025-03-03',
      extensions: [ext('extension', 1, '2025-04-01'), ext('extension', 1, '2025-05-18')],
      suspendedPeriods: [
        { suspendedOn: '2025-03-24', resumedOn: '2025-05-15' },
        { suspendedOn: '2025-05-20', resumedOn: '2025-05-19' },
      ],
    });
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['extension_while_suspended', 'extensions.0.decidedOn'],
      ['extension_after_resumption', 'extensions.1.decidedOn'],
      ['resumption_before_suspension', 'suspendedPeriods.1.resumedOn'],
    ]);
    const overlap = tipDeadlineProblems({
      receivedOn: '2025-03-03',
      extensions: [],
      suspendedPeriods: [
        { suspendedOn: '2025-03-20' },
        { suspendedOn: '2025-03-22', resumedOn: '2025-04-01' },
      ],
    });
    expect(overlap.map((p) => p.code)).toEqual(['suspension_overlap']);
  });
});

describe('deadline colours', () => {
  it('is ok, due soon (the due day included) or overdue from the next day', () => {
    expect(tipDeadlineState('2025-03-24', '2025-03-10', 3)).toBe('ok');
    expect(tipDeadlineState('2025-03-24', '2025-03-21', 3)).toBe('due_soon');
    expect(tipDeadlineState('2025-03-24', '2025-03-24', 3)).toBe('due_soon');
    expect(tipDeadlineState('2025-03-24', '2025-03-25', 3)).toBe('overdue');
    expect(tipDeadlineState('2025-03-24', '2025-03-20')).toBe('ok');
  });
});
