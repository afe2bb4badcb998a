/**
 * Standard normal tail probabilities, accurate to about 1e-11 relative or better: a positive-term series for erf below
 * x = 3 (no cancellation) and Lentz's continued fraction for erfc above. p-values of z-scores need the tail
 * accurately out to |z| ≈ 8, which the usual 7-digit polynomial approximations do not give.
 */
const SQRT_PI = Math.sqrt(Math.PI);

function erfcPositive(x: number): number {
  if (x < 3) {
    // erf(x) = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1))
    let term = x;
    let sum = x;
    for (let n = 1; n < 200; n++) {
      term *= (2 * x * x) / (2 * n + 1);
      sum += term;
      if (term < sum * 1e-17) break;
    }
    return 1 - (2 / SQRT_PI) * Math.exp(-x * x) * sum;
  }
  // erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …))))), modified Lentz.
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 500; k++) {
    const a = k / 2;
    d = x + a * d;
    d = d === 0 ? tiny : d;
    c = x + a / c;
    c = c === 0 ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / SQRT_PI / f;
}

/** erfc(x) for any real x. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  return x >= 0 ? erfcPositive(x) : 2 - erfcPositive(-x);
}

/** Φ(z): probability that a standard normal variable is ≤ z. */
export const normalCdf = (z: number): number => erfc(-z / Math.SQRT2) / 2;

/** Two-sided p-value of a z-score: P(|Z| ≥ |z|). */
export const twoSidedP = (z: number): number => erfc(Math.abs(z) / Math.SQRT2);

/** The |z| at which a two-sided test reaches `confidence` (0.90 → 1.6449, 0.95 → 1.9600, 0.99 → 2.5758). */
export function criticalZ(confidence: number): number {
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`confidence must lie in (0, 1): ${confidence}`);
  // Bisection on the monotone tail: 60 halvings of [0, 40] reach double precision.
  let [lo, hi] = [0, 40];
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (twoSidedP(mid) > 1 - confidence) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
