/**
 * Number formatting and exact rate arithmetic for classification. Rates are compared as integers
 * (count × 100 × 10⁶ against threshold × 10⁶ × population) so a commune exactly at 0,5 % is at 0,5 %, whatever
 * floating point would say.
 */

/** Decimal places allowed in a percent threshold (0,000001 %). */
export const percentScaleDigits = 6;
const SCALE = 10n ** BigInt(percentScaleDigits);

/** True when `n` is finite and has at most `digits` decimals. */
export function hasAtMostDecimals(n: number, digits = percentScaleDigits): boolean {
  return Number.isFinite(n) && Number(n.toFixed(digits)) === n;
}

/**
 * A number as an integer count of 10⁻⁶ (0,05 → 50 000n). Exact for values written with at most 6 decimals; a
 * count or an area is a number like any other here.
 */
export function scaled(n: number): bigint {
  const [int, frac = ''] = Math.abs(n).toFixed(percentScaleDigits).split('.');
  const v = BigInt(int ?? '0') * SCALE + BigInt(frac.padEnd(percentScaleDigits, '0'));
  return n < 0 ? -v : v;
}

/** A percent threshold as an integer count of 10⁻⁶ %. Callers validate with hasAtMostDecimals first. */
export const scaledPercent = scaled;

/**
 * numerator / denominator (as a percent) compared with a percent threshold: -1 below, 0 equal, 1 above.
 * denominator > 0. numerator × 100 is compared with percent × denominator, all as scaled integers.
 */
export function compareRate(numerator: number, denominator: number, percent: number): -1 | 0 | 1 {
  const left = scaled(numerator) * 100n * SCALE;
  const right = scaled(percent) * scaled(denominator);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The percent truncated (toward zero) to `digits` decimals, exact: 4999/1 000 000 → 0,49 (never 0,50). */
export function truncatedPercent(numerator: number, denominator: number, digits: number): number {
  const factor = 10n ** BigInt(digits);
  const q = (scaled(numerator) * 100n * factor) / scaled(denominator);
  return Number(q) / Number(factor);
}

/** Lower-case the first letter only: "Loại III" → "loại III". */
export const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** Decimals needed to write `n` (at most 6). */
export function decimalsOf(n: number): number {
  const s = n.toFixed(percentScaleDigits).replace(/0+$/, '');
  const dot = s.indexOf('.');
  return dot < 0 || dot === s.length - 1 ? 0 : s.length - dot - 1;
}

function formatNumber(n: number, maxDecimals: number, group: string, decimal: string): string {
  const fixed = Math.abs(n).toFixed(maxDecimals);
  const [int = '0', frac = ''] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const trimmed = frac.replace(/0+$/, '');
  return `${n < 0 ? '-' : ''}${grouped}${trimmed ? decimal + trimmed : ''}`;
}

/** Vietnamese number: 2.000; 0,5; 1.234,25. Trailing zeros dropped. */
export const formatNumberVi = (n: number, maxDecimals = 2): string => formatNumber(n, maxDecimals, '.', ',');
/** English number: 2,000; 0.5. */
export const formatNumberEn = (n: number, maxDecimals = 2): string => formatNumber(n, maxDecimals, ',', '.');

/** "0,5 %" / "0.5%" */
export const formatPercentVi = (p: number, maxDecimals = 6): string => `${formatNumberVi(p, maxDecimals)} %`;
export const formatPercentEn = (p: number, maxDecimals = 6): string => `${formatNumberEn(p, maxDecimals)}%`;

/** dd/mm/yyyy from an ISO date. */
export function formatDateVi(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
