/**
 * Returns `x` rounded to `decimals` places, halves away from zero (四舍五入), decided on the shortest decimal
 * text of `x` so that 1.005 → 1.01 and 2329.14375 → 2329.14 as a person computing by hand would get.
 */
export function roundHalfUp(x: number, decimals = 0): number {
  if (!Number.isFinite(x) || (decimals >= 0 && Math.abs(x) >= INTEGRAL)) return x;
  const sign = x < 0 ? -1 : 1;
  const shifted = Math.round(shiftDecimal(Math.abs(x), decimals));
  return sign * shiftDecimal(shifted, -decimals) || 0;
}

// Every double from 2^52 up is an integer: rounding it to 0 or more places returns it (and scaling it by 10^places
// could overflow to Infinity, whose text "Infinity" does not read back, which rounded 1.5e308 yuan to 0).
const INTEGRAL = 2 ** 52;

/**
 * Returns x · 10^places computed on x's shortest decimal text (1.005 → 100.5 exactly). The text may be in exponent
 * form (1e+21, 5e-7): appending "e2" to it would give NaN, which rounded every amount from 1e19 yuan up to 0.
 */
function shiftDecimal(x: number, places: number): number {
  const [mantissa, exponent = "0"] = String(x).split("e");
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/** Returns `x` rounded to `decimals` places, halves to the even neighbour (R's and banker's rounding). */
export function roundHalfEven(x: number, decimals = 0): number {
  if (!Number.isFinite(x) || (decimals >= 0 && Math.abs(x) >= INTEGRAL)) return x;
  const sign = x < 0 ? -1 : 1;
  const scaled = shiftDecimal(Math.abs(x), decimals);
  const floor = Math.floor(scaled);
  const diff = scaled - floor;
  const rounded = diff > 0.5 ? floor + 1 : diff < 0.5 ? floor : floor % 2 === 0 ? floor : floor + 1;
  return sign * shiftDecimal(rounded, -decimals) || 0;
}

/** How to round a half: away from zero (`halfUp`, JS/Excel ROUND) or to even (`halfEven`, R). */
export type RoundingMode = "halfUp" | "halfEven";

/** Returns `x` rounded to `decimals` places with `mode`. */
export function roundWith(x: number, mode: RoundingMode, decimals = 0): number {
  return mode === "halfEven" ? roundHalfEven(x, decimals) : roundHalfUp(x, decimals);
}
