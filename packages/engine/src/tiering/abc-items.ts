import type { AbcResult, ExcludedReason } from "./abc-result.ts";

/** One item of an ABC result as a plain object, for tables and spill ranges. */
export interface AbcItem {
  /** Position in the input. */
  readonly index: number;
  readonly id: string | null;
  /** Value used (null when it was missing and excluded). */
  readonly value: number | null;
  /** 1-based rank, or null when excluded. */
  readonly rank: number | null;
  readonly share: number;
  readonly cumShare: number;
  readonly tier: string | null;
  readonly tierIndex: number;
  readonly isBoundary: boolean;
  readonly tieGroupSize: number;
  readonly excludedReason: ExcludedReason | null;
}

/**
 * Returns one object per item of `result`, in input order (`order: "input"`, the default) or by rank with the
 * excluded items last (`order: "rank"`, the sorted Pareto table).
 */
export function abcItems(result: AbcResult, { order = "input" }: { order?: "input" | "rank" } = {}): AbcItem[] {
  const reasonOf = new Map<number, ExcludedReason>();
  result.excluded.indices.forEach((i, k) => reasonOf.set(i, result.excluded.reasons[k]!));
  const item = (i: number): AbcItem => {
    const reason = reasonOf.get(i) ?? null;
    return {
      index: i,
      id: result.ids?.[i] ?? null,
      value: reason === "missing" ? null : result.value[i]!,
      rank: result.rank[i]! > 0 ? result.rank[i]! : null,
      share: result.share[i]!,
      cumShare: result.cumShare[i]!,
      tier: result.tier[i] ?? null,
      tierIndex: result.tierIndex[i]!,
      isBoundary: result.isBoundary[i] === 1,
      tieGroupSize: result.tieGroupSize[i]!,
      excludedReason: reason,
    };
  };
  if (order === "rank") return [...Array.from(result.order, item), ...result.excluded.indices.map(item)];
  return Array.from({ length: result.n }, (_, i) => item(i));
}
