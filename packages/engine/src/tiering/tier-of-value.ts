import type { AbcResult } from "./abc-result.ts";

/** Where a value sits in an ABC result. */
export interface TierLookup {
  readonly tier: string;
  readonly tierIndex: number;
  /** Rank of the best-ranked item holding the value. */
  readonly rank: number;
  /** How many classified items hold the value. */
  readonly tieGroupSize: number;
  /** True when the items holding the value fall in different tiers (ties="row"); `tier` is the best member's. */
  readonly splitTie: boolean;
}

/**
 * Returns the tier, rank and tie facts of `value` in `result`, or undefined when no classified item holds that value
 * (after the result's missing / nonPositive policies). A binary search over the ranked values, O(log n): rank a range
 * once with `abcTiers`, then look up each cell (the add-in's `CUSTOMER_TIER`).
 */
export function tierOfValue(result: AbcResult, value: unknown): TierLookup | undefined {
  let v: number;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    if (result.missing !== "zero") return undefined;
    v = 0;
  } else v = value;
  if (v <= 0) {
    if (result.nonPositive === "clip0") v = 0;
    else if (result.nonPositive !== "separate") return undefined;
  }
  const sorted = result.sortedValues;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! > v) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= sorted.length || sorted[lo] !== v) return undefined;
  const first = result.order[lo]!;
  const tieGroupSize = result.tieGroupSize[first]!;
  const tierIndex = result.tierIndex[first]!;
  return {
    tier: result.labels[tierIndex]!,
    tierIndex,
    rank: lo + 1,
    tieGroupSize,
    splitTie: result.tierIndex[result.order[lo + tieGroupSize - 1]!] !== tierIndex,
  };
}
