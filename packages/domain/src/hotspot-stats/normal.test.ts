import { describe, expect, it } from 'vitest';
import { criticalZ, erfc, normalCdf, twoSidedP } from './normal.ts';

// Reference values: standard tables / R (pnorm, qnorm) to the digits shown.
describe('normal tail probabilities', () => {
  it('matches known values across the range', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 14);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145707, 14);
    expect(twoSidedP(3)).toBeCloseTo(0.0026997960632601866, 15);
    expect(erfc(5) / 1.5374597944280349e-12).toBeCloseTo(1, 10);
    expect(twoSidedP(8) / 1.244192114854357e-15).toBeCloseTo(1, 8);
    expect(twoSidedP(-2)).toBe(twoSidedP(2));
  });

  it('gives the usual critical values of two-sided tests', () => {
    expect(criticalZ(0.9)).toBeCloseTo(1.6448536269514722, 10);
    expect(criticalZ(0.95)).toBeCloseTo(1.959963984540054, 10);
    expect(criticalZ(0.99)).toBeCloseTo(2.5758293035489004, 10);
    expect(() => criticalZ(1)).toThrow(RangeError);
  });

  it('is continuous where the two methods meet (x = 3)', () => {
    expect(erfc(2.999999999) / erfc(3.000000001)).toBeCloseTo(1, 7);
  });
});
