import { describe, expect, it } from "vitest";
import { abcTiers, formatIssue, tierLabels, SEED_CLASS_LABELS, type AbcOptions } from "../../src/index.ts";
import type { AbcResult } from "../../src/index.ts";

function run(values: ArrayLike<unknown>, options?: AbcOptions): AbcResult {
  const result = abcTiers(values, options);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
}
function warningCodes(values: ArrayLike<unknown>, options?: AbcOptions): string[] {
  const result = abcTiers(values, options);
  return result.success ? result.warnings.map((w) => w.code) : ["FAILED"];
}
function issues(values: ArrayLike<unknown>, options?: AbcOptions): [string, string][] {
  const result = abcTiers(values, options);
  return result.success ? [] : result.issues.map((i) => [i.code, i.path.join(".")]);
}
const sizes = (r: AbcResult) => r.tiers.map((t) => t.count);

describe("abcTiers: count quotas (domain/tiering.md §2.2)", () => {
  const seed = [0.2, 0.3, 0.3, 0.2];
  it("abcTiers(7 values, {method: 'count'}) uses cumulative boundaries: 1/3/2/1, adding up to 7", () => {
    const values = [7, 6, 5, 4, 3, 2, 1];
    expect(sizes(run(values, { method: "count" }))).toEqual([1, 3, 2, 1]);
    expect(sizes(run(values, { method: "count", quotas: seed }))).toEqual([1, 3, 2, 1]);
    expect(sizes(run(values, { method: "count", quotas: seed, rounding: "halfEven" }))).toEqual([1, 3, 2, 1]);
  });

  it("abcTiers(13 values, {method: 'count'}) gives 3/4/3/3 half-up and 3/3/4/3 half-even", () => {
    const values = Array.from({ length: 13 }, (_, i) => 13 - i);
    const up = run(values, { method: "count", quotas: seed });
    expect(sizes(up)).toEqual([3, 4, 3, 3]);
    expect(up.tiers.map((t) => t.boundaryIndex)).toEqual([3, 7, 10, 13]);
    expect(up.labels).toEqual(["A", "B", "C", "D"]);
    expect(sizes(run(values, { method: "count", quotas: seed, rounding: "halfEven" }))).toEqual([3, 3, 4, 3]);
  });

  it("abcTiers(15 values, {quotas: [0.1, 0.2, 0.7], rounding: 'halfEven'}) sums quotas exactly (0.1+0.2 is 0.3)", () => {
    // Float 15·(0.1+0.2) = 4.500000000000001 would round to 5; the exact 4.5 rounds half-even to 4.
    const values = Array.from({ length: 15 }, (_, i) => 15 - i);
    const r = run(values, { method: "count", quotas: [0.1, 0.2, 0.7], rounding: "halfEven" });
    expect(sizes(r)).toEqual([2, 2, 11]);
    expect(r.cutoffs).toEqual([0.1, 0.3]);
  });

  it("abcTiers(values, {method: 'count', ties}) splits, groups or consolidates equal values at a boundary", () => {
    const values = [5, 4, 3, 3, 3, 1];
    expect(run(values, { method: "count", cutoffs: [0.5] }).tier).toEqual(["A", "A", "A", "B", "B", "B"]);
    expect(warningCodes(values, { method: "count", cutoffs: [0.5] })).toEqual(["tier_ties_split"]);
    expect(run(values, { method: "count", cutoffs: [0.5], ties: "group" }).tier).toEqual([
      "A",
      "A",
      "B",
      "B",
      "B",
      "B",
    ]);
    expect(run(values, { method: "count", cutoffs: [0.5], ties: "majority" }).tier).toEqual([
      "A",
      "A",
      "B",
      "B",
      "B",
      "B",
    ]);
    const majorityA = run(values, { method: "count", cutoffs: [0.67], ties: "majority" });
    expect(majorityA.tier).toEqual(["A", "A", "A", "A", "A", "B"]);
    // The class grows beyond its quota; the actual shares are reported.
    expect(majorityA.tiers[0]!.countShare).toBeCloseTo(5 / 6, 15);
    expect(majorityA.tiers[0]!.limit).toBe(0.67);
  });
});

describe("abcTiers: value share, boundary rules and ties (§2.1)", () => {
  it("abcTiers([50, 30, 20], {boundary}) puts the item at exactly 80% in A (cumLE) or B (cumLT)", () => {
    const values = [50, 30, 20];
    expect(run(values).tier).toEqual(["A", "A", "C"]);
    expect(run(values, { boundary: "cumLT" }).tier).toEqual(["A", "B", "C"]);
    expect(run(values, { boundary: "crossingIncluded" }).tier).toEqual(["A", "A", "B"]);
    expect(warningCodes(values)).toEqual(["tier_empty"]);
  });

  const chinese = [40000, 16000, 16000, 16000, 12000];
  it("abcTiers(values, {cutoffs: [0.55, 0.85]}) splits the 16,000 tie by row as B, B, C with a warning", () => {
    const r = abcTiers(chinese, { cutoffs: [0.55, 0.85] });
    expect(r.success && r.data.tier).toEqual(["A", "B", "B", "C", "C"]);
    expect(r.success && r.data.rank).toEqual(Int32Array.from([1, 2, 3, 4, 5]));
    expect(r.success && r.data.tieGroupSize).toEqual(Int32Array.from([1, 3, 3, 3, 1]));
    expect(r.success && Array.from(r.data.isBoundary)).toEqual([1, 1, 1, 1, 0]);
    expect(r.success && r.warnings.map((w) => [w.code, w.params])).toEqual([
      ["tier_ties_split", { count: 1, values: "16000" }],
    ]);
    if (r.success) {
      expect(formatIssue(r.warnings[0]!, "zh-CN")).toContain("16000");
      expect(formatIssue(r.warnings[0]!, "en")).toContain('ties="group"');
    }
  });

  it("abcTiers(values, {ids}) breaks a split tie by id, not by input order", () => {
    const r = run(chinese, { cutoffs: [0.55, 0.85], ids: ["a", "z", "y", "x", "b"] });
    expect(r.tier).toEqual(["A", "C", "B", "B", "C"]);
    expect(Array.from(r.rank)).toEqual([1, 4, 3, 2, 5]);
    expect(r.ids).toEqual(["a", "z", "y", "x", "b"]);
  });

  it("abcTiers(values, {ties: 'group'}) gives the whole tie group the cumulative share through the group", () => {
    const r = run(chinese, { cutoffs: [0.55, 0.85], ties: "group" });
    expect(r.tier).toEqual(["A", "C", "C", "C", "C"]);
    expect(r.tiers.map((t) => t.count)).toEqual([1, 0, 4]);
    // crossingIncluded looks at S before the item: the group starts at 0.4 < 0.55, so all of it stays in A.
    expect(run(chinese, { cutoffs: [0.55, 0.85], ties: "group", boundary: "crossingIncluded" }).tier).toEqual([
      "A",
      "A",
      "A",
      "A",
      "C",
    ]);
  });

  it("abcTiers(values, {ties: 'majority'}) moves the tie group to the class holding most of it", () => {
    const r = abcTiers(chinese, { cutoffs: [0.55, 0.85], ties: "majority" });
    expect(r.success && r.data.tier).toEqual(["A", "B", "B", "B", "C"]);
    expect(r.success && r.warnings).toEqual([]);
  });

  it("abcTiers(values) compares cumulative shares exactly: 0.7 + 0.2 reaches 0.9 (cumLT keeps it out)", () => {
    // In floats 0.7 + 0.2 = 0.8999999999999999 < 0.9 would put the second item in A.
    const r = run([0.7, 0.2, 0.1], { cutoffs: [0.9, 0.95], boundary: "cumLT" });
    expect(r.exact).toBe(true);
    expect(r.tier).toEqual(["A", "B", "C"]);
    expect(r.cumShare[1]).toBe(0.9);
    expect(run([0.7, 0.2, 0.1], { cutoffs: [0.9, 0.95] }).tier).toEqual(["A", "A", "C"]);
  });

  it("abcTiers(values) stays exact when cum·10^k passes 2^53 (BigInt comparison)", () => {
    const values = [4e15, 3e15, 1e15];
    expect(run(values, { cutoffs: [0.875, 0.999] }).tier).toEqual(["A", "A", "C"]);
    expect(run(values, { cutoffs: [0.875, 0.999], boundary: "cumLT" }).tier).toEqual(["A", "B", "C"]);
  });

  it("abcTiers(values) falls back to ε = 1e-12 comparisons for values that are not short decimals", () => {
    const r = run([Math.PI, Math.E, 1 / 3]);
    expect(r.exact).toBe(false);
    expect(r.tier).toEqual(["A", "B", "C"]);
    expect(r.total).toBeCloseTo(Math.PI + Math.E + 1 / 3, 14);
  });

  it("abcTiers(values) reports per-tier counts, values, shares and limits", () => {
    const r = run([50, 30, 15, 5]);
    expect(r.tiers).toEqual([
      {
        index: 0,
        label: "A",
        count: 2,
        countShare: 0.5,
        value: 80,
        valueShare: 0.8,
        cumCountShare: 0.5,
        cumValueShare: 0.8,
        minValue: 30,
        maxValue: 50,
        limit: 0.8,
        boundaryIndex: 2,
        cutValue: 30,
        separate: false,
      },
      {
        index: 1,
        label: "B",
        count: 1,
        countShare: 0.25,
        value: 15,
        valueShare: 0.15,
        cumCountShare: 0.75,
        cumValueShare: 0.95,
        minValue: 15,
        maxValue: 15,
        limit: 0.95,
        boundaryIndex: 3,
        cutValue: 15,
        separate: false,
      },
      {
        index: 2,
        label: "C",
        count: 1,
        countShare: 0.25,
        value: 5,
        valueShare: 0.05,
        cumCountShare: 1,
        cumValueShare: 1,
        minValue: 5,
        maxValue: 5,
        limit: 1,
        boundaryIndex: 4,
        cutValue: 5,
        separate: false,
      },
    ]);
    expect(Array.from(r.share)).toEqual([0.5, 0.3, 0.15, 0.05]);
    expect(Array.from(r.cumShare)).toEqual([0.5, 0.8, 0.95, 1]);
    expect(Array.from(r.order)).toEqual([0, 1, 2, 3]);
  });

  it("abcTiers(Float64Array) accepts typed arrays", () => {
    expect(run(Float64Array.from([20, 50, 30]), { cutoffs: [0.5, 0.8] }).tier).toEqual(["C", "A", "B"]);
  });
});

describe("abcTiers: labels", () => {
  it("abcTiers(values, {method: 'count', labels: tierLabels(4)}) labels the seed classes 关键/重点/一般/维持", () => {
    const r = run([900, 800, 700, 600, 500, 400, 300, 200, 100, 50], { method: "count", labels: tierLabels(4) });
    expect(r.tier).toEqual([
      "关键客户",
      "关键客户",
      "重点客户",
      "重点客户",
      "重点客户",
      "一般客户",
      "一般客户",
      "一般客户",
      "维持客户",
      "维持客户",
    ]);
    expect(tierLabels(4, "en")).toEqual(["Key", "Important", "General", "Maintenance"]);
    expect(tierLabels(3)).toEqual(SEED_CLASS_LABELS["zh-CN"].slice(0, 3));
    expect(tierLabels(6)).toEqual(["A", "B", "C", "D", "E", "F"]);
  });

  it("abcTiers(values, {labels}) accepts any strings and rejects a wrong count or duplicates", () => {
    expect(run([3, 2, 1], { labels: ["关键", "重点", "一般"], cutoffs: [0.5, 0.9] }).tier).toEqual([
      "关键",
      "重点",
      "一般",
    ]);
    expect(issues([3, 2, 1], { labels: ["关键", "重点", "一般", "维持"] })).toEqual([["tier_labels_count", "labels"]]);
    expect(issues([3, 2, 1], { labels: ["X", "X", "Y"] })).toEqual([["tier_labels_duplicate", "labels.1"]]);
  });
});

describe("abcTiers: missing, zero and negative values (§2.0)", () => {
  const mixed = [100, null, "abc", NaN, 0, -5, 50, undefined];

  it("abcTiers(values) excludes missing, zero and negative values by default and counts them", () => {
    const result = abcTiers(mixed);
    expect(result.success).toBe(true);
    if (!result.success) return;
    const r = result.data;
    expect(r.excluded).toEqual({
      missing: 4,
      zero: 1,
      negative: 1,
      indices: [1, 2, 3, 4, 5, 7],
      reasons: ["missing", "missing", "missing", "zero", "negative", "missing"],
    });
    expect(r.tier).toEqual(["A", null, null, null, null, null, "C", null]);
    expect(Array.from(r.tierIndex)).toEqual([0, -1, -1, -1, -1, -1, 2, -1]);
    expect(Array.from(r.rank)).toEqual([1, 0, 0, 0, 0, 0, 2, 0]);
    expect([r.n, r.rankedCount, r.classifiedCount, r.total]).toEqual([8, 2, 2, 150]);
    expect(result.warnings.map((w) => [w.code, w.params?.count])).toEqual([
      ["tier_missing_values", 4],
      ["tier_zero_values", 1],
      ["tier_negative_values", 1],
      ["tier_empty", undefined],
    ]);
  });

  it("abcTiers(values, {missing: 'zero', nonPositive: 'clip0'}) keeps every item, as ABCanalysis does", () => {
    const r = run(mixed, { missing: "zero", nonPositive: "clip0", method: "count", quotas: [0.5, 0.5] });
    expect(r.rankedCount).toBe(8);
    expect(r.total).toBe(150);
    expect(r.value[5]).toBe(0);
    expect(r.tier).toEqual(["A", "A", "A", "B", "B", "B", "A", "B"]);
    expect(r.excluded.indices).toEqual([]);
  });

  it("abcTiers(values, {missing: 'zero'}) turns missing values into zeros, which nonPositive then excludes", () => {
    const r = run(mixed, { missing: "zero" });
    expect(r.excluded.missing).toBe(4);
    expect(r.rankedCount).toBe(2);
  });

  it("abcTiers(values, {missing: 'error'}) and {nonPositive: 'error'} name each bad item", () => {
    expect(issues(mixed, { missing: "error" })).toEqual([
      ["tier_missing_value", "values.1"],
      ["tier_missing_value", "values.2"],
      ["tier_missing_value", "values.3"],
      ["tier_missing_value", "values.7"],
    ]);
    const r = abcTiers([100, 0, -5, 50], { nonPositive: "error" });
    expect(r.success ? [] : r.issues.map((i) => [i.path.join("."), i.params?.received])).toEqual([
      ["values.1", 0],
      ["values.2", -5],
    ]);
  });

  it("abcTiers(values, {nonPositive: 'separate'}) gives zero and negative values their own class N", () => {
    const result = abcTiers([100, 0, -5, 50, 0], { nonPositive: "separate" });
    expect(result.success).toBe(true);
    if (!result.success) return;
    const r = result.data;
    expect(r.labels).toEqual(["A", "B", "C", "N"]);
    expect(r.tier).toEqual(["A", "N", "N", "C", "N"]);
    expect(Array.from(r.rank)).toEqual([1, 3, 5, 2, 4]);
    expect(Array.from(r.tieGroupSize)).toEqual([1, 2, 1, 1, 2]);
    expect(r.total).toBe(150);
    expect(r.classifiedCount).toBe(5);
    expect(r.tiers[3]).toMatchObject({ label: "N", count: 3, value: -5, valueShare: 0, limit: null, separate: true });
    expect(r.tiers.reduce((s, t) => s + t.count, 0)).toBe(5);
    expect(result.warnings.map((w) => w.code)).toContain("tier_negative_values");
    expect(
      run([100, 0], { nonPositive: "separate", separateLabel: "无贡献", boundary: "crossingIncluded" }).tier,
    ).toEqual(["A", "无贡献"]);
  });

  it("abcTiers(values) fails when nothing is left to rank, naming the counts", () => {
    const r = abcTiers([0, 0, null, -1]);
    expect(r.success ? null : r.issues.map((i) => [i.code, i.params])).toEqual([
      ["tier_all_excluded", { missing: 1, zero: 2, negative: 1 }],
    ]);
    expect(issues([0, 0, 0], { nonPositive: "clip0" })).toEqual([["tier_zero_total", "values"]]);
    // Count quotas need no total: 3·0.2, 3·0.5, 3·0.8 round to 1, 2, 2.
    expect(run([0, 0, 0], { nonPositive: "clip0", method: "count" }).tier).toEqual(["A", "B", "D"]);
  });
});

describe("abcTiers: invalid input", () => {
  it("abcTiers([]) fails with empty_input", () => {
    expect(issues([])).toEqual([["empty_input", "values"]]);
  });

  it("abcTiers(not an array) fails with invalid_type", () => {
    expect(issues(null as unknown as number[])).toEqual([["invalid_type", "values"]]);
    expect(issues("123" as unknown as number[])).toEqual([["invalid_type", "values"]]);
  });

  it("abcTiers(values, {cutoffs}) rejects cutoffs that are not strictly increasing or not inside (0, 1)", () => {
    expect(issues([1, 2], { cutoffs: [0.9, 0.8] })).toEqual([["tier_cutoffs_order", "cutoffs.1"]]);
    expect(issues([1, 2], { cutoffs: [0.5, 0.5] })).toEqual([["tier_cutoffs_order", "cutoffs.1"]]);
    expect(issues([1, 2], { cutoffs: [0, 1.2] })).toEqual([
      ["tier_cutoff_range", "cutoffs.0"],
      ["tier_cutoff_range", "cutoffs.1"],
    ]);
    expect(issues([1, 2], { cutoffs: [NaN] })).toEqual([["not_finite", "cutoffs.0"]]);
    expect(issues([1, 2], { quotas: [0.5, 0.4] })).toEqual([["tier_quotas_sum", "quotas"]]);
    expect(issues([1, 2], { cutoffs: [0.5], quotas: [0.5, 0.5] })).toEqual([["tier_cutoffs_conflict", "quotas"]]);
    expect(issues([1, 2], { method: "computed", cutoffs: [0.5] })).toEqual([["tier_cutoffs_unused", "cutoffs"]]);
  });

  it("abcTiers(values, {ids}) rejects ids of another length", () => {
    const r = abcTiers([1, 2, 3], { ids: ["a", "b"] });
    expect(r.success ? null : r.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ["length_mismatch", ["ids"], { expected: 3, received: 2 }],
    ]);
  });

  it("abcTiers(values, options) rejects unknown options and values", () => {
    expect(issues([1], { method: "pareto" } as unknown as AbcOptions)).toEqual([["invalid_value", "method"]]);
    expect(issues([1], { cutof: [0.5] } as unknown as AbcOptions)).toEqual([["unrecognized_keys", ""]]);
  });
});

describe("abcTiers: computed ABC special cases (§2.3)", () => {
  it("abcTiers([5], {method: 'computed'}) puts a single positive value in A and warns about small n", () => {
    const r = abcTiers([5, 0], { method: "computed" });
    expect(r.success && r.data.tier).toEqual(["A", null]);
    expect(r.success && r.warnings.map((w) => w.code)).toContain("tier_small_n");
  });

  it("abcTiers(equal values, {method: 'computed'}) puts them all in A", () => {
    const r = run([4, 4, 4, 4, 4], { method: "computed" });
    expect(r.tier).toEqual(["A", "A", "A", "A", "A"]);
    expect(r.computed?.special).toBe(true);
  });

  it("abcTiers(n ≤ 3 values, {method: 'computed'}) warns that the result may be unstable", () => {
    expect(warningCodes([5, 3, 1], { method: "computed" })).toContain("tier_small_n");
  });

  it("abcTiers(1000 values, {method: 'computed'}) interpolates on the fine grid and cuts A before C", () => {
    const values = Array.from({ length: 1000 }, (_, i) => Math.round(1e6 / (i + 1)) / 100);
    const r = run(values, { method: "computed" });
    expect(r.computed?.gridSize).toBe(1001);
    expect(r.tiers[0]!.count).toBeGreaterThan(0);
    expect(r.computed!.ax).toBeLessThanOrEqual(r.computed!.cx);
    expect(r.tiers.reduce((s, t) => s + t.count, 0)).toBe(1000);
  });

  it("abcTiers(values, {method: 'computed'}) reports its limits as the grid's decimals (0.35, not R's 35 × 0.01)", () => {
    const r = run([900, 500, 300, 120, 80, 60, 40, 20, 10, 5], { method: "computed" });
    expect(r.cutoffs).toEqual([0.27, 0.35]);
    expect([r.computed!.paretoX, r.computed!.breakEvenX, r.computed!.ax, r.computed!.cx]).toEqual([
      0.27, 0.29, 0.27, 0.35,
    ]);
    expect(r.tiers.map((t) => t.limit)).toEqual([0.27, 0.35, 1]);
    expect(r.tier).toEqual(["A", "A", "B", "C", "C", "C", "C", "C", "C", "C"]);
  });
});
