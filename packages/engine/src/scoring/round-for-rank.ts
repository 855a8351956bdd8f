/**
 * Returns `x` rounded to `decimals` places by scaling, so float noise such as 22.000000000000004 compares equal
 * to 22. Why not `roundHalfUp`: that one is decimal-exact but string-based, too slow for a million scores, and
 * ranking only needs equal inputs to give equal keys.
 */
export function roundForRank(x: number, decimals: number): number {
  const f = 10 ** decimals;
  const y = Math.round(x * f) / f;
  return Number.isFinite(y) ? y + 0 : x;
}
