import { twoSidedP } from './normal.ts';
import type { SpatialWeights } from './weights.ts';

/** Why a unit has no z-score. */
export type GiStarNullReason =
  /** Fewer than 3 units: no spatial comparison is meaningful. */
  | 'too_few_units'
  /** Every unit has the same value (S = 0): nothing stands out, hot or cold. */
  | 'zero_variance'
  /** The unit has no neighbour: its "neighbourhood" is itself, so Gi* would only restate (xᵢ − x̄)/S. */
  | 'no_neighbours'
  /** The neighbourhood is every unit: the local sum is the global sum and the variance is 0. */
  | 'neighbours_all_units';

export type GiStarResult = {
  id: string;
  /** Gi* as a z-score: positive = the unit and its neighbours hold more than expected (hot), negative = cold. */
  z: number | null;
  /** Two-sided p-value of z under the normal approximation. */
  p: number | null;
  reason?: GiStarNullReason;
  /** Neighbours, self excluded. */
  neighbourCount: number;
  /** Σⱼ wᵢⱼ xⱼ over the unit and its neighbours. */
  localSum: number;
};

/** One row of general weights: (position, weight) pairs, the unit itself included. */
export type WeightRow = readonly (readonly [j: number, w: number])[];

/**
 * Getis–Ord Gi* (Ord & Getis 1995, eq. 14; the form ArcGIS documents):
 *
 *   Gi* = (Σⱼ wᵢⱼ xⱼ − X̄ Σⱼ wᵢⱼ) / (S · √[(n Σⱼ wᵢⱼ² − (Σⱼ wᵢⱼ)²) / (n − 1)])
 *
 * with X̄ the mean and S the population standard deviation (divide by n) of all n values, j running over the
 * unit itself and its neighbours. With binary weights (self = 1) this is exactly PySAL esda's
 * `G_Local(y, w, transform='B', star=True).Zs`, which computes (Gᵢ − E[Gᵢ]) / √V[Gᵢ] with Gᵢ = Σⱼ wᵢⱼ yⱼ / Σ y,
 * E = Wᵢ/n, V = Wᵢ(n − Wᵢ)/((n − 1) n²) · S²/ȳ²: multiply through by Σ y = nȳ and the two agree.
 *
 * Multiplying one unit's row of weights by any positive constant leaves its z unchanged (numerator and
 * denominator scale alike), so row standardisation gives the same z as binary weights: we keep binary.
 * (esda's transform='R' differs because it plugs the row sum 1 into the binary variance, not this formula.)
 */
export function giStarFromRows(
  ids: readonly string[],
  values: readonly number[],
  rows: readonly WeightRow[],
): GiStarResult[] {
  const n = values.length;
  if (ids.length !== n || rows.length !== n)
    throw new RangeError('ids, values and weights must have one entry per unit');
  for (const v of values)
    if (!Number.isFinite(v)) throw new RangeError(`values must be finite numbers: ${v}`);
  const mean = values.reduce((a, b) => a + b, 0) / n;
  // Centred second moment: numerically safer than E[x²] − E[x]².
  const s = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / n);
  // Relative test: values like 1e9 + tiny float noise are still "all the same".
  const flat = !(s > 1e-12 * Math.max(1, Math.abs(mean)));

  return rows.map((row, i) => {
    let sumW = 0;
    let sumW2 = 0;
    let localSum = 0;
    let neighbourCount = 0;
    for (const [j, w] of row) {
      sumW += w;
      sumW2 += w * w;
      localSum += w * values[j]!;
      if (j !== i && w !== 0) neighbourCount++;
    }
    const base = { id: ids[i]!, neighbourCount, localSum };
    const none = (reason: GiStarNullReason): GiStarResult => ({ ...base, z: null, p: null, reason });
    if (n < 3) return none('too_few_units');
    if (neighbourCount === 0) return none('no_neighbours');
    if (flat) return none('zero_variance');
    const varianceFactor = (n * sumW2 - sumW * sumW) / (n - 1);
    if (!(varianceFactor > 1e-12 * sumW * sumW)) return none('neighbours_all_units');
    const z = (localSum - mean * sumW) / (s * Math.sqrt(varianceFactor));
    return { ...base, z, p: twoSidedP(z) };
  });
}

/** Gi* with binary weights, the unit itself included with weight 1 (esda `star=True`, `transform='B'`). */
export function getisOrdGiStar(values: readonly number[], weights: SpatialWeights): GiStarResult[] {
  if (weights.neighbours.length !== values.length)
    throw new RangeError(`${values.length} values for ${weights.neighbours.length} units`);
  const rows = weights.neighbours.map(
    (nb, i): WeightRow => [[i, 1], ...nb.filter((j) => j !== i).map((j) => [j, 1] as const)],
  );
  return giStarFromRows(weights.ids, values, rows);
}

/** ArcGIS's Gi_Bin: ±3, ±2, ±1 for hot/cold at 99, 95, 90 % confidence, 0 otherwise (and for a null z). */
export function giBin(result: Pick<GiStarResult, 'z' | 'p'>): -3 | -2 | -1 | 0 | 1 | 2 | 3 {
  const { z, p } = result;
  if (z === null || p === null) return 0;
  const level = p <= 0.01 ? 3 : p <= 0.05 ? 2 : p <= 0.1 ? 1 : 0;
  return (z > 0 ? level : -level) as -3 | -2 | -1 | 0 | 1 | 2 | 3;
}

/** Hot at `confidence` (e.g. 0.9): z above 0 and two-sided p at most 1 − confidence. */
export const isHot = (r: Pick<GiStarResult, 'z' | 'p'>, confidence: number): boolean =>
  r.z !== null && r.p !== null && r.z > 0 && r.p <= 1 - confidence + 1e-12;
