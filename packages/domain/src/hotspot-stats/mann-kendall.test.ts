import { describe, expect, it } from 'vitest';
import { mannKendall } from './mann-kendall.ts';

describe('Mann–Kendall trend test', () => {
  it('scores a strictly rising series of 4 by hand', () => {
    // S = 6 (all six pairs rise); Var = 4·3·13/18 = 26/3; z = (6 − 1)/√(26/3) = 1.69842; p = 0.0894.
    const r = mannKendall([1, 2, 3, 4]);
    expect(r.s).toBe(6);
    expect(r.variance).toBeCloseTo(26 / 3, 12);
    expect(r.z).toBeCloseTo(5 / Math.sqrt(26 / 3), 12);
    expect(r.p).toBeCloseTo(0.08943, 4);
    expect(r.direction).toBe('up');
    expect(mannKendall([1, 2, 3, 4], 0.95).direction).toBe('none');
  });

  it('corrects the variance for ties', () => {
    // [1, 1, 2, 3]: S = 5 (the tied pair scores 0); one tie group t = 2: Var = (156 − 2·1·9)/18 = 23/3.
    const r = mannKendall([1, 1, 2, 3]);
    expect(r.s).toBe(5);
    expect(r.variance).toBeCloseTo(23 / 3, 12);
    expect(r.z).toBeCloseTo(4 / Math.sqrt(23 / 3), 12);
  });

  it('sees a falling trend, no trend in noise, and nothing in short or flat series', () => {
    expect(mannKendall([5, 4, 3, 2, 1]).direction).toBe('down');
    expect(mannKendall([1, 3, 2, 3, 1, 2]).direction).toBe('none');
    expect(mannKendall([1, 2])).toMatchObject({ s: 0, p: 1, direction: 'none' });
    expect(mannKendall([2, 2, 2, 2])).toMatchObject({ s: 0, z: 0, direction: 'none' });
    expect(mannKendall([1, Number.NaN, 2, 3, 4]).n).toBe(4);
  });
});
