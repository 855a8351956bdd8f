import { describe, expect, it } from "vitest";
import { abcCurve, abcItems, abcTiers, customerTiers, tierOfValue, type AbcResult } from "../../src/index.ts";

function data(result: ReturnType<typeof abcTiers>): AbcResult {
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

const chinese = [40000, 16000, 16000, 16000, 12000];

describe("tierOfValue", () => {
  const r = data(abcTiers(chinese, { cutoffs: [0.55, 0.85] }));

  it("tierOfValue(result, value) finds the tier and rank of a value in the ranked range", () => {
    expect(tierOfValue(r, 40000)).toEqual({ tier: "A", tierIndex: 0, rank: 1, tieGroupSize: 1, splitTie: false });
    expect(tierOfValue(r, 12000)).toEqual({ tier: "C", tierIndex: 2, rank: 5, tieGroupSize: 1, splitTie: false });
  });

  it("tierOfValue(result, value) gives the best-ranked member's tier for a split tie group and says so", () => {
    expect(tierOfValue(r, 16000)).toEqual({ tier: "B", tierIndex: 1, rank: 2, tieGroupSize: 3, splitTie: true });
  });

  it("tierOfValue(result, value) is undefined for values not in the range or excluded by policy", () => {
    expect(tierOfValue(r, 15000)).toBeUndefined();
    expect(tierOfValue(r, null)).toBeUndefined();
    expect(tierOfValue(r, "16000")).toBeUndefined();
    expect(tierOfValue(r, 0)).toBeUndefined();
  });

  it("tierOfValue(result, value) applies the result's clip0 and separate policies to the looked-up value", () => {
    const clipped = data(abcTiers([10, -3, 0, 5], { nonPositive: "clip0", method: "count", quotas: [0.5, 0.5] }));
    expect(tierOfValue(clipped, -3)).toMatchObject({ tier: "B", rank: 3, tieGroupSize: 2 });
    const separate = data(abcTiers([10, -3, 0, 5], { nonPositive: "separate" }));
    expect(tierOfValue(separate, -3)).toMatchObject({ tier: "N", rank: 4 });
    expect(tierOfValue(separate, 0)).toMatchObject({ tier: "N", rank: 3 });
  });

  it("tierOfValue(result, value) agrees with the per-item tiers over a large range", () => {
    const values = Array.from({ length: 5000 }, (_, i) => ((i * 7919) % 1000) + 1);
    const big = data(abcTiers(values, { ties: "group" }));
    for (let i = 0; i < values.length; i += 37) expect(tierOfValue(big, values[i])?.tier).toBe(big.tier[i]);
  });
});

describe("abcItems", () => {
  it("abcItems(result) materialises one row per input item, excluded ones with their reason", () => {
    const r = data(abcTiers([16000, null, 40000], { ids: ["c1", "c2", "c3"] }));
    expect(abcItems(r)).toEqual([
      {
        index: 0,
        id: "c1",
        value: 16000,
        rank: 2,
        share: 16000 / 56000,
        cumShare: 1,
        tier: "C",
        tierIndex: 2,
        isBoundary: true,
        tieGroupSize: 1,
        excludedReason: null,
      },
      {
        index: 1,
        id: "c2",
        value: null,
        rank: null,
        share: 0,
        cumShare: 0,
        tier: null,
        tierIndex: -1,
        isBoundary: false,
        tieGroupSize: 0,
        excludedReason: "missing",
      },
      {
        index: 2,
        id: "c3",
        value: 40000,
        rank: 1,
        share: 40000 / 56000,
        cumShare: 40000 / 56000,
        tier: "A",
        tierIndex: 0,
        isBoundary: true,
        tieGroupSize: 1,
        excludedReason: null,
      },
    ]);
  });

  it("abcItems(result, {order: 'rank'}) lists items by rank, excluded items last (the Pareto table)", () => {
    const r = data(abcTiers([16000, null, 40000, 0]));
    expect(abcItems(r, { order: "rank" }).map((i) => [i.index, i.rank, i.excludedReason])).toEqual([
      [2, 1, null],
      [0, 2, null],
      [1, null, "missing"],
      [3, null, "zero"],
    ]);
  });
});

describe("abcCurve", () => {
  it("abcCurve(result) runs from (0, 0) through every rank to (1, 1)", () => {
    const r = data(abcTiers([50, 30, 15, 5]));
    expect(abcCurve(r)).toEqual([
      { x: 0, y: 0, rank: 0 },
      { x: 0.25, y: 0.5, rank: 1 },
      { x: 0.5, y: 0.8, rank: 2 },
      { x: 0.75, y: 0.95, rank: 3 },
      { x: 1, y: 1, rank: 4 },
    ]);
  });

  it("abcCurve(result, maxPoints) thins a long curve but keeps both ends and every tier's last rank", () => {
    const values = Array.from({ length: 100_000 }, (_, i) => 1e6 / (i + 1));
    const r = data(abcTiers(values));
    const curve = abcCurve(r, 200);
    expect(curve.length).toBeLessThanOrEqual(200 + r.tiers.length);
    expect(curve[0]).toEqual({ x: 0, y: 0, rank: 0 });
    expect(curve.at(-1)).toEqual({ x: 1, y: 1, rank: 100_000 });
    for (const t of r.tiers) expect(curve.some((p) => p.rank === t.boundaryIndex)).toBe(true);
    for (let i = 1; i < curve.length; i++) expect(curve[i]!.y).toBeGreaterThanOrEqual(curve[i - 1]!.y);
  });
});

describe("customerTiers", () => {
  const customers = [
    { id: "C-01", name: "华东钢铁", revenue: 40000 },
    { id: "C-02", name: "南方化工", revenue: 16000 },
    { id: "C-03", name: "北方纺织", revenue: 16000 },
    { id: "C-04", name: "西部水泥", revenue: 16000 },
    { id: "C-05", name: "中原造纸", revenue: 12000 },
  ];

  it("customerTiers(rows, {value: 'revenue'}) tiers rows by a field and reports their ids", () => {
    const r = data(customerTiers(customers, { value: "revenue", cutoffs: [0.55, 0.85] }));
    expect(r.tier).toEqual(["A", "B", "B", "C", "C"]);
    expect(r.ids).toEqual(["C-01", "C-02", "C-03", "C-04", "C-05"]);
  });

  it("customerTiers(rows, {value: accessor}) accepts a function and numeric ids", () => {
    const rows = [
      { id: 7, q: 2, p: 10 },
      { id: 8, q: 1, p: 5 },
    ];
    const r = data(customerTiers(rows, { value: (row) => row.q * row.p, method: "count", quotas: [0.5, 0.5] }));
    expect(r.tier).toEqual(["A", "B"]);
    expect(r.ids).toEqual(["7", "8"]);
  });

  it("customerTiers(rows) reports issues and warnings at rows[i].field", () => {
    const bad = customerTiers(
      [
        { id: "a", revenue: 5 },
        { id: "b", revenue: "n/a" },
      ],
      {
        value: "revenue",
        missing: "error",
      },
    );
    expect(bad.success ? null : bad.issues.map((i) => i.message)).toEqual([
      'rows[1].revenue: the value is missing or not a number (missing="error")',
    ]);
    const warned = customerTiers([{ revenue: 5 }, { revenue: -1 }], { value: "revenue" });
    expect(warned.success && warned.warnings.map((w) => [w.code, w.path])).toEqual([
      ["tier_negative_values", ["rows"]],
      ["tier_empty", ["rows"]],
      ["tier_empty", ["rows"]],
    ]);
    const noId = customerTiers([{ id: "a", revenue: 5 }, { revenue: 3 }], { value: "revenue" });
    expect(noId.success ? null : noId.issues.map((i) => i.path)).toEqual([["rows", 1, "id"]]);
    expect(customerTiers("x" as unknown as object[]).success).toBe(false);
  });
});
