import { sortFloat64 } from "../math/sort-float64.ts";
import { medianSorted } from "../math/quantile.ts";

/**
 * Most values the exact O(n²) slope takes (docs/limits.md): 4,096 values make 8.4 million pairwise slopes (67 MB);
 * lifecycle trends use windows of at most 60 periods.
 */
export const MAX_THEIL_SEN_VALUES = 4096;

/**
 * Returns the Theil–Sen slope of `values` against their positions 0, 1, 2, …: the median of the pairwise slopes
 * (v_j − v_i) / (j − i). One outlier among four or more points barely moves it (breakdown point ≈ 29 %), which
 * is why lifecycle trends use it on lumpy B2B orders. NaN for fewer than 2 values or more than {@link MAX_THEIL_SEN_VALUES}.
 */
export function theilSenSlope(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2 || n > MAX_THEIL_SEN_VALUES) return NaN;
  const slopes = new Float64Array((n * (n - 1)) / 2);
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) slopes[k++] = (values[j]! - values[i]!) / (j - i);
  }
  return medianSorted(sortFloat64(slopes));
}
