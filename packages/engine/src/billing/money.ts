import { roundHalfUp } from "../math/round.ts";

// The quick paths below read x·10^decimals (and x·10^(decimals+1)) in floating point. Below 2^49 that product is
// within 1.5 units in its last place (ulp) of the same product of x's shortest decimal text, so a fractional part
// farther than 2^-46·y (64 ulp) from a half rounds the same way as the text does.
const QUICK_LIMIT = 2 ** 49;
const HALF_MARGIN = 2 ** -46;
// Below 2^52 for x·10^(decimals+1), two decimals of decimals+1 places are more than an ulp of x apart, so at most
// one of them lies within x's rounding interval: a decimal that reads back as x is x's shortest text.
const EXACT_LIMIT = 2 ** 52;

/**
 * Returns `yuan` rounded half-up to 0.01 (分). Equal to `roundHalfUp(yuan, 2)`, which rounds the shortest decimal
 * text of `yuan` (1.005 → 1.01); quick paths decide without that text because building it costs ~0.6 µs and a bill
 * rounds every line.
 */
export function roundYuan(yuan: number): number {
  return quickRoundHalfUp(yuan, 2);
}

const SCALE = [1, 10, 100, 1000];

/**
 * Returns `roundHalfUp(x, decimals)` for 0–3 decimals: directly when x·10^decimals is clearly not near a half, or
 * is exactly a decimal half (kWh × a price of three decimals: 32480.235 yuan); through the decimal-text rounding
 * otherwise.
 */
export function quickRoundHalfUp(x: number, decimals: 0 | 1 | 2 | 3): number {
  const k = SCALE[decimals]!;
  const clear = roundedClearOfHalf(x, k);
  if (clear !== undefined) return clear;
  const a = Math.abs(x);
  if (a * k < QUICK_LIMIT) {
    // Near a half: when x reads back from the decimal z / 10k whose last digit is 5, that decimal is x's text and
    // rounding it half-up gives (z + 5) / 10 units of 10^-decimals.
    const t = a * k * 10;
    if (t < EXACT_LIMIT) {
      const z = Math.round(t);
      if (z % 10 === 5 && z / (k * 10) === a) {
        const r = (z + 5) / 10 / k;
        return x < 0 ? -r : r;
      }
    }
  }
  return roundHalfUp(x, decimals);
}

/**
 * Returns x rounded half-up to units of 1/k when x·k is below 2^49 and its fractional part is clearly not near a
 * half (farther than 64 ulp), so floating-point error cannot change the result; else undefined.
 */
function roundedClearOfHalf(x: number, k: number): number | undefined {
  const y = Math.abs(x) * k;
  if (!(y < QUICK_LIMIT)) return undefined; // also NaN, which the decimal-text rounding handles
  const f = y - Math.floor(y);
  if (Math.abs(f - 0.5) <= y * HALF_MARGIN) return undefined;
  const r = Math.round(y) / k;
  return x < 0 ? -r || 0 : r;
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];

/**
 * Returns how many decimals the shortest text of `x` has (0–9), or -1 when it has more or x·10^places is no safe
 * integer: the fewest places whose decimal reads back as x (below 2^53 no other decimal of as few places does).
 */
export function placesOf(x: number): number {
  for (let s = 0; s < POW10.length; s++) {
    const m = Math.round(x * POW10[s]!);
    if (m / POW10[s]! === x) return Math.abs(m) <= Number.MAX_SAFE_INTEGER ? s : -1;
  }
  return -1;
}

/**
 * Returns a × b × k ÷ d in yuan rounded half-up to the fen, computed exactly on the decimals a and b (their
 * shortest text) and the whole numbers k and d: 70655375 kWh × 0.2986 = 21097694.975 gives 21097694.98, where the
 * floating-point product 21097694.974999998 would round down. Falls back to `roundYuan((a * b * k) / d)` when the
 * exact figures do not fit in 2^53.
 */
export function yuanOfProduct(a: number, b: number, k = 1, d = 1): number {
  const x = (a * b * k) / d;
  // Clearly not near a half fen: the few ulp between x and the exact figure cannot change the rounding.
  const clear = roundedClearOfHalf(x, 100);
  if (clear !== undefined) return clear;
  const sa = placesOf(a);
  const sb = placesOf(b);
  if (sa >= 0 && sb >= 0 && sa + sb <= 15 && Number.isInteger(k) && k >= 0 && Number.isInteger(d) && d > 0) {
    const ab = Math.abs(Math.round(a * POW10[sa]!)) * Math.abs(Math.round(b * POW10[sb]!));
    const num = ab * k * 100;
    const den = 10 ** (sa + sb) * d;
    if (ab <= Number.MAX_SAFE_INTEGER && num <= Number.MAX_SAFE_INTEGER && den <= Number.MAX_SAFE_INTEGER) {
      // Integers below 2^53: the remainder and the division by a multiple are exact.
      const r = num % den;
      const fen = (num - r) / den + (2 * r >= den ? 1 : 0);
      if (fen === 0) return 0;
      return a < 0 !== b < 0 ? -fen / 100 : fen / 100;
    }
  }
  return roundYuan(x);
}
