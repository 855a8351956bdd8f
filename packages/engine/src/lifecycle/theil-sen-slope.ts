import { medianSorted } from "../math/quantile.ts";

/**
 * Returns the Theil–Sen slope of `values` against their positions 0, 1, 2, …: the median of the pairwise slopes
 * (v_j − v_i) / (j − i). One outlier among four or more points barely moves it (breakdown point ≈ 29 %), which
 * is why lifecycle trends use it on lumpy B2B orders. NaN for fewer than 2 values.
 */
export function theilSenSlope(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return NaN;
  const slopes = new Float64Array((n * (n - 1)) / 2);
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) slopes[k++] = (values[j]! - values[i]!) / (j - i);
  }
  return medianSorted(slopes.sort());
}
