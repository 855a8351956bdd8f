import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatIssue,
  valueScoreBreakdown,
  valueScoreRows,
  valueScores,
  valueScoresColumns,
  valueScoresMatrix,
  type Criterion,
  type Result,
} from "../../src/index.ts";

interface WsmCase {
  id: string;
  params: { weights: number[]; criteria: string[] };
  inputs: Record<string, number | string>[];
  expected: { scores: Record<string, number>; best: string[] };
}
const fixtures = JSON.parse(readFileSync(new URL("../fixtures/tiering-cases.json", import.meta.url), "utf8")) as {
  id: string;
  method: string;
}[];
const wsm = fixtures.filter((c) => c.method === "weighted_sum") as unknown as WsmCase[];

function data<T>(r: Result<T>): T {
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}
function issues<T>(r: Result<T>) {
  if (r.success) throw new Error("expected a failure");
  return r.issues;
}
const one = (x: (number | null)[], c: Partial<Criterion> = {}, options = {}) =>
  valueScores(
    x.map((v) => ({ x: v })),
    [{ field: "x", weight: 1, ...c }],
    options,
  );
const scoresOf = (r: Result<{ scores: Float64Array }>) => [...data(r).scores];

describe("valueScores", () => {
  it.each(wsm)("valueScores(rows, criteria, {normalization: 'none'}) reproduces $id", (c) => {
    const criteria = c.params.criteria.map((field, j) => ({ field, weight: c.params.weights[j]! }));
    const r = data(valueScores(c.inputs, criteria, { normalization: "none", idField: "alternative" }));
    const ids = r.ids as string[];
    ids.forEach((id, i) => expect(r.scores[i]).toBe(c.expected.scores[id]));
    // 0.2·10 + 0.15·30 + 0.4·20 + 0.25·30 is 22.000000000000004 in floats: rounding makes A2 and A3 tie at rank 1.
    expect([...r.ranks]).toEqual([3, 1, 1]);
    expect(ids.filter((_, i) => r.ranks[i] === 1)).toEqual(c.expected.best);
  });

  it("valueScores(rows) min-max rates benefit (x − min)/(max − min) and cost (max − x)/(max − min)", () => {
    expect(scoresOf(one([10, 20, 40]))).toEqual([0, 33.3333333333, 100]);
    expect(scoresOf(one([10, 20, 40], { direction: "cost" }))).toEqual([100, 66.6666666667, 0]);
    const r = data(one([10, 20, 40]));
    expect(r.criteria[0]).toMatchObject({ min: 10, max: 40, count: 3, missing: 0, normalization: "minmax" });
  });

  it("valueScores(rows, {normalization: 'max'}) rates x/max, and min/x for cost", () => {
    expect(scoresOf(one([10, 20, 40], { normalization: "max" }))).toEqual([25, 50, 100]);
    expect(scoresOf(one([10, 20, 40], { normalization: "max", direction: "cost" }))).toEqual([100, 50, 25]);
  });

  it("valueScores(rows, max-ratio cost) refuses a zero, naming the criterion and row", () => {
    const [i] = issues(one([10, 0, 40], { normalization: "max", direction: "cost", label: "营销费用" }));
    expect(i).toMatchObject({ code: "scoring_values_not_positive", path: ["rows", 1, "x"] });
    expect(i!.message).toContain("营销费用");
    expect(formatIssue(i!, "zh-CN")).toContain("营销费用");
  });

  it("valueScores(rows, zscore) uses the population σ by default, the sample σ on request, and Φ(z)·100", () => {
    const pop = data(one([10, 20, 40], { normalization: "zscore" }));
    expect(pop.criteria[0]!.sd).toBeCloseTo(12.472191289246473, 12);
    [14.252470370130643, 39.46340130671406, 90.92753961392899].forEach((v, i) =>
      expect(pop.scores[i]).toBeCloseTo(v, 9),
    );
    const sample = data(one([10, 20, 40], { normalization: "zscore" }, { sigma: "sample" }));
    expect(sample.criteria[0]!.sd).toBeCloseTo(15.275252316519467, 12);
    [19.136654444261307, 41.36296732813557, 86.23832379625829].forEach((v, i) =>
      expect(sample.scores[i]).toBeCloseTo(v, 9),
    );
    const cost = data(one([10, 20, 40], { normalization: "zscore", direction: "cost" }));
    [85.74752962986936, 60.53659869328594, 9.07246038607102].forEach((v, i) =>
      expect(cost.scores[i]).toBeCloseTo(v, 9),
    );
    const raw = data(one([10, 20, 40], { normalization: "zscore" }, { zscoreMap: "none", scale: 1 }));
    expect(raw.scores[0]).toBeCloseTo((10 - 70 / 3) / 12.472191289246473, 9);
  });

  it("valueScores(rows, percentile) rates (rank_avg − 1)/(n − 1), ties sharing a rank", () => {
    expect(scoresOf(one([10, 20, 40], { normalization: "percentile" }))).toEqual([0, 50, 100]);
    expect(scoresOf(one([10, 10, 40], { normalization: "percentile" }))).toEqual([25, 25, 100]);
    expect(scoresOf(one([10, 20, 40], { normalization: "percentile", direction: "cost" }))).toEqual([100, 50, 0]);
  });

  it("valueScores(rows, vector) rates x/√Σx²", () => {
    const r = data(one([10, 20, 40], { normalization: "vector" }));
    expect(r.criteria[0]!.norm).toBeCloseTo(Math.sqrt(2100), 12);
    [21.82178902359924, 43.64357804719848, 87.28715609439696].forEach((v, i) => expect(r.scores[i]).toBeCloseTo(v, 9));
  });

  it("valueScores(rows, bands) scores a scoring-standard table with [lo, hi) bands", () => {
    // "cooperation ≥ 5 years → 10 pts, 3–5 → 7, below 3 → 3" (the seed's 评分标准 style).
    const bands = [
      { lo: 5, points: 10 },
      { lo: 3, hi: 5, points: 7 },
      { hi: 3, points: 3 },
    ];
    const r = data(one([2, 3, 5, 4.99], { bands }));
    expect([...r.scores]).toEqual([30, 70, 100, 70]);
    expect(r.criteria[0]!.bands).toEqual({ bands: [bands[2], bands[1], bands[0]], maxPoints: 10 });
  });

  it("valueScores(rows, bands) refuses overlapping or empty bands and warns about gaps", () => {
    const overlap = issues(
      one([1], {
        bands: [
          { lo: 0, hi: 5, points: 1 },
          { lo: 4, points: 2 },
        ],
      }),
    );
    expect(overlap[0]).toMatchObject({ code: "scoring_bands_overlap" });
    expect(issues(one([1], { bands: [{ lo: 5, hi: 5, points: 1 }] }))[0]).toMatchObject({ code: "scoring_band_empty" });
    const gap = one([1, 4, 7], {
      bands: [
        { lo: 0, hi: 3, points: 5 },
        { lo: 5, points: 10 },
      ],
    });
    expect(gap.success && gap.warnings.map((w) => w.code)).toEqual([
      "scoring_bands_gap",
      "scoring_values_outside_bands",
    ]);
    expect(scoresOf(gap)).toEqual([50, 0, 100]);
    expect(issues(one([1], { normalization: "bands" }))[0]).toMatchObject({ code: "scoring_bands_missing" });
  });

  it("valueScores(rows) rates everyone 1 (or the constant option) when max = min, never NaN", () => {
    const r = one([7, 7, 7]);
    expect(scoresOf(r)).toEqual([100, 100, 100]);
    expect(r.success && r.warnings[0]).toMatchObject({ code: "scoring_constant_criterion" });
    expect(scoresOf(one([7, 7], {}, { constant: 0.5 }))).toEqual([50, 50]);
    for (const normalization of ["zscore", "percentile", "vector", "max"] as const) {
      expect(scoresOf(one([0, 0], { normalization }))).toEqual([100, 100]);
    }
    expect(scoresOf(one([3]))).toEqual([100]);
  });

  it("valueScores(rows, {missing: 'renormalize'}) reweights present criteria and reports coverage", () => {
    const rows = [
      { a: 10, b: 1 },
      { a: null, b: 2 },
      { a: 40, b: 3 },
    ];
    const criteria = [
      { field: "a", weight: 0.5 },
      { field: "b", weight: 0.5 },
    ];
    const r = valueScores(rows, criteria);
    expect(scoresOf(r)).toEqual([0, 50, 100]);
    expect([...data(r).coverage]).toEqual([1, 0.5, 1]);
    expect(r.success && r.warnings.map((w) => w.code)).toEqual(["scoring_missing_values"]);
    expect(data(valueScoreBreakdown(data(r), 1))).toEqual([
      { criterion: "a", value: null, normalized: null, weight: 0, contribution: 0 },
      { criterion: "b", value: 2, normalized: 0.5, weight: 1, contribution: 50 },
    ]);
    const zero = valueScores(rows, criteria, { missing: "zero" });
    expect(scoresOf(zero)).toEqual([0, 25, 100]);
    expect([...data(zero).coverage]).toEqual([1, 0.5, 1]);
    expect(data(valueScoreBreakdown(data(zero), 1))[0]).toEqual({
      criterion: "a",
      value: null,
      normalized: 0,
      weight: 0.5,
      contribution: 0,
    });
    expect(issues(valueScores(rows, criteria, { missing: "error" }))[0]).toMatchObject({
      code: "scoring_missing_value",
      path: ["rows", 1, "a"],
    });
  });

  it("valueScores(rows) gives a row with no value a null score under renormalize and 0 under zero", () => {
    const rows = [{ a: 1 }, { a: null }, { a: 3 }];
    const r = data(valueScores(rows, [{ field: "a", weight: 1 }]));
    expect(r.rowsWithoutData).toBe(1);
    const out = data(valueScoreRows(r));
    expect(out[1]).toMatchObject({ score: null, rank: null, coverage: 0 });
    expect(out.map((row) => row.rank)).toEqual([2, null, 1]);
    expect(scoresOf(valueScores(rows, [{ field: "a", weight: 1 }], { missing: "zero" }))).toEqual([0, 0, 100]);
  });

  it("valueScores(rows) counts text and NaN as missing, with a warning", () => {
    const r = valueScores([{ a: 1 }, { a: "n/a" }, { a: NaN }, { a: "" }, { a: 3 }], [{ field: "a", weight: 1 }]);
    expect(data(r).criteria[0]).toMatchObject({ count: 2, missing: 3, nonNumeric: 2 });
    expect(r.success && r.warnings.map((w) => w.code)).toContain("scoring_non_numeric");
  });

  it.each([
    ["text", "0.5", "scoring_weight_invalid"],
    ["NaN", NaN, "scoring_weight_invalid"],
    ["missing", undefined, "scoring_weight_invalid"],
    ["negative", -0.2, "scoring_weight_negative"],
  ])("valueScores(rows, criteria) refuses a %s weight and names the criterion", (_, weight, code) => {
    const r = valueScores(
      [{ profit: 1, cost: 2 }],
      [
        { field: "profit", weight: 0.5 },
        { field: "cost", label: "营销费用", weight },
      ],
    );
    const [i] = issues(r);
    expect(i).toMatchObject({ code, path: ["criteria", 1, "weight"], params: { criterion: "营销费用" } });
    expect(formatIssue(i!, "en")).toContain('"营销费用"');
  });

  it("valueScores(rows, criteria) renormalises weights summing to 0.9 and warns", () => {
    const r = valueScores(
      [
        { a: 0, b: 0 },
        { a: 1, b: 0 },
        { a: 1, b: 1 },
      ],
      [
        { field: "a", weight: 0.6 },
        { field: "b", weight: 0.3 },
      ],
    );
    expect(r.success && r.warnings[0]).toMatchObject({ code: "scoring_weights_renormalized", params: { sum: 0.9 } });
    const [wa, wb] = data(r).criteria.map((c) => c.weight);
    expect(wa).toBeCloseTo(2 / 3, 15);
    expect(wb).toBeCloseTo(1 / 3, 15);
    expect(scoresOf(r)).toEqual([0, 66.6666666667, 100]);
    expect(issues(valueScores([{ a: 1 }], [{ field: "a", weight: 0 }]))[0]!.code).toBe("scoring_weights_zero");
  });

  it("valueScores(rows) refuses empty input, missing fields and bad options", () => {
    expect(issues(valueScores([], [{ field: "a", weight: 1 }]))[0]).toMatchObject({
      code: "empty_input",
      path: ["rows"],
    });
    expect(issues(valueScores([{ a: 1 }], []))[0]).toMatchObject({ code: "empty_input", path: ["criteria"] });
    expect(issues(valueScores([{ a: 1 }], [{ weight: 1 }]))[0]!.code).toBe("scoring_criterion_field_missing");
    expect(issues(valueScores([{ a: 1 }], [{ field: "a", weight: 1 }], { scale: -1 }))[0]!.path).toEqual([
      "options",
      "scale",
    ]);
    expect(issues(valueScores([{ a: 1 }, 3 as never], [{ field: "a", weight: 1 }]))[0]!.path).toEqual(["rows", 1]);
  });

  it("valueScores(rows, {winsorize: true}) clips at the R-7 p1/p99 before min-max", () => {
    const x = [...Array.from({ length: 100 }, (_, i) => i), 10000];
    const r = data(one(x, {}, { winsorize: true }));
    expect(r.criteria[0]!.winsorized).toEqual({ lower: 1, upper: 99, clipped: 2 });
    expect(r.scores[50]).toBeCloseTo((49 / 98) * 100, 9);
    expect(r.scores[100]).toBe(100);
    expect(r.scores[0]).toBe(0);
  });

  it("valueScores(rows, {gradeBands}) grades each score with [min, next min) bands", () => {
    const r = data(
      one(
        [0, 84.99999999999999, 85, 100],
        { normalization: "none" },
        {
          gradeBands: [
            { min: 85, grade: "A" },
            { min: 0, grade: "B" },
          ],
        },
      ),
    );
    expect(r.grades!.grades).toEqual(["B", "A", "A", "A"]);
  });

  it("valueScoreRows(result) lists rows whose contributions sum to the score", () => {
    const rows = [
      { id: "c1", gp: 100, cost: 30 },
      { id: "c2", gp: 300, cost: 10 },
      { id: "c3", gp: 200, cost: 20 },
    ];
    const r = data(
      valueScores(
        rows,
        [
          { field: "gp", weight: 2 },
          { field: "cost", weight: 1, direction: "cost" },
        ],
        { idField: "id" },
      ),
    );
    const out = data(valueScoreRows(r));
    expect(out.map((o) => [o.id, o.score, o.rank])).toEqual([
      ["c1", 0, 3],
      ["c2", 100, 1],
      ["c3", 50, 2],
    ]);
    for (const o of out) expect(o.contributions.reduce((s, c) => s + c.contribution, 0)).toBeCloseTo(o.score!, 9);
    expect(data(valueScoreRows(r, { from: 1, to: 2 })).map((o) => o.index)).toEqual([1]);
    expect(issues(valueScoreBreakdown(r, 3))[0]!.code).toBe("too_big");
  });
});

describe("valueScoresMatrix", () => {
  it("valueScoresMatrix(matrix, criteria) reads criteria by column and treats blank cells as missing", () => {
    const r = valueScoresMatrix(
      [
        [10, "", 1],
        [20, 5, 2],
        [40, 7, 3],
      ],
      [
        { column: 2, weight: 1 },
        { column: 0, weight: 1, direction: "cost" },
      ],
    );
    expect(scoresOf(r)).toEqual([50, 58.3333333333, 50]);
    expect(data(r).criteria.map((c) => c.criterion)).toEqual(["#3", "#1"]);
  });

  it("valueScoresMatrix(matrix) refuses rows of different lengths and columns out of range", () => {
    const i = issues(valueScoresMatrix([[1, 2], [3], [4, 5]], [{ weight: 1 }, { weight: 1 }]));
    expect(i[0]).toMatchObject({ code: "length_mismatch", path: ["matrix", 1], params: { expected: 2, received: 1 } });
    const out = issues(valueScoresMatrix([[1, 2]], [{ column: 2, weight: 1 }]));
    expect(out[0]).toMatchObject({ code: "scoring_column_out_of_range", params: { column: 3, width: 2 } });
    expect(issues(valueScoresMatrix([], [{ weight: 1 }]))[0]!.code).toBe("empty_input");
  });
});

describe("valueScoresColumns", () => {
  it("valueScoresColumns(columns, criteria) equals valueScores on the same data and does not copy typed arrays", () => {
    const a = Float64Array.of(3, 1, NaN, 2);
    const b = [10, 30, 20, Infinity];
    const criteria = [
      { weight: 1, normalization: "percentile" as const },
      { weight: 3, direction: "cost" as const },
    ];
    const cols = data(valueScoresColumns([a, b], criteria));
    expect(cols.values[0]).toBe(a);
    const rows = data(
      valueScores(
        [0, 1, 2, 3].map((i) => ({ a: a[i], b: b[i] })),
        criteria.map((c, j) => ({ ...c, field: j === 0 ? "a" : "b" })),
      ),
    );
    expect([...cols.scores]).toEqual([...rows.scores]);
    expect(cols.criteria[1]!.nonNumeric).toBe(1);
    expect(issues(valueScoresColumns([a, [1, 2]], criteria))[0]).toMatchObject({ code: "length_mismatch" });
  });
});

describe("valueScores properties", () => {
  const matrix = fc.integer({ min: 1, max: 25 }).chain((n) =>
    fc.array(
      fc.record({
        a: fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constant(null)),
        b: fc.double({ min: 0.001, max: 1e3, noNaN: true }),
        c: fc.integer({ min: 0, max: 10 }),
      }),
      { minLength: n, maxLength: n },
    ),
  );
  const normalizations = ["minmax", "max", "zscore", "percentile", "vector"] as const;

  it("valueScores(rows) keeps every score in [0, scale] for normalised methods", () => {
    fc.assert(
      fc.property(
        matrix,
        fc.constantFrom(...normalizations),
        fc.constantFrom(100, 1, 10),
        fc.constantFrom("renormalize", "zero") as fc.Arbitrary<"renormalize" | "zero">,
        (rows, normalization, scale, missing) => {
          const r = valueScores(
            rows,
            [
              { field: "a", weight: 1 },
              { field: "b", weight: 2, direction: "cost" },
              {
                field: "c",
                weight: 0.5,
                bands: [
                  { hi: 5, points: 1 },
                  { lo: 5, points: 4 },
                ],
              },
            ],
            { normalization, scale, missing },
          );
          const d = data(r);
          for (const s of d.scores) expect(s >= 0 && s <= scale).toBe(true);
        },
      ),
    );
  });

  it("valueScores(rows) does not mutate rows, and permuting rows permutes the scores", () => {
    fc.assert(
      fc.property(matrix, fc.constantFrom(...normalizations), (rows, normalization) => {
        const before = JSON.stringify(rows);
        const criteria = [
          { field: "a", weight: 1 },
          { field: "b", weight: 1, direction: "cost" as const },
        ];
        const r = data(valueScores(rows, criteria, { normalization }));
        expect(JSON.stringify(rows)).toBe(before);
        const perm = rows.map((_, i) => i).reverse();
        const p = data(
          valueScores(
            perm.map((i) => rows[i]!),
            criteria,
            { normalization },
          ),
        );
        perm.forEach((i, k) => {
          expect(p.scores[k]).toBeCloseTo(r.scores[i]!, 6);
        });
      }),
    );
  });
});
