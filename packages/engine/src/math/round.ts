/**
 * Returns `x` rounded to `decimals` places, halves away from zero (四舍五入), decided on the shortest decimal
 * text of `x` so that 1.005 → 1.01 and 2329.14375 → 2329.14 as a person computing by hand would get.
 */
export function roundHalfUp(x: number, decimals = 0): number {
  if (!Number.isFinite(x)) return x;
  const sign = x < 0 ? -1 : 1;
  const shifted = Math.round(Number(`${Math.abs(x)}e${decimals}`));
  return sign * Number(`${shifted}e${-decimals}`) || 0;
}

/** Returns `x` rounded to `decimals` places, halves to the even neighbour (R's and banker's rounding). */
export function roundHalfEven(x: number, decimals = 0): number {
  if (!Number.isFinite(x)) return x;
  const sign = x < 0 ? -1 : 1;
  const scaled = Number(`${Math.abs(x)}e${decimals}`);
  const floor = Math.floor(scaled);
  const diff = scaled - floor;
  const rounded = diff > 0.5 ? floor + 1 : diff < 0.5 ? floor : floor % 2 === 0 ? floor : floor + 1;
  return sign * Number(`${rounded}e${-decimals}`) || 0;
}

/** How to round a half: away from zero (`halfUp`, JS/Excel ROUND) or to even (`halfEven`, R). */
export type RoundingMode = "halfUp" | "halfEven";

/** Returns `x` rounded to `decimals` places with `mode`. */
export function roundWith(x: number, mode: RoundingMode, decimals = 0): number {
  return mode === "halfEven" ? roundHalfEven(x, decimals) : roundHalfUp(x, decimals);
}
