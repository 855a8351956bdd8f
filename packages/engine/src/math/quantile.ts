import { sortFloat64 } from "./sort-float64.ts";

/**
 * Returns the R-7 quantile (linear interpolation between closest ranks; Excel PERCENTILE.INC, d3.quantileSorted,
 * pandas' default) of ascending `sorted` at probability `p` in [0, 1], or NaN when `sorted` is empty.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0 || !(p >= 0 && p <= 1)) return NaN;
  if (n === 1) return sorted[0]!;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  if (lo >= n - 1) return sorted[n - 1]!;
  return a + (h - lo) * (sorted[lo + 1]! - a);
}

/** Returns the median of ascending `sorted` (the mean of the two middle values when the count is even). */
export function medianSorted(sorted: ArrayLike<number>): number {
  return quantileSorted(sorted, 0.5);
}

/** Returns a new ascending Float64Array of the finite values in `values`. */
export function sortedFinite(values: ArrayLike<number | null | undefined>): Float64Array {
  const out = new Float64Array(values.length);
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === "number" && Number.isFinite(v)) out[k++] = v;
  }
  return sortFloat64(out.subarray(0, k));
}

/** Returns the arithmetic mean of `values`, or NaN when empty. */
export function mean(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return values.length ? s / values.length : NaN;
}
