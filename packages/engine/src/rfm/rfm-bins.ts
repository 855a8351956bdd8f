import { averageRanks } from "../math/rank.ts";
import { quantileSorted } from "../math/quantile.ts";

/** Which side of a cut point is closed: `right` puts v = cut in the lower bin (R-7 quantile bins), `left` in the upper. */
export type CutClosure = "right" | "left";

/** Returns the R-7 quantiles of ascending `sorted` at k/bins, k = 1..bins−1: the cut points of `bins` bins. */
export function quantileCuts(sorted: ArrayLike<number>, bins: number): number[] {
  const cuts: number[] = [];
  // 15 significant digits drop interpolation noise (1.2000000000000002 → 1.2), so a value equal to the true
  // quantile lands in the lower bin as right-closed bins say, and users read clean cut points.
  for (let k = 1; k < bins; k++) cuts.push(Number(quantileSorted(sorted, k / bins).toPrecision(15)));
  return cuts;
}

/** Returns 1 + #{cuts < v} (right-closed bins) or 1 + #{cuts ≤ v} (left-closed): the ascending bin of `v`. */
export function binOf(v: number, cuts: readonly number[], closed: CutClosure): number {
  let s = 1;
  if (closed === "right") {
    for (const c of cuts) if (c < v) s++;
  } else {
    for (const c of cuts) if (c <= v) s++;
  }
  return s;
}

/** Returns the number of distinct cut points + 1: how many bins the cuts can actually give. */
export function distinctBins(cuts: readonly number[]): number {
  return new Set(cuts).size + 1;
}

/**
 * Returns equal-count bins (dplyr `ntile`: ⌊bins·(position − 1)/n⌋ + 1) over `order`, the indices sorted by value
 * then id, and how many groups of equal values were split across bins.
 */
export function ntileBins(
  values: readonly number[],
  order: readonly number[],
  bins: number,
): { scores: number[]; splitTies: number } {
  const n = order.length;
  const scores = new Array<number>(values.length).fill(0);
  order.forEach((idx, pos) => (scores[idx] = Math.floor((bins * pos) / n) + 1));
  let splitTies = 0;
  for (let i = 0; i < n;) {
    let j = i;
    let split = false;
    while (j + 1 < n && values[order[j + 1]!] === values[order[i]!]) {
      j++;
      if (scores[order[j]!] !== scores[order[i]!]) split = true;
    }
    if (split) splitTies++;
    i = j + 1;
  }
  return { scores, splitTies };
}

/** Returns ⌈bins·rank_avg/n⌉ for each value: percentile-rank bins, ties always sharing a bin. */
export function percentileRankBins(values: readonly number[], bins: number): number[] {
  const ranks = averageRanks(values);
  const n = values.length;
  return Array.from(ranks, (r) => Math.min(bins, Math.max(1, Math.ceil((bins * r) / n))));
}
