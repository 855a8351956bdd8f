import type { AbcResult } from "./abc-result.ts";

/** A point of the ABC (Lorenz-type) curve: share of items x against cumulative value share y at rank `rank`. */
export interface AbcCurvePoint {
  readonly x: number;
  readonly y: number;
  readonly rank: number;
}

/**
 * Returns the ABC curve of `result` from (0, 0) to (1, 1): x = k / rankedCount, y = S_k, the same curve the tiers
 * are cut from (domain/tiering.md §2.8). With more than `maxPoints` (defaults to 1000, at least 2) points it is
 * thinned to evenly spaced ranks, always keeping both ends and the last rank of every tier so cut lines sit on it.
 */
export function abcCurve(result: AbcResult, maxPoints = 1000): AbcCurvePoint[] {
  const m = result.rankedCount;
  const point = (k: number): AbcCurvePoint => ({
    x: m > 0 ? k / m : 0,
    y: k === 0 ? 0 : result.cumShare[result.order[k - 1]!]!,
    rank: k,
  });
  const limit = Math.max(2, Math.floor(Number.isFinite(maxPoints) ? maxPoints : 1000));
  if (m + 1 <= limit) return Array.from({ length: m + 1 }, (_, k) => point(k));
  const ranks = new Set<number>();
  for (let i = 0; i < limit; i++) ranks.add(Math.round((i * m) / (limit - 1)));
  for (const t of result.tiers) if (!t.separate) ranks.add(t.boundaryIndex);
  return [...ranks].sort((a, b) => a - b).map(point);
}
