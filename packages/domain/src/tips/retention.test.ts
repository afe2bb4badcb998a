import { describe, expect, it } from 'vitest';
import { retentionEndsOn, retentionState, tipRetentionPolicy } from './retention.ts';
import { configureTipRules } from './rules.ts';

describe('retention of closed tips', () => {
  it('warns before the end and says expired after it, never earlier', () => {
    const policy = { years: 10, warnDays: 90 };
    expect(retentionEndsOn('2025-03-10', 10)).toBe('2035-03-10');
    expect(retentionState('2025-03-10', '2034-12-01', policy)).toBe('ok');
    expect(retentionState('2025-03-10', '2034-12-10', policy)).toBe('warn');
    expect(retentionState('2025-03-10', '2035-03-10', policy)).toBe('warn');
    expect(retentionState('2025-03-10', '2035-03-11', policy)).toBe('expired');
  });
  it('ends a 29/02 closure on 28/02 of a common year', () => {
    expect(retentionEndsOn('2024-02-29', 5)).toBe('2029-02-28');
    expect(retentionEndsOn('2024-02-29', 4)).toBe('2028-02-29');
  });
  it('takes years per closure kind from configuration', () => {
    expect(tipRetentionPolicy('decline')).toEqual({ years: 10, warnDays: 90 });
    const rules = configureTipRules({
      retentionYears: { prosecute: 30, decline: 15, transfer: 5, dismissed: 1 },
      retentionWarnDays: 30,
    });
    expect(tipRetentionPolicy('dismissed', rules)).toEqual({ years: 1, warnDays: 30 });
  });
});
