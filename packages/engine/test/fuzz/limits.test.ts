// Issue 7 item 6: documented maximum input sizes (docs/limits.md). Each list entry point reads only the length of
// an over-limit list and fails with `too_many_items`, so these tests pass arrays that claim 10,000,001 items and hold
// none, and never time anything.
import { describe, expect, it } from "vitest";
import * as engine from "../../src/index.ts";
import { MAX_THEIL_SEN_VALUES } from "../../src/lifecycle/theil-sen-slope.ts";
import { MAX_CELLS, MAX_ITEMS, tooManyCells, tooManyItems } from "../../src/limits.ts";

/**
 * An array (Array.isArray is true) that reports `length` items but holds none: allocating a real holey array of
 * 10 million slots takes seconds on a loaded machine, and the limit check must never look past `length` anyway.
 */
const claiming = (length: number): unknown[] =>
  new Proxy([], { get: (target, key) => (key === "length" ? length : Reflect.get(target, key)) });
const over = () => claiming(MAX_ITEMS + 1);
const criteria = [
  { field: "a", weight: 1 },
  { field: "b", weight: 1 },
];
const matrixCriteria = [
  { column: 0, weight: 1 },
  { column: 1, weight: 1 },
];

function issuesOf(r: engine.Result<unknown>): readonly engine.Issue[] {
  return r.success ? [] : r.issues;
}

describe("limits: the check itself", () => {
  it("tooManyItems accepts exactly 10,000,000 items and rejects 10,000,001, reading only length", () => {
    expect(MAX_ITEMS).toBe(10_000_000);
    expect(tooManyItems({ length: MAX_ITEMS }, ["values"])).toBeUndefined();
    expect(tooManyItems({ length: MAX_ITEMS + 1 }, ["values"])).toMatchObject({
      code: "too_many_items",
      path: ["values"],
      params: { maximum: 10_000_000, received: 10_000_001 },
    });
  });

  it("tooManyItems leaves non-lists to the caller's type check", () => {
    for (const v of [null, undefined, 3, "a long string", { length: "many" }]) {
      expect(tooManyItems(v, ["values"])).toBeUndefined();
    }
  });

  it("tooManyCells allows rows × criteria up to 100,000,000: 50,000,000 rows of 2 criteria, not one more", () => {
    expect(MAX_CELLS).toBe(100_000_000);
    expect(tooManyCells({ length: 5_000_000 }, [1, 2], ["rows"])).toBeUndefined();
    expect(tooManyCells({ length: 5_000_000 }, new Array(20), ["rows"])).toBeUndefined();
    expect(tooManyCells({ length: 5_000_001 }, new Array(20), ["rows"])).toMatchObject({
      code: "too_many_items",
      params: { maximum: 5_000_000, received: 5_000_001 },
    });
    // Few criteria: the row limit still caps at 10,000,000.
    expect(tooManyCells({ length: MAX_ITEMS + 1 }, [1], ["rows"])?.params).toMatchObject({ maximum: MAX_ITEMS });
  });

  it("too_many_items reads in both languages with grouped digits", () => {
    const i = tooManyItems({ length: MAX_ITEMS + 1 }, ["customers"])!;
    expect(i.message).toBe("customers: too many items: at most 10,000,000, got 10,000,001");
    expect(engine.formatIssue(i, "zh-CN")).toBe("customers: 数据过多：最多 10,000,000 项，实际 10,000,001 项");
  });
});

/** Each list entry point with an over-limit list in one argument, and the path its issue names. */
const overLimit: [string, () => engine.Result<unknown>, (string | number)[]][] = [
  ["abcTiers", () => engine.abcTiers(over()), ["values"]],
  ["abcTiers (array-like)", () => engine.abcTiers({ length: MAX_ITEMS + 1 }), ["values"]],
  ["customerTiers", () => engine.customerTiers(over() as object[]), ["rows"]],
  ["valueScores", () => engine.valueScores(over() as Record<string, unknown>[], criteria), ["rows"]],
  ["valueScoresMatrix", () => engine.valueScoresMatrix(over() as unknown[][], matrixCriteria), ["matrix"]],
  ["topsis", () => engine.topsis(over() as Record<string, unknown>[], criteria), ["rows"]],
  ["topsisMatrix", () => engine.topsisMatrix(over() as unknown[][], matrixCriteria), ["matrix"]],
  ["seedValueModel", () => engine.seedValueModel(over() as Record<string, unknown>[]), ["customers"]],
  ["gradeByBands", () => engine.gradeByBands(over() as number[]), ["scores"]],
  ["gradeByQuotas", () => engine.gradeByQuotas(over() as number[]), ["scores"]],
  ["quadrants", () => engine.quadrants(over()), ["points"]],
  ["quadrantsXY", () => engine.quadrantsXY([1, 2], over()), ["ys"]],
  ["loyaltyQuadrants", () => engine.loyaltyQuadrants(over()), ["points"]],
  ["valueQuadrants", () => engine.valueQuadrants(over()), ["points"]],
  ["opportunityGrades", () => engine.opportunityGrades(over()), ["rows"]],
  ["lifecycleStage", () => engine.lifecycleStage(over()), ["volumes"]],
  ["lifecycleStages", () => engine.lifecycleStages(over() as engine.LifecycleCustomer[]), ["customers"]],
  ["rfmScores", () => engine.rfmScores(over()), ["customers"]],
  ["rfmFromOrders", () => engine.rfmFromOrders(over(), { asOf: "2024-01-01" }), ["orders"]],
  ["rfmQuantileCuts", () => engine.rfmQuantileCuts([1, 2], over(), [1, 2]), ["allFrequency"]],
  ["rfmScore", () => engine.rfmScore(1, 1, 1, [1, 2], [1, 2], over()), ["allMonetary"]],
  ["concentration", () => engine.concentration(over()), ["values"]],
  ["gini", () => engine.gini(over()), ["values"]],
  ["hhi", () => engine.hhi(over()), ["values"]],
  ["topShare", () => engine.topShare(over()), ["values"]],
  ["paretoRatio", () => engine.paretoRatio(over()), ["values"]],
  ["lorenzCurve", () => engine.lorenzCurve(over()), ["values"]],
  ["clvSum", () => engine.clvSum(over()), ["customers"]],
];

describe("limits: every list entry point fails at once past 10,000,000 items", () => {
  it.each(overLimit)("%s(10,000,001 items) fails with too_many_items", (_name, run, path) => {
    expect(issuesOf(run())).toEqual([
      expect.objectContaining({
        code: "too_many_items",
        path,
        params: { maximum: MAX_ITEMS, received: MAX_ITEMS + 1 },
      }),
    ]);
  });

  it("valueScores(5,000,001 rows, 20 criteria) fails: past 10 criteria the cell limit, not the row limit, applies", () => {
    const twenty = Array.from({ length: 20 }, (_, j) => ({ field: `c${j}`, weight: 1 }));
    const rows = claiming(5_000_001) as Record<string, unknown>[];
    expect(issuesOf(engine.valueScores(rows, twenty))).toEqual([
      expect.objectContaining({
        code: "too_many_items",
        path: ["rows"],
        params: { maximum: 5_000_000, received: 5_000_001 },
      }),
    ]);
  });
});

describe("limits: helpers", () => {
  it("valueScoresColumns fails past the cell limit on the first over-long column", () => {
    const cols = [claiming(MAX_ITEMS + 1) as unknown as ArrayLike<number>];
    expect(issuesOf(engine.valueScoresColumns(cols, [{ weight: 1 }]))).toEqual([
      expect.objectContaining({ code: "too_many_items", path: ["columns", 0] }),
    ]);
  });

  it("theilSenSlope takes up to 4,096 values (exact O(n²)) and gives NaN, not an out-of-memory, past that", () => {
    // The limit's own 8.4 million slopes would make this a slow test; a line of 100 shows the exact answer.
    expect(MAX_THEIL_SEN_VALUES).toBe(4096);
    expect(engine.theilSenSlope(Float64Array.from({ length: 100 }, (_, i) => 3 * i + 1))).toBe(3);
    expect(engine.theilSenSlope({ length: MAX_THEIL_SEN_VALUES + 1 } as ArrayLike<number>)).toBeNaN();
  });

  it("defaultTierLabels and tierLabels make at most 1,000 labels, whatever the count", () => {
    expect(engine.defaultTierLabels(1000)).toHaveLength(1000);
    expect(engine.defaultTierLabels(1e12)).toHaveLength(1000);
    expect(engine.defaultTierLabels(Number.MAX_SAFE_INTEGER + 2)).toHaveLength(1000);
    expect(engine.tierLabels(4.5, "en")).toEqual(["A", "B", "C", "D"]);
    expect(engine.tierLabels(3, "fr" as engine.Locale)).toEqual(["关键客户", "重点客户", "一般客户"]);
  });
});
