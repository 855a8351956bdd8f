/** Buckets up to this size are insertion-sorted; larger ones use the native sort. */
const SMALL_BUCKET = 16;

/**
 * Returns competition ranks (1, 1, 3) of `scores`, highest first, NaN for non-finite scores: the same numbers as
 * math/rank.ts `competitionRanksDesc`. Why a second one: that one sorts an index array with a comparator
 * (≈ 1 s for a million scores on the reference machine). Here a bucket sort over the value range orders the
 * indices with one pass per step (≈ 0.1 s), which the million-row value-score budget needs.
 */
export function fastCompetitionRanksDesc(scores: ArrayLike<number>): Float64Array {
  const n = scores.length;
  const ranks = new Float64Array(n);
  let k = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const s = scores[i]!;
    if (s - s !== 0) continue;
    k++;
    if (s < min) min = s;
    if (s > max) max = s;
  }
  const width = max - min;
  if (k === n && width === 0) return ranks.fill(1);
  // A zero or overflowing range puts everything in one bucket (then it is a plain sort).
  const perUnit = k > 0 && width > 0 && Number.isFinite(k / width) ? k / width : 0;
  // Counting sort of the indices by bucket; the bucket is recomputed rather than stored to save memory.
  const end = new Uint32Array(k + 1);
  for (let i = 0; i < n; i++) {
    const s = scores[i]!;
    if (s - s === 0) end[bucketOf(s, min, perUnit, k) + 1]!++;
  }
  for (let b = 0; b < k; b++) end[b + 1]! += end[b]!;
  const order = new Uint32Array(k);
  for (let i = 0; i < n; i++) {
    const s = scores[i]!;
    // end[b] is used as bucket b's write cursor; afterwards it holds bucket b's end (so b's start is end[b − 1]).
    if (s - s === 0) order[end[bucketOf(s, min, perUnit, k)]!++] = i;
  }
  for (let b = 0; b < k; b++) {
    const lo = b === 0 ? 0 : end[b - 1]!;
    const hi = end[b]!;
    if (hi - lo <= 1) continue;
    if (hi - lo <= SMALL_BUCKET) {
      for (let p = lo + 1; p < hi; p++) {
        const idx = order[p]!;
        const v = scores[idx]!;
        let q = p - 1;
        while (q >= lo && scores[order[q]!]! > v) {
          order[q + 1] = order[q]!;
          q--;
        }
        order[q + 1] = idx;
      }
    } else {
      order.subarray(lo, hi).sort((x, y) => scores[x]! - scores[y]!);
    }
  }
  let rank = 0;
  let prev = NaN;
  for (let p = k - 1; p >= 0; p--) {
    const i = order[p]!;
    const s = scores[i]!;
    if (s !== prev) rank = k - p;
    ranks[i] = rank;
    prev = s;
  }
  for (let i = 0; i < n; i++) if (scores[i]! - scores[i]! !== 0) ranks[i] = NaN;
  return ranks;
}

function bucketOf(s: number, min: number, perUnit: number, k: number): number {
  const t = (s - min) * perUnit;
  return t >= k ? k - 1 : t > 0 ? Math.floor(t) : 0;
}
