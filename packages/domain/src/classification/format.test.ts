import { describe, expect, it } from 'vitest';
import { compareRate, formatNumberEn, formatNumberVi, formatPercentVi, truncatedPercent } from './format.ts';

describe('numbers', () => {
  it('Vietnamese format: dot groups, comma decimals', () => {
    expect(formatNumberVi(2000)).toBe('2.000');
    expect(formatNumberVi(1234567.25)).toBe('1.234.567,25');
    expect(formatNumberVi(0.5)).toBe('0,5');
    expect(formatPercentVi(0.5)).toBe('0,5 %');
    expect(formatNumberEn(2000)).toBe('2,000');
    expect(formatNumberVi(-5)).toBe('-5');
  });

  it('compares rates exactly at the threshold', () => {
    expect(compareRate(50, 10_000, 0.5)).toBe(0);
    expect(compareRate(49, 10_000, 0.5)).toBe(-1);
    expect(compareRate(51, 10_000, 0.5)).toBe(1);
    expect(compareRate(7, 10_000, 0.07)).toBe(0);
    expect(compareRate(3, 1_000, 0.3)).toBe(0);
    expect(compareRate(1, 3, 33.333333)).toBe(1);
  });

  it('truncates a percent for display so it never crosses a threshold', () => {
    expect(truncatedPercent(4999, 1_000_000, 2)).toBe(0.49);
    expect(truncatedPercent(62, 10_000, 2)).toBe(0.62);
    expect(truncatedPercent(2, 3, 2)).toBe(66.66);
  });
});
