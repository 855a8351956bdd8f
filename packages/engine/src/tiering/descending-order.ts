import { LO_WORD, sortFloat64 } from "../math/sort-float64.ts";

/**
 * Returns the indices of `values` (finite, ≥ 0) ordered by value descending, equal values by index ascending.
 *
 * A comparator sort over a million indices costs seconds; sorting a Float64Array of keys costs ~40 ms
 * ({@link sortFloat64}). So each value's lowest mantissa bits are overwritten with its (complemented) index and the
 * keys are sorted as doubles: for non-negative doubles the bit pattern orders like the number, so keys come out by
 * value with ties by index. Values that differ only in the overwritten bits (relative difference < 2^(b−52)) share
 * their upper bits; such runs are re-sorted exactly afterwards, so the order is always exact.
 */
export function descendingOrder(values: Float64Array): Int32Array {
  const m = values.length;
  const order = new Int32Array(m);
  if (m === 0) return order;
  let bits = 1;
  while (2 ** bits < m) bits++;
  const mask = 2 ** bits - 1;
  const keys = values.slice();
  const words = new Uint32Array(keys.buffer);
  const low = LO_WORD;
  const high = 1 - LO_WORD;
  for (let r = 0; r < m; r++) words[2 * r + low] = (words[2 * r + low]! & ~mask) | (mask - r);
  sortFloat64(keys);
  for (let k = 0; k < m; k++) order[k] = mask - (words[2 * (m - 1 - k) + low]! & mask);

  // Re-sort runs whose keys share the upper bits but whose true values differ (rare: near-equal values).
  const upperEqual = (a: number, b: number) =>
    words[2 * a + high] === words[2 * b + high] && ((words[2 * a + low]! ^ words[2 * b + low]!) & ~mask) === 0;
  for (let k = 0; k < m;) {
    let j = k + 1;
    while (j < m && upperEqual(m - 1 - k, m - 1 - j)) j++;
    if (j - k > 1) {
      let mixed = false;
      for (let l = k + 1; l < j && !mixed; l++) mixed = values[order[l]!] !== values[order[k]!];
      if (mixed) order.subarray(k, j).sort((a, b) => values[b]! - values[a]! || a - b);
    }
    k = j;
  }
  return order;
}
