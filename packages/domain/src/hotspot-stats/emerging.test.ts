import { describe, expect, it } from 'vitest';
import { classifyHotspotTrend, defaultEmergingConfig, emergingHotspots } from './emerging.ts';
import { gridCells, gridOver } from './grid.ts';
import { twoSidedP } from './normal.ts';
import { gridWeights } from './weights.ts';

/** A Gi* series from z-scores alone (p from the normal approximation); null = no z that period. */
const series = (zs: (number | null)[]) => zs.map((z) => ({ z, p: z === null ? null : twoSidedP(z) }));
const category = (zs: (number | null)[], config = defaultEmergingConfig) =>
  classifyHotspotTrend(series(zs), config).category;

// With the defaults a period is hot when z ≥ 1.645 (90 %, two-sided), and a trend needs Mann–Kendall p ≤ 0.10.
describe('emerging / persistent / cooling classification', () => {
  it('needs a minimum number of periods with a z-score', () => {
    expect(category([3, 3, 3])).toBe('insufficient_data');
    expect(category([3, null, 3, null, 3])).toBe('insufficient_data'); // nulls are not periods
    expect(category([3, 3, 3], { ...defaultEmergingConfig, minPeriods: 3 })).toBe('persistent');
  });

  it('not significant: never hot (a cold spot is not a hot one)', () => {
    expect(category([0.5, -1, 0.2, 1.0, 0.3])).toBe('not_significant');
    expect(category([-3, -3, -3, -3])).toBe('not_significant');
  });

  it('new: hot in the last period only', () => {
    expect(category([0, 0.5, 0.2, 0.1, 2.5])).toBe('new');
  });

  it('emerging: a final run of hot periods with nothing before it', () => {
    // hot F F F T T; Mann–Kendall S = 4, z = 0.73: no trend. One run at the end → emerging.
    expect(category([1.0, 0.2, 0.5, 2.0, 1.8])).toBe('emerging');
  });

  it('emerging: hot last and z rising significantly, even with gaps', () => {
    // hot F F F T F T T; S = 19, Var = 7·6·19/18 = 44.33, z = 18/6.66 = 2.70: rising.
    const r = classifyHotspotTrend(series([-1, 0, 0.5, 1.8, 1.0, 2.5, 3.0]));
    expect(r.trend).toMatchObject({ s: 19, direction: 'up' });
    expect(r.category).toBe('emerging');
  });

  it('intensifying: hot in ≥ 90 % of periods and still rising', () => {
    expect(category([2, 2.1, 2.3, 2.5, 2.6, 2.9, 3.1, 3.3, 3.6, 4])).toBe('intensifying');
  });

  it('persistent: hot in ≥ 90 % of periods including the last, with no trend', () => {
    const r = classifyHotspotTrend(series([2.5, 2.0, 2.8, 2.2, 2.6, 2.1, 2.7, 2.3, 2.4, 2.5]));
    expect(r.trend.direction).toBe('none');
    expect(r.category).toBe('persistent');
    // One quiet period in ten is still persistent.
    expect(category([2.5, 2.0, 1.0, 2.8, 2.2, 2.6, 2.1, 2.7, 2.3, 2.4])).toBe('persistent');
  });

  it('cooling: still hot but z falling significantly (diminishing)', () => {
    const r = classifyHotspotTrend(series([4, 3.8, 3.5, 3.2, 3, 2.8, 2.5, 2.2, 2.0, 1.9]));
    expect(r.hot.every(Boolean)).toBe(true);
    expect(r.trend.direction).toBe('down');
    expect(r.category).toBe('cooling');
  });

  it('cooling: one run of hot periods that has ended, with no trend', () => {
    // hot F T T F F; S = −4, z = −0.73: no trend; one run of 2, last not hot.
    expect(category([0.2, 2.5, 2.2, 0.4, 0.1])).toBe('cooling');
    // Persistently hot for years, then quiet: cooling, not persistent.
    expect(category([2.5, 2.6, 2.4, 2.7, 2.5, 2.6, 2.8, 2.4, 2.5, 0.3])).toBe('cooling');
  });

  it('sporadic: on and off', () => {
    expect(category([2.0, 0.1, 2.2, 0.3, 1.9, 0.2])).toBe('sporadic');
    expect(category([2.0, 0.1, 0.2, 2.1, 0.3, 1.9])).toBe('sporadic'); // hot last, but after gaps, no trend
    expect(category([0.1, 2.0, 0.1, 0.2, 0.1])).toBe('sporadic'); // a single past blip is not a cooling hotspot
  });

  it('moves between categories with the confidence threshold', () => {
    // z = 1.8 is hot at 90 % (1.645) but not at 95 % (1.960).
    const zs = [0.1, 0.2, 0.1, 1.8];
    expect(category(zs)).toBe('new');
    expect(category(zs, { ...defaultEmergingConfig, hotConfidence: 0.95 })).toBe('not_significant');
  });
});

describe('emergingHotspots over a grid and several periods', () => {
  // A 5 × 5 grid of 1 km cells (row 0 = south). Background 0–2 events per cell; three 2 × 2 blocks get 6 more:
  // the north-east block every year, the south-west block in 2021–2023, the north-west one from 2025.
  const grid = gridOver({ minLat: 14, minLng: 108, maxLat: 14.0449, maxLng: 108.0463 }, 1000);
  const cells = gridCells(grid);
  const ids = cells.map((c) => c.id);
  const w = gridWeights(grid, 'queen', ids);
  const inBlock = (c: { row: number; col: number }, r0: number, c0: number) =>
    c.row >= r0 && c.row < r0 + 2 && c.col >= c0 && c.col < c0 + 2;
  const periods = [2021, 2022, 2023, 2024, 2025, 2026].map((year) => ({
    period: String(year),
    values: cells.map(
      (c, i) =>
        (i % 3) + // background
        (inBlock(c, 3, 3) ? 6 : 0) + // rows 3–4, cols 3–4: every year
        (inBlock(c, 3, 0) && year <= 2023 ? 6 : 0) + // rows 3–4, cols 0–1: until 2023
        (inBlock(c, 0, 0) && year >= 2025 ? 6 : 0), // rows 0–1, cols 0–1: from 2025
    ),
  }));
  const result = emergingHotspots(periods, w);
  const at = (id: string) => result.find((r) => r.id === id)!;

  it('tells the persistent, cooling and emerging blocks apart', () => {
    expect(ids).toHaveLength(25);
    expect(at('r4c4').series.map((s) => s.period)).toEqual(['2021', '2022', '2023', '2024', '2025', '2026']);
    expect(at('r4c4')).toMatchObject({ category: 'persistent', hot: [true, true, true, true, true, true] });
    expect(at('r4c0')).toMatchObject({ category: 'cooling', hot: [true, true, true, false, false, false] });
    expect(at('r0c0')).toMatchObject({ category: 'emerging', hot: [false, false, false, false, true, true] });
    // The inner corner of the north-east block stands out only in 2024, when it is the one block left.
    expect(at('r3c3')).toMatchObject({
      category: 'sporadic',
      hot: [false, false, false, true, false, false],
    });
    expect(at('r2c2').category).toBe('not_significant');
    const count = (c: string) => result.filter((r) => r.category === c).length;
    // Queen neighbours of a block lean with it: r4c2 (beside the south-west block) cools too.
    expect([count('persistent'), count('cooling'), count('emerging'), count('sporadic')]).toEqual([
      3, 4, 3, 1,
    ]);
    expect(count('not_significant')).toBe(14);
  });

  it('gives no z in a period where every unit holds the same value', () => {
    const flat = emergingHotspots([{ period: '2020', values: ids.map(() => 1) }, ...periods], w);
    expect(flat[0]!.series[0]!.result.reason).toBe('zero_variance');
    expect(flat.find((r) => r.id === 'r4c4')!.hot).toHaveLength(6); // the flat period is not counted
  });
});
