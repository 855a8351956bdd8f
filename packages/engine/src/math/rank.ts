import { sortedFinite } from "./quantile.ts";

/**
 * Returns the 1-based average ("fractional") rank of each value in ascending order, ties sharing the mean of the
 * ranks they span (Excel RANK.AVG with order 1, R's rank(ties="average")). Non-finite values get NaN.
 */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const idx: number[] = [];
  for (let i = 0; i < n; i++) if (Number.isFinite(values[i]!)) idx.push(i);
  idx.sort((a, b) => values[a]! - values[b]!);
  const ranks = new Float64Array(n).fill(NaN);
  for (let i = 0; i < idx.length;) {
    let j = i;
    while (j + 1 < idx.length && values[idx[j + 1]!] === values[idx[i]!]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[idx[k]!] = avg;
    i = j + 1;
  }
  return ranks;
}

/**
 * Returns competition ranks (1, 1, 3) of `scores`, highest first; non-finite scores get NaN. One native sort of the
 * finite scores plus a binary search per score: a comparator sort over a million indices takes ~1 s, this ~0.15 s.
 */
export function competitionRanksDesc(scores: ArrayLike<number>): Float64Array {
  const sorted = sortedFinite(scores);
  const k = sorted.length;
  const ranks = new Float64Array(scores.length);
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    if (!Number.isFinite(s)) {
      ranks[i] = NaN;
      continue;
    }
    let lo = 0;
    let hi = k;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! <= s) lo = mid + 1;
      else hi = mid;
    }
    ranks[i] = k - lo + 1;
  }
  return ranks;
}
