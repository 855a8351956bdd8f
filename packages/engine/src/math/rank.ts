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

/** Returns competition ranks (1, 1, 3) of `scores`, highest first; non-finite scores get NaN. */
export function competitionRanksDesc(scores: ArrayLike<number>): Float64Array {
  const n = scores.length;
  const idx: number[] = [];
  for (let i = 0; i < n; i++) if (Number.isFinite(scores[i]!)) idx.push(i);
  idx.sort((a, b) => scores[b]! - scores[a]!);
  const ranks = new Float64Array(n).fill(NaN);
  for (let i = 0; i < idx.length; i++) {
    const prev = idx[i - 1];
    ranks[idx[i]!] = i > 0 && prev !== undefined && scores[prev] === scores[idx[i]!] ? ranks[prev]! : i + 1;
  }
  return ranks;
}
