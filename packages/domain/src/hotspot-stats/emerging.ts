import { type GiStarResult, getisOrdGiStar, isHot } from './getis-ord.ts';
import { mannKendall, type TrendResult } from './mann-kendall.ts';
import type { SpatialWeights } from './weights.ts';

/**
 * Hot spot trend categories over successive periods: a simplified, documented take on ArcGIS's Emerging Hot
 * Spot Analysis (hot side only: a "cold" commune is not a policing target). See docs/HOTSPOT-STATISTICS.md.
 */
export type HotspotTrendCategory =
  /** Too few periods with a z-score to say anything. */
  | 'insufficient_data'
  /** Never hot. */
  | 'not_significant'
  /** Hot in the last period, and never before. */
  | 'new'
  /** Hot in the last period and getting there: z rises significantly, or one unbroken run of hot periods
   *  ends the series (≥ 2 periods, fewer than the persistent share). */
  | 'emerging'
  /** Hot in most periods (≥ persistent share) including the last, and z still rising significantly. */
  | 'intensifying'
  /** Hot in most periods including the last, with no significant trend either way. */
  | 'persistent'
  /** Was hot and calming down: z falls significantly, or the last period is not hot after one unbroken run of
   *  ≥ `coolingMinRun` hot periods. */
  | 'cooling'
  /** Hot on and off: any other series with a hot period (several runs, or a single short past one). */
  | 'sporadic';

export type EmergingConfig = {
  /** Confidence for a period to count as hot (Gi* z > 0, two-sided p ≤ 1 − this). 0.90, 0.95 or 0.99. */
  hotConfidence: number;
  /** Confidence for the Mann–Kendall trend of the z series. ArcGIS uses 0.90 too. */
  trendConfidence: number;
  /** Fewer periods with a z-score than this → 'insufficient_data'. 4 = four years, or one year of quarters. */
  minPeriods: number;
  /** Share of periods hot to be 'persistent'/'intensifying'. ArcGIS: 90 %. */
  persistentShare: number;
  /** Length of the single hot run that, once over, makes a unit 'cooling' rather than 'sporadic'. */
  coolingMinRun: number;
};

export const defaultEmergingConfig: EmergingConfig = {
  hotConfidence: 0.9,
  trendConfidence: 0.9,
  minPeriods: 4,
  persistentShare: 0.9,
  coolingMinRun: 2,
};

export type HotspotTrend = {
  category: HotspotTrendCategory;
  /** One flag per period with a z-score, oldest first. */
  hot: boolean[];
  /** Mann–Kendall over the non-null z-scores. */
  trend: TrendResult;
};

/** Runs of consecutive `true`: [start, length] pairs. */
function runs(flags: readonly boolean[]): [number, number][] {
  const out: [number, number][] = [];
  flags.forEach((f, i) => {
    if (!f) return;
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === i) last[1]++;
    else out.push([i, 1]);
  });
  return out;
}

/**
 * Classifies one unit from its Gi* results of successive periods, oldest first. Periods with a null z (no
 * neighbours, nothing recorded anywhere that period) are left out: they count neither as hot nor as periods.
 * Rules, first match wins:
 *  1. fewer than `minPeriods` periods → insufficient_data
 *  2. no hot period → not_significant
 *  3. last period hot and the only hot one → new
 *  4. last hot, hot share ≥ persistentShare, z trend up → intensifying
 *  5. last hot, hot share ≥ persistentShare, no significant downward trend → persistent
 *  6. last hot, and z trend up, or no trend and the hot periods are one final run of ≥ 2 → emerging
 *  7. z trend down, or last not hot after one single run of ≥ coolingMinRun hot periods → cooling
 *  8. otherwise → sporadic
 */
export function classifyHotspotTrend(
  series: readonly Pick<GiStarResult, 'z' | 'p'>[],
  config: EmergingConfig = defaultEmergingConfig,
): HotspotTrend {
  const known = series.filter((r) => r.z !== null && r.p !== null);
  const hot = known.map((r) => isHot(r, config.hotConfidence));
  const trend = mannKendall(
    known.map((r) => r.z!),
    config.trendConfidence,
  );
  const result = (category: HotspotTrendCategory): HotspotTrend => ({ category, hot, trend });
  const n = hot.length;
  if (n < Math.max(1, config.minPeriods)) return result('insufficient_data');
  const hotRuns = runs(hot);
  const hotCount = hot.filter(Boolean).length;
  if (hotCount === 0) return result('not_significant');
  const last = hot[n - 1]!;
  const share = hotCount / n;
  if (last && hotCount === 1) return result('new');
  if (last && share >= config.persistentShare) {
    if (trend.direction === 'up') return result('intensifying');
    if (trend.direction !== 'down') return result('persistent');
  }
  if (
    last &&
    (trend.direction === 'up' || (trend.direction === 'none' && hotRuns.length === 1 && hotCount >= 2))
  )
    return result('emerging');
  if (trend.direction === 'down') return result('cooling');
  if (!last && hotRuns.length === 1 && hotRuns[0]![1] >= config.coolingMinRun) return result('cooling');
  return result('sporadic');
}

export type PeriodValues = {
  /** A label for the period, e.g. '2024' or '2024-Q3'. */
  period: string;
  /** One value per unit (same order as the weights' ids): event counts or summed weights. */
  values: readonly number[];
};

export type UnitHotspotTrend = HotspotTrend & {
  id: string;
  /** Gi* of this unit in each period, oldest first (same order as the input periods). */
  series: { period: string; result: GiStarResult }[];
};

/**
 * Emerging hot spot analysis: Gi* of every unit in every period (each period on its own values, so "hot" is
 * relative to that period's province-wide mean), then each unit's series classified. Periods must be given
 * oldest first and every period must hold one value per unit.
 */
export function emergingHotspots(
  periods: readonly PeriodValues[],
  weights: SpatialWeights,
  config: EmergingConfig = defaultEmergingConfig,
): UnitHotspotTrend[] {
  const perPeriod = periods.map((p) => getisOrdGiStar(p.values, weights));
  return weights.ids.map((id, i) => {
    const series = periods.map((p, k) => ({ period: p.period, result: perPeriod[k]![i]! }));
    return {
      id,
      series,
      ...classifyHotspotTrend(
        series.map((s) => s.result),
        config,
      ),
    };
  });
}
