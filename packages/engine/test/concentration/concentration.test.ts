import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { concentration, gini, hhi, lorenzCurve, paretoRatio, topShare, type Result } from "../../src/index.ts";

interface FixtureCase {
  id: string;
  inputs: { values?: number[]; shares_pct?: number[] };
  expected: { gini?: number; hhi?: number };
  recomputation: { with_n_over_n_minus_1_correction?: number; hhi_fraction_scale?: number };
}
const cases = JSON.parse(
  readFileSync(new URL("../fixtures/tiering-cases.json", import.meta.url), "utf8"),
) as FixtureCase[];
const fixture = (id: string) => cases.find((c) => c.id === id)!;

function data<T>(r: Result<T>): T {
  if (!r.success) throw new Error(`expected success, got ${JSON.stringify(r.issues)}`);
  return r.data;
}
function codes<T>(r: Result<T>): string[] {
  return r.success ? r.warnings.map((w) => w.code) : r.issues.map((i) => i.code);
}

describe("concentration fixtures", () => {
  it("gini(values) is 0.38625 on gini-20-incomes, 0.406579 with the n/(n−1) correction", () => {
    const c = fixture("gini-20-incomes");
    const values = c.inputs.values!;
    expect(data(gini(values)).gini).toBe(c.expected.gini);
    expect(data(gini(values, { correction: true })).gini).toBeCloseTo(
      c.recomputation.with_n_over_n_minus_1_correction!,
      6,
    );
    expect(data(concentration(values)).gini).toBe(0.38625);
    expect(data(concentration(values, { giniCorrection: true })).gini).toBeCloseTo(0.406579, 6);
  });

  it("hhi(shares, {input: 'percentShares'}) is 2600 on hhi-four-firms, 0.26 on the fraction scale", () => {
    const c = fixture("hhi-four-firms");
    const r = data(hhi(c.inputs.shares_pct!, { input: "percentShares" }));
    expect(r.hhi).toBe(c.expected.hhi);
    expect(r.hhiFraction).toBe(c.recomputation.hhi_fraction_scale);
    expect(data(hhi([0.3, 0.3, 0.2, 0.2], { input: "fractionShares" })).hhi).toBeCloseTo(2600, 9);
    expect(data(hhi([300, 300, 200, 200])).hhi).toBe(2600);
    expect(data(hhi([300, 300, 200, 200])).hhiFraction).toBe(0.26);
  });
});

describe("gini", () => {
  it("gini(values) ignores order and ties: [5,1,1,1] → 0.375", () => {
    expect(data(gini([1, 1, 1, 5])).gini).toBe(0.375);
    expect(data(gini([5, 1, 1, 1])).gini).toBe(0.375);
    expect(data(gini([1, 5, 1, 1])).gini).toBe(0.375);
  });

  it("gini(values) is 0 for equal values and (n−1)/n when one holds all (1 corrected)", () => {
    expect(data(gini([7, 7, 7, 7])).gini).toBe(0);
    expect(data(gini([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1])).gini).toBe(0);
    expect(data(gini([0, 0, 0, 0, 7])).gini).toBe(0.8);
    expect(data(gini([0, 0, 0, 0, 7], { correction: true })).gini).toBe(1);
    expect(data(gini([3])).gini).toBe(0);
    expect(codes(gini([3], { correction: true }))).toEqual(["concentration_correction_needs_two"]);
  });

  it("gini(values) rejects negatives, NaN, text, an empty list and a zero total", () => {
    const neg = gini([3, -1, 4, -2]);
    expect(neg.success).toBe(false);
    if (!neg.success) {
      expect(neg.issues[0]!.code).toBe("concentration_negative_values");
      expect(neg.issues[0]!.path).toEqual(["values", 1]);
      expect(neg.issues[0]!.params).toMatchObject({ count: 2, first: 1 });
    }
    expect(codes(gini([1, NaN]))).toEqual(["not_finite"]);
    expect(codes(gini([1, Infinity]))).toEqual(["not_finite"]);
    expect(codes(gini([1, "abc"] as unknown[]))).toEqual(["invalid_type"]);
    expect(codes(gini([]))).toEqual(["empty_input"]);
    expect(codes(gini([null, ""]))).toEqual(["empty_input"]);
    expect(codes(gini([0, 0, 0]))).toEqual(["concentration_zero_total"]);
    expect(codes(gini("1,2,3" as unknown as number[]))).toEqual(["invalid_type"]);
    expect(codes(gini([1, 2], { correction: "yes" } as never))).toEqual(["invalid_type"]);
  });

  it("gini(values, {negative}) excludes or clips negatives and warns with the count", () => {
    const ex = gini([-5, 1, 1, 1, 5], { negative: "exclude" });
    expect(data(ex).gini).toBe(0.375);
    expect(ex.success && ex.warnings[0]!.params).toMatchObject({ count: 1, n: 4 });
    const clip = gini([-5, 0, 0, 0, 7], { negative: "clip0" });
    expect(data(clip).gini).toBe(0.8);
    expect(codes(clip)).toEqual(["concentration_negative_clipped"]);
  });

  it("gini(values) excludes missing cells (null, undefined, '') and counts them", () => {
    const r = gini([1, null, 1, undefined, 1, "", 5]);
    expect(data(r).gini).toBe(0.375);
    expect(data(r).n).toBe(4);
    expect(r.success && r.warnings[0]).toMatchObject({ code: "concentration_missing_excluded", params: { count: 3 } });
  });

  it("gini(values) is in [0, 1) for nonnegative values with a positive sum, invariant to order and scale", () => {
    const arb = fc
      // Zeros plus values ≥ 1e-6, so that scaling by c ≥ 1e-3 cannot underflow the total to 0 (which is an issue).
      .array(fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e9, noNaN: true })), { minLength: 1, maxLength: 60 })
      .filter((xs) => xs.some((x) => x > 0));
    fc.assert(
      fc.property(arb, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (xs, c) => {
        const copy = [...xs];
        const g = data(gini(xs)).gini;
        expect(xs).toEqual(copy);
        expect(g).toBeGreaterThanOrEqual(0);
        expect(g).toBeLessThan(1);
        expect(data(gini([...xs].reverse())).gini).toBeCloseTo(g, 12);
        expect(data(gini(xs.map((x) => x * c))).gini).toBeCloseTo(g, 9);
      }),
      { numRuns: 200 },
    );
  });

  // Speed is measured by `pnpm bench` (gini 1M), not here: this checks the answer at that size.
  it("gini(values) and concentration(values) over 1,000,000 uniform values: Gini ≈ 1/3, a 201-point Lorenz curve", () => {
    let seed = 42;
    const values = Array.from({ length: 1_000_000 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) % 100_000) + 1);
    const g = data(gini(values)).gini;
    // Uniform values on 1..100000 have Gini ≈ 1/3.
    expect(g).toBeCloseTo(1 / 3, 2);
    const all = data(concentration(Float64Array.from(values)));
    expect(all.gini).toBe(g);
    expect(all.lorenz).toHaveLength(201);
    expect(all.lorenz[0]).toEqual({ x: 0, y: 0 });
    expect(all.lorenz[200]).toEqual({ x: 1, y: 1 });
  });
});

describe("hhi", () => {
  it("hhi(values) gives both scales and the normalised index", () => {
    const r = data(hhi([10, 20, 30, 40]));
    expect(r.hhi).toBe(3000);
    expect(r.hhiFraction).toBe(0.3);
    expect(r.hhiNormalized).toBeCloseTo(0.05 / 0.75, 12);
    expect(data(hhi([5])).hhi).toBe(10_000);
    expect(data(hhi([5])).hhiNormalized).toBeNull();
    expect(data(hhi([2, 2, 2, 2])).hhiNormalized).toBe(0);
  });

  it("hhi(shares, {input}) warns when shares fall short of the whole and rejects more than the whole", () => {
    const short = hhi([30, 30], { input: "percentShares" });
    expect(data(short).hhi).toBe(1800);
    expect(codes(short)).toEqual(["concentration_shares_incomplete"]);
    expect(codes(hhi([60, 50], { input: "percentShares" }))).toEqual(["concentration_shares_exceed_total"]);
    expect(codes(hhi([0.6, 0.5], { input: "fractionShares" }))).toEqual(["concentration_shares_exceed_total"]);
    expect(codes(hhi([1, 2], { input: "percent" } as never))).toEqual(["invalid_value"]);
  });
});

describe("top share, Pareto ratio, CR_k, Lorenz", () => {
  const xs = [30, 10, 40, 20];

  it("topShare(values, p) counts ⌈p·n⌉ customers and interpolates the Lorenz curve", () => {
    const r = data(topShare(xs));
    expect(r).toMatchObject({ p: 0.2, count: 1, share: 0.4, n: 4, total: 100 });
    expect(r.shareInterpolated).toBeCloseTo(0.32, 12);
    expect(data(topShare(xs, 0.5))).toMatchObject({ count: 2, share: 0.7 });
    expect(
      data(
        topShare(
          Array.from({ length: 30 }, () => 1),
          0.1,
        ),
      ).count,
    ).toBe(3);
    expect(codes(topShare(xs, 0))).toEqual(["too_small"]);
    expect(codes(topShare(xs, 1.5))).toEqual(["too_big"]);
  });

  it("paretoRatio(values, threshold) is the smallest top fraction reaching the threshold", () => {
    const r = data(paretoRatio(xs));
    expect(r).toMatchObject({ threshold: 0.8, count: 3, ratio: 0.75, shareReached: 0.9 });
    expect(r.ratioInterpolated).toBeCloseTo(0.625, 12);
    expect(data(paretoRatio(xs, 0.7))).toMatchObject({ count: 2, ratio: 0.5 });
    expect(data(paretoRatio(xs, 1))).toMatchObject({ count: 4, ratio: 1 });
  });

  it("concentration(values) reports CR_k, curves and warns when k > n", () => {
    const r = concentration(xs, { k: [1, 2, 8] });
    const d = data(r);
    expect(d.cr).toEqual([
      { k: 1, count: 1, share: 0.4 },
      { k: 2, count: 2, share: 0.7 },
      { k: 8, count: 4, share: 1 },
    ]);
    expect(codes(r)).toEqual(["concentration_k_exceeds_n"]);
    expect(d.gini).toBe(0.25);
    expect(d.giniCorrected).toBeCloseTo(1 / 3, 12);
    expect(d.hhi).toBe(3000);
    expect(d.topShare.share).toBe(0.4);
    expect(d.paretoRatio.ratio).toBe(0.75);
    expect(d.lorenz.map((p) => [p.x, p.y])).toEqual([
      [0, 0],
      [0.25, 0.1],
      [0.5, 0.3],
      [0.75, 0.6],
      [1, 1],
    ]);
    expect(d.abcCurve.map((p) => p.x)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(d.abcCurve.map((p) => p.y)).toEqual([0, 0.4, 0.7, expect.closeTo(0.9, 12), 1]);
  });

  it("lorenzCurve(values, {maxPoints}) downsamples with exact endpoints", () => {
    const r = data(
      lorenzCurve(
        Array.from({ length: 1000 }, (_, i) => i + 1),
        { maxPoints: 11 },
      ),
    );
    expect(r.lorenz).toHaveLength(11);
    expect(r.lorenz[0]).toEqual({ x: 0, y: 0 });
    expect(r.lorenz[5]!.x).toBe(0.5);
    expect(r.lorenz[5]!.y).toBeCloseTo((500 * 501) / 2 / ((1000 * 1001) / 2), 12);
    expect(r.lorenz[10]).toEqual({ x: 1, y: 1 });
  });

  it("lorenzCurve(values) reports the ABC curve's shares as exact decimals, not 1 − 0.8 = 0.19999999999999996", () => {
    const r = data(lorenzCurve([5, 1, 1, 1, 2]));
    expect(r.abc).toEqual([
      { x: 0, y: 0 },
      { x: 0.2, y: 0.5 },
      { x: 0.4, y: 0.7 },
      { x: 0.6, y: 0.8 },
      { x: 0.8, y: 0.9 },
      { x: 1, y: 1 },
    ]);
    // Every point still mirrors the Lorenz curve about (½, ½).
    r.abc.forEach((p, j) => {
      const q = r.lorenz[r.lorenz.length - 1 - j]!;
      expect(p.x + q.x).toBeCloseTo(1, 15);
      expect(p.y + q.y).toBeCloseTo(1, 15);
    });
  });

  it("concentration(values) does not mutate its input", () => {
    const input = [3, 1, 2];
    const typed = Float64Array.from([3, 1, 2]);
    concentration(input);
    concentration(typed);
    expect(input).toEqual([3, 1, 2]);
    expect(Array.from(typed)).toEqual([3, 1, 2]);
  });
});
