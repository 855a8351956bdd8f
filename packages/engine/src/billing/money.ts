import { roundHalfUp } from "../math/round.ts";

// Above this, |x|·100 has too few fractional bits for the quick test below; the decimal-text rounding decides.
const QUICK_LIMIT = 1e9;
// Float error of |x|·100 stays far below this for |x| < 1e7, so farther from a half the quick rounding is exact.
const HALF_MARGIN = 1e-6;

/**
 * Returns `yuan` rounded half-up to 0.01 (分). Equal to `roundHalfUp(yuan, 2)`; values that are clearly not near a
 * half take a quick path because the decimal-text rounding costs ~0.6 µs and a bill rounds every line.
 */
export function roundYuan(yuan: number): number {
  return quickRoundHalfUp(yuan, 2);
}

const SCALE = [1, 10, 100, 1000];

/**
 * Returns `roundHalfUp(x, decimals)` for 0–3 decimals, computed directly when x·10^decimals is clearly not near a
 * half and through the decimal-text rounding otherwise.
 */
export function quickRoundHalfUp(x: number, decimals: 0 | 1 | 2 | 3): number {
  const k = SCALE[decimals]!;
  const y = Math.abs(x) * k;
  if (y < QUICK_LIMIT) {
    const f = y - Math.floor(y);
    if (Math.abs(f - 0.5) > HALF_MARGIN) {
      const r = Math.round(y) / k;
      return x < 0 ? -r || 0 : r;
    }
  }
  return roundHalfUp(x, decimals);
}
