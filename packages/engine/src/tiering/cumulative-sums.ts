import type { DecimalFraction } from "./decimal-fraction.ts";

/** Cumulative sums of a descending value list, kept exact where the values allow it. */
export interface CumulativeSums {
  /** cum[k] = x_(1) + … + x_(k+1), in `unit`s (integers when `exact`). */
  readonly cum: Float64Array;
  /** Total in units (cum[n − 1]). */
  readonly totalUnits: number;
  /** Units per value: 10^d when every value is a d-decimal number (cents: 100), else 1. */
  readonly unitsPerValue: number;
  /** True when every partial sum is an exact integer count of units (< 2^53). */
  readonly exact: boolean;
}

// Decimal places tried when looking for a common unit (cents = 2, 万元 with 4 places = 4 …).
const MAX_DECIMALS = 6;
const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];
// Relative tolerance for threshold comparisons when sums cannot be exact (domain/tiering.md §2.0 "Arithmetic").
const RELATIVE_EPSILON = 1e-12;

/**
 * Returns the cumulative sums of `desc`. When every value is a decimal with at most 6 places and the total in that
 * unit stays below 2^53, the sums are exact integers, so "S_k ≤ t" can be decided exactly (the float cumsum gives
 * 0.9099999999999999 for 0.91 in fixture abc-value-pypi); otherwise a compensated (Neumaier) float sum.
 */
export function cumulativeSums(desc: Float64Array): CumulativeSums {
  const n = desc.length;
  const cum = new Float64Array(n);
  let decimals = 0;
  let exact = true;
  for (let k = 0; k < n && exact; k++) {
    const v = desc[k]!;
    while (decimals <= MAX_DECIMALS && Math.round(v * POWERS[decimals]!) / POWERS[decimals]! !== v) decimals++;
    if (decimals > MAX_DECIMALS) exact = false;
  }
  if (exact) {
    const unit = POWERS[decimals]!;
    let s = 0;
    for (let k = 0; k < n; k++) {
      s += Math.round(desc[k]! * unit);
      cum[k] = s;
    }
    if (s <= Number.MAX_SAFE_INTEGER) return { cum, totalUnits: s, unitsPerValue: unit, exact: true };
  }
  let s = 0;
  let compensation = 0;
  for (let k = 0; k < n; k++) {
    const x = desc[k]!;
    const t = s + x;
    compensation += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    s = t;
    cum[k] = s + compensation;
  }
  return { cum, totalUnits: n > 0 ? cum[n - 1]! : 0, unitsPerValue: 1, exact: false };
}

/**
 * Returns a function giving the sign of S_k − t (k = 0 … n, S_0 = 0) for the cutoff t = `cutoff`: exact integer
 * arithmetic (cum·q vs p·T, BigInt when the products pass 2^53) when the sums are exact, else relative ε = 1e-12.
 */
export function shareComparator(sums: CumulativeSums, cutoff: DecimalFraction): (k: number) => number {
  const { cum, totalUnits, exact } = sums;
  const cumAt = (k: number) => (k === 0 ? 0 : cum[k - 1]!);
  if (!exact) {
    const t = Number(cutoff.numerator) / Number(cutoff.denominator);
    const limit = t * totalUnits;
    const tolerance = RELATIVE_EPSILON * totalUnits;
    return (k) => {
      const diff = cumAt(k) - limit;
      return diff > tolerance ? 1 : diff < -tolerance ? -1 : 0;
    };
  }
  const q = Number(cutoff.denominator);
  const p = Number(cutoff.numerator);
  if (q * totalUnits <= Number.MAX_SAFE_INTEGER) {
    const right = p * totalUnits;
    return (k) => Math.sign(cumAt(k) * q - right);
  }
  const right = cutoff.numerator * BigInt(totalUnits);
  return (k) => {
    const diff = BigInt(cumAt(k)) * cutoff.denominator - right;
    return diff > 0n ? 1 : diff < 0n ? -1 : 0;
  };
}

/** Returns the largest k in [0, n] for which `holds(k)` is true, given that it holds for a prefix of 0 … n. */
export function lastHolding(n: number, holds: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (holds(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
