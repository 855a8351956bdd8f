import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundHalfEven, roundHalfUp } from "../../src/math/round.ts";
import { medianSorted, quantileSorted, sortedFinite } from "../../src/math/quantile.ts";
import { averageRanks, competitionRanksDesc } from "../../src/math/rank.ts";

describe("math", () => {
  it("roundHalfUp(x, d) rounds decimal halves away from zero, as by hand", () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(2329.14375, 2)).toBe(2329.14);
    expect(roundHalfUp(122.52)).toBe(123);
    expect(roundHalfUp(-27.905, 2)).toBe(-27.91);
    expect(roundHalfUp(0.5)).toBe(1);
    expect(roundHalfUp(-0.4)).toBe(0);
  });

  it("roundHalfEven(x, d) rounds halves to the even neighbour as R does", () => {
    expect(roundHalfEven(6.5)).toBe(6);
    expect(roundHalfEven(7.5)).toBe(8);
    expect(roundHalfEven(3.78)).toBe(4);
    expect(roundHalfEven(2.675, 2)).toBe(2.68);
  });

  it("roundHalfUp and roundHalfEven keep numbers whose text is in exponent form (1e21, 5e-7)", () => {
    expect(roundHalfUp(1e19, 2)).toBe(1e19);
    expect(roundHalfUp(-1.45e21, 2)).toBe(-1.45e21);
    expect(roundHalfUp(1e300)).toBe(1e300);
    expect(roundHalfEven(2.5e22, 2)).toBe(2.5e22);
    expect(roundHalfUp(5e-7, 6)).toBe(0.000001);
    expect(roundHalfUp(4e-7, 6)).toBe(0);
    expect(roundHalfEven(5e-7, 6)).toBe(0);
  });

  it("quantileSorted(sorted, p) is R-7: 1..4 at 0.25 → 1.75, median of 1..4 → 2.5", () => {
    expect(quantileSorted([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(medianSorted([1, 2, 3, 4])).toBe(2.5);
    expect(quantileSorted([], 0.5)).toBeNaN();
    expect(Array.from(sortedFinite([3, null, NaN, 1, 2]))).toEqual([1, 2, 3]);
  });

  it("averageRanks and competitionRanksDesc share ties as RANK.AVG and RANK.EQ do", () => {
    expect(Array.from(averageRanks([10, 20, 20, 30]))).toEqual([1, 2.5, 2.5, 4]);
    expect(Array.from(competitionRanksDesc([21.5, 22, 22]))).toEqual([3, 1, 1]);
  });

  it("competitionRanksDesc(scores) is 1 + the count of strictly larger finite scores, NaN for non-finite", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double(), fc.constant(0.1 + 0.2)), { maxLength: 60 }),
        (xs) => {
          const expected = xs.map((x) =>
            Number.isFinite(x) ? 1 + xs.filter((y) => Number.isFinite(y) && y > x).length : NaN,
          );
          expect([...competitionRanksDesc(xs)]).toEqual(expected);
        },
      ),
    );
  });
});
