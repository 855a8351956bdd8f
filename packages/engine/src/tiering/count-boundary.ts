import type { AbcRounding } from "./abc-options.ts";
import type { DecimalFraction } from "./decimal-fraction.ts";

/**
 * Returns the count boundary b = round(n·c) for the cumulative quota c, rounded exactly with `rounding`
 * (domain/tiering.md §2.2: boundaries are cumulative, so the class sizes always add up to n).
 */
export function countBoundary(n: number, cumulativeQuota: DecimalFraction, rounding: AbcRounding): number {
  const q = cumulativeQuota.denominator;
  const scaled = BigInt(n) * cumulativeQuota.numerator;
  const floor = scaled / q;
  const twiceRemainder = 2n * (scaled - floor * q);
  let b = floor;
  if (twiceRemainder > q) b = floor + 1n;
  else if (twiceRemainder === q) b = rounding === "halfUp" || floor % 2n === 1n ? floor + 1n : floor;
  return Math.min(n, Number(b));
}
