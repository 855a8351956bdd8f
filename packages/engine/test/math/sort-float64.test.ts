import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortFloat64 } from "../../src/math/sort-float64.ts";
import { FUZZ_SEED } from "../fuzz/fuzz-harness.ts";

/** True when `a` and `b` hold the same doubles in the same order (−0 and +0 told apart, NaN equal to NaN). */
function sameDoubles(a: Float64Array, b: Float64Array): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}

/** `length` values cycling through `seeds`, each copy shifted by a multiple of `step` so most values differ. */
function spread(seeds: readonly number[], length: number, step: number): Float64Array {
  return Float64Array.from({ length }, (_, i) => seeds[i % seeds.length]! + Math.floor(i / seeds.length) * step);
}

describe("sortFloat64(values)", () => {
  it("sortFloat64(values) sorts in place in the native order: −Infinity, negatives, −0, +0, subnormals, +Infinity", () => {
    const specials = [Infinity, -0, 0, 5e-324, -5e-324, -Infinity, 1e308, -1e308, 1, -1, 0.1, -0.1];
    const values = Float64Array.from({ length: 6000 }, (_, i) => specials[(i * 7) % specials.length]!);
    const native = values.slice().sort();
    const sorted = sortFloat64(values);
    expect(sorted).toBe(values);
    expect(sameDoubles(sorted, native)).toBe(true);
    expect([sorted[0], sorted[5999]]).toEqual([-Infinity, Infinity]);
    // Every −0 comes right before the first +0.
    let lastMinusZero = -1;
    sorted.forEach((v, i) => Object.is(v, -0) && (lastMinusZero = i));
    expect(lastMinusZero).toBeGreaterThan(0);
    expect(lastMinusZero).toBe(sorted.findIndex((v) => Object.is(v, 0)) - 1);
  });

  it("sortFloat64(random doubles) equals Float64Array.prototype.sort() element for element", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 4096, max: 12000 }),
        fc.constantFrom(0, 1e-9, 1, 1e6),
        (seeds, length, step) => {
          const values = spread(seeds, length, step);
          return sameDoubles(sortFloat64(values.slice()), values.slice().sort());
        },
      ),
      { seed: FUZZ_SEED, numRuns: 60 },
    );
  });

  it("sortFloat64(values with NaN) and short arrays give the native order too (they are sorted natively)", () => {
    const withNaN = spread([3, NaN, -2, 0, -0], 5000, 1);
    expect(sameDoubles(sortFloat64(withNaN.slice()), withNaN.slice().sort())).toBe(true);
    const short = Float64Array.from([3, -0, 0, -1, Infinity]);
    expect([...sortFloat64(short)]).toEqual([-1, -0, 0, 3, Infinity]);
  });

  it("sortFloat64(subarray) sorts only the view", () => {
    const whole = Float64Array.from({ length: 10000 }, (_, i) => (i * 7919) % 10007);
    const view = whole.subarray(1000, 9000);
    const expected = view.slice().sort();
    sortFloat64(view);
    expect(sameDoubles(view, expected)).toBe(true);
    expect([whole[0], whole[999], whole[9000]]).toEqual([0, (999 * 7919) % 10007, (9000 * 7919) % 10007]);
  });
});
