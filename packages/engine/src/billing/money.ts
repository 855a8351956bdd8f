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
  const a = Math.abs(x);
  const y = a * k;
  if (y < QUICK_LIMIT) {
    const f = y - Math.floor(y);
    if (Math.abs(f - 0.5) > y * HALF_MARGIN) {
      const r = Math.round(y) / k;
      return x < 0 ? -r || 0 : r;
    }
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
