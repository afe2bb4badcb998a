import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getisOrdGiStar, giBin, giStarFromRows, isHot } from './getis-ord.ts';
import { type Grid, gridCells, gridOver } from './grid.ts';
import { contiguityWeights, distanceBandWeights, gridWeights, type SpatialWeights } from './weights.ts';

/**
 * The 3 × 3 grid used below, cells named by position (any orientation: the weights are symmetric):
 *
 *     a b c        0 0 0
 *     d e f   =    0 3 3
 *     g h i        0 3 3
 *
 * n = 9, Σx = 12, X̄ = 4/3, Σx² = 36, S² = 36/9 − (4/3)² = 4 − 16/9 = 20/9, S = 2√5/3 ≈ 1.4907.
 * Binary weights with the unit itself: W = Σⱼ wᵢⱼ = 1 + neighbours, Σⱼ wᵢⱼ² = W, so
 *   Gi* = (Σ x over i and its neighbours − X̄·W) / (S·√[(9W − W²)/8]).
 *
 * Rook (edges):
 *   i: {i, f, h}, W = 3, sum 9:        (9 − 4) / (S·√(18/8) = S·3/2 = √5)         = 5/√5      = √5    ≈  2.23607
 *   a: {a, b, d}, W = 3, sum 0:        (0 − 4) / √5                                = −4/√5            ≈ −1.78885
 *   e: {e, b, d, f, h}, W = 5, sum 9:  (9 − 20/3) / (S·√(20/8)) = (7/3)/(2√5/3·√(5/2)) = 7√2/10      ≈  0.98995
 *   b: {b, a, c, e}, W = 4, sum 3:     (3 − 16/3) / (S·√(20/8))  = −7√2/10                              ≈ −0.98995
 *   f: {f, c, e, i}, W = 4, sum 9:     (9 − 16/3) / (S·√(20/8))  = 11√2/10                              ≈  1.55563
 * Queen (edges and corners):
 *   i: {i, e, f, h}, W = 4, sum 12:    (12 − 16/3) / (S·√(20/8) = 5√2/3) = (20/3)/(5√2/3) = 2√2         ≈  2.82843
 *   a: {a, b, d, e}, W = 4, sum 3:     (3 − 16/3) / (5√2/3)      = −7/(5√2)                             ≈ −0.98995
 *   b: {b, a, c, d, e, f}, W = 6, sum 6: (6 − 8) / (S·√(18/8) = √5) = −2/√5                             ≈ −0.89443
 *   e: all nine, W = 9 = n: 9W − W² = 0, the statistic is the global mean itself → null ('neighbours_all_units').
 */
const values = { a: 0, b: 0, c: 0, d: 0, e: 3, f: 3, g: 0, h: 3, i: 3 };
const names = Object.keys(values) as (keyof typeof values)[];
const positions = Object.fromEntries(names.map((k, idx) => [k, { row: Math.floor(idx / 3), col: idx % 3 }]));

/** A 3 × 3 grid of 1 km cells whose cell (row, col) is named as in the picture. */
const grid: Grid = gridOver({ minLat: 0, minLng: 0, maxLat: 0.0269, maxLng: 0.0269 }, 1000);
const cells = gridCells(grid); // index = row · 3 + col
const byName = (k: keyof typeof values) => positions[k]!.row * 3 + positions[k]!.col;
const x = cells.map((c) => values[names[c.row * 3 + c.col]!]);

const z = (w: SpatialWeights, k: keyof typeof values) => getisOrdGiStar(x, w)[byName(k)]!;

describe('Getis–Ord Gi* on a hand-computed 3 × 3 grid', () => {
  it('is a 3 × 3 grid', () => {
    expect([grid.rows, grid.cols]).toEqual([3, 3]);
  });

  const rook = gridWeights(
    grid,
    'rook',
    cells.map((c) => c.id),
  );
  const queen = gridWeights(
    grid,
    'queen',
    cells.map((c) => c.id),
  );

  it('matches the rook values written above', () => {
    expect(z(rook, 'i').z).toBeCloseTo(Math.sqrt(5), 12);
    expect(z(rook, 'a').z).toBeCloseTo(-4 / Math.sqrt(5), 12);
    expect(z(rook, 'e').z).toBeCloseTo((7 * Math.SQRT2) / 10, 12);
    expect(z(rook, 'b').z).toBeCloseTo((-7 * Math.SQRT2) / 10, 12);
    expect(z(rook, 'f').z).toBeCloseTo((11 * Math.SQRT2) / 10, 12);
    expect(z(rook, 'i')).toMatchObject({ neighbourCount: 2, localSum: 9 });
    // Two-sided p of √5 = 2.23607: 0.025347 (tables: Φ(2.236) = 0.98733).
    expect(z(rook, 'i').p).toBeCloseTo(0.0253473187, 8);
  });

  it('matches the queen values written above, and refuses a neighbourhood of every unit', () => {
    expect(z(queen, 'i').z).toBeCloseTo(2 * Math.SQRT2, 12);
    expect(z(queen, 'a').z).toBeCloseTo(-7 / (5 * Math.SQRT2), 12);
    expect(z(queen, 'b').z).toBeCloseTo(-2 / Math.sqrt(5), 12);
    expect(z(queen, 'e')).toMatchObject({
      z: null,
      p: null,
      reason: 'neighbours_all_units',
      neighbourCount: 8,
    });
  });

  it('finds the same neighbours from the cell polygons as from rows and columns', () => {
    const units = cells.map((c) => ({ id: c.id, geometry: c.polygon }));
    expect(contiguityWeights(units, { rule: 'rook', toleranceMetres: 1 })).toEqual(rook);
    expect(contiguityWeights(units, { rule: 'queen', toleranceMetres: 1 })).toEqual(queen);
  });

  it('bins z like ArcGIS Gi_Bin and calls hot only above zero', () => {
    expect(giBin(z(queen, 'i'))).toBe(3); // 2.83: p = 0.0047
    expect(giBin(z(rook, 'i'))).toBe(2); // 2.24: p = 0.025
    expect(giBin(z(rook, 'a'))).toBe(-1); // −1.79: p = 0.074
    expect(giBin(z(rook, 'e'))).toBe(0);
    expect(giBin(z(queen, 'e'))).toBe(0);
    expect(isHot(z(rook, 'i'), 0.95)).toBe(true);
    expect(isHot(z(rook, 'i'), 0.99)).toBe(false);
    expect(isHot(z(rook, 'a'), 0.9)).toBe(false); // significant, but cold
  });
});

describe('Gi* against PySAL esda', () => {
  // esda/tests/test_getisord.py and the G_Local docstring (esda 2.x, getisord.py): six points, DistanceBand
  // threshold 15, y = [2, 3, 3.2, 5, 8, 7]; G_Local(y, w, transform='B', star=True).Zs prints
  // [-1.39727626, -0.28917762, 0.65064964, -0.28917762, 1.23452088, 2.02424331].
  const points = [
    [10, 10],
    [20, 10],
    [40, 10],
    [15, 20],
    [30, 20],
    [30, 30],
  ].map(([px, py], i) => ({ id: String(i), x: px!, y: py! }));
  const y = [2, 3, 3.2, 5, 8, 7];

  it('reproduces esda Zs for binary weights with self (star=True, transform="B")', () => {
    const w = distanceBandWeights(points, 15);
    const zs = getisOrdGiStar(y, w).map((r) => r.z);
    const esda = [-1.39727626, -0.28917762, 0.65064964, -0.28917762, 1.23452088, 2.02424331];
    zs.forEach((v, i) => {
      expect(v).toBeCloseTo(esda[i]!, 7);
    });
    // The pair (15,20)–(30,20) is exactly 15 apart: libpysal counts it, so must we.
    expect(w.neighbours[3]).toContain(4);
  });
});

describe('Gi* edge cases', () => {
  const line = (n: number): SpatialWeights => ({
    ids: Array.from({ length: n }, (_, i) => `u${i}`),
    neighbours: Array.from({ length: n }, (_, i) => [i - 1, i + 1].filter((j) => j >= 0 && j < n)),
  });

  it('gives no z with fewer than 3 units', () => {
    expect(getisOrdGiStar([1, 5], line(2)).map((r) => r.reason)).toEqual(['too_few_units', 'too_few_units']);
    expect(getisOrdGiStar([], line(0))).toEqual([]);
  });

  it('gives no z when every value is the same', () => {
    expect(
      getisOrdGiStar([2, 2, 2, 2], line(4)).every((r) => r.z === null && r.reason === 'zero_variance'),
    ).toBe(true);
  });

  it('gives no z to an isolated unit, and still scores the others', () => {
    const w: SpatialWeights = { ids: ['a', 'b', 'c', 'd'], neighbours: [[1], [0, 2], [1], []] };
    const r = getisOrdGiStar([1, 2, 3, 10], w);
    expect(r[3]).toMatchObject({ z: null, reason: 'no_neighbours', neighbourCount: 0 });
    expect(r[0]!.z).not.toBeNull();
  });

  it('refuses mismatched lengths and non-finite values', () => {
    expect(() => getisOrdGiStar([1, 2], line(3))).toThrow(RangeError);
    expect(() => getisOrdGiStar([1, Number.NaN, 3], line(3))).toThrow(RangeError);
  });
});

describe('Gi* properties', () => {
  const arbCase = fc.integer({ min: 3, max: 12 }).chain((n) =>
    fc.record({
      values: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: n, maxLength: n }),
      // Random symmetric neighbour pairs.
      pairs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 3 * n }),
      scales: fc.array(fc.double({ min: 0.1, max: 10, noNaN: true }), { minLength: n, maxLength: n }),
    }),
  );
  const weightsOf = (n: number, pairs: [number, number][]): SpatialWeights => {
    const sets = Array.from({ length: n }, () => new Set<number>());
    for (const [a, b] of pairs)
      if (a !== b) {
        sets[a]!.add(b);
        sets[b]!.add(a);
      }
    return { ids: sets.map((_, i) => `u${i}`), neighbours: sets.map((s) => [...s].sort((p, q) => p - q)) };
  };

  it('does not change when a row of weights is scaled (so row standardisation = binary)', () => {
    fc.assert(
      fc.property(arbCase, ({ values: v, pairs, scales }) => {
        const w = weightsOf(v.length, pairs);
        const binary = getisOrdGiStar(v, w);
        const scaled = giStarFromRows(
          w.ids,
          v,
          w.neighbours.map((nb, i) => [[i, scales[i]!] as const, ...nb.map((j) => [j, scales[i]!] as const)]),
        );
        binary.forEach((r, i) => {
          if (r.z === null) expect(scaled[i]!.z).toBeNull();
          else expect(scaled[i]!.z).toBeCloseTo(r.z, 9);
        });
      }),
    );
  });

  it('is unchanged by adding a constant or multiplying by a positive one, and flips sign with the values', () => {
    fc.assert(
      fc.property(arbCase, ({ values: v, pairs }) => {
        const w = weightsOf(v.length, pairs);
        const base = getisOrdGiStar(v, w);
        const shifted = getisOrdGiStar(
          v.map((a) => 3 * a + 7),
          w,
        );
        const negated = getisOrdGiStar(
          v.map((a) => -a),
          w,
        );
        base.forEach((r, i) => {
          expect(shifted[i]!.reason).toBe(r.reason);
          if (r.z === null) return;
          expect(shifted[i]!.z).toBeCloseTo(r.z, 9);
          expect(negated[i]!.z).toBeCloseTo(-r.z, 9);
          expect(r.p).toBeGreaterThan(0);
          expect(r.p).toBeLessThanOrEqual(1);
        });
      }),
    );
  });
});
