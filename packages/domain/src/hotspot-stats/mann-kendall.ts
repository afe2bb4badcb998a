import { twoSidedP } from './normal.ts';

export type TrendDirection = 'up' | 'down' | 'none';

export type TrendResult = {
  /** Values used (non-finite ones are dropped). */
  n: number;
  /** Kendall's S = Σ_{i<j} sign(xⱼ − xᵢ). */
  s: number;
  /** Var(S) under no trend, corrected for ties. */
  variance: number;
  /** Continuity-corrected z: (S − 1)/√Var if S > 0, (S + 1)/√Var if S < 0, else 0. */
  z: number;
  /** Two-sided p-value (normal approximation). */
  p: number;
  /** 'up'/'down' when p ≤ 1 − confidence, else 'none' (also for fewer than 3 values). */
  direction: TrendDirection;
};

/**
 * Mann–Kendall trend test (Mann 1945, Kendall 1975), the test ArcGIS's Emerging Hot Spot Analysis runs on each
 * location's series of Gi* z-scores:
 *   Var(S) = [n(n − 1)(2n + 5) − Σₜ t(t − 1)(2t + 5)] / 18, t = size of each group of tied values.
 * The normal approximation is rough below about 10 values; with 4 values only a strictly monotone series
 * reaches p ≈ 0.09, so a yearly series of 4 periods can show a trend at 90 % but never at 95 %.
 */
export function mannKendall(series: readonly number[], confidence = 0.9): TrendResult {
  const x = series.filter((v) => Number.isFinite(v));
  const n = x.length;
  if (n < 3) return { n, s: 0, variance: 0, z: 0, p: 1, direction: 'none' };
  let s = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) s += Math.sign(x[j]! - x[i]!);
  const ties = new Map<number, number>();
  for (const v of x) ties.set(v, (ties.get(v) ?? 0) + 1);
  let tieTerm = 0;
  for (const t of ties.values()) tieTerm += t * (t - 1) * (2 * t + 5);
  const variance = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
  if (variance <= 0) return { n, s, variance, z: 0, p: 1, direction: 'none' };
  const z = s > 0 ? (s - 1) / Math.sqrt(variance) : s < 0 ? (s + 1) / Math.sqrt(variance) : 0;
  const p = twoSidedP(z);
  const significant = p <= 1 - confidence + 1e-12;
  return { n, s, variance, z, p, direction: significant ? (z > 0 ? 'up' : 'down') : 'none' };
}
