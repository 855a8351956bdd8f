import { describe, expect, it } from "vitest";
import { seedValueModel, type Result } from "../../src/index.ts";

function data<T>(r: Result<T>): T {
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}

// Ranges: gross profit 0–100, revenue 0–1000, marketing cost 10–50 (cost), position 1–5, years 0–10,
// satisfaction 60–100, so every rating below is a multiple of 1/4 and each sub-score is the mean of three.
const book = [
  {
    id: "A",
    name: "甲",
    grossProfit: 100,
    revenue: 1000,
    marketingCost: 10,
    industryPosition: 5,
    cooperationYears: 10,
    satisfaction: 100,
  },
  {
    id: "B",
    name: "乙",
    grossProfit: 0,
    revenue: 0,
    marketingCost: 50,
    industryPosition: 1,
    cooperationYears: 0,
    satisfaction: 60,
  },
  {
    id: "C",
    name: "丙",
    grossProfit: 50,
    revenue: 500,
    marketingCost: 30,
    industryPosition: 3,
    cooperationYears: 5,
    satisfaction: 80,
  },
  // No marketingCost: discounts + financial cost = 30 + 20 = 50.
  {
    id: "D",
    name: "丁",
    grossProfit: 100,
    revenue: 1000,
    discounts: 30,
    financialCost: 20,
    industryPosition: 1,
    cooperationYears: 0,
    satisfaction: 60,
  },
  {
    id: "E",
    name: "戊",
    grossProfit: 0,
    revenue: 0,
    marketingCost: 10,
    industryPosition: 5,
    cooperationYears: 10,
    satisfaction: 100,
  },
  {
    id: "F",
    name: "己",
    grossProfit: 75,
    revenue: 750,
    marketingCost: 20,
    industryPosition: 4,
    cooperationYears: 7.5,
    satisfaction: 90,
  },
];

describe("seedValueModel", () => {
  it("seedValueModel(customers) scores CV and FV 0–100, grades the total and places each in the CV × FV matrix", () => {
    const r = data(seedValueModel(book));
    const rows = r.customers.map((c) => [c.id, c.currentValue, c.futureValue, c.score, c.grade, c.quadrant]);
    expect(rows).toEqual([
      ["A", 100, 100, 100, "key", "strategic"],
      ["B", 0, 0, 0, "maintenance", "general"],
      ["C", 50, 50, 50, "maintenance", "general"],
      // The total is taken from the sub-scores as shown (rounded to 10 decimals): 0.5 · 66.6666666667.
      ["D", 66.6666666667, 0, 33.3333333334, "maintenance", "maintain"],
      ["E", 33.3333333333, 100, 66.6666666667, "general", "develop"],
      ["F", 75, 75, 75, "important", "strategic"],
    ]);
    // Medians: CV of 0, 33.3, 50, 66.7, 75, 100 is 58.33…; FV of 0, 0, 50, 75, 100, 100 is 62.5.
    expect(r.splits!.currentValue.value).toBeCloseTo(58.3333333333, 9);
    expect(r.splits!.futureValue.value).toBe(62.5);
    expect(r.customers.map((c) => c.rank)).toEqual([1, 6, 4, 5, 3, 2]);
    expect(r.quadrants.map((q) => [q.segment, q.count])).toEqual([
      ["strategic", 2],
      ["develop", 1],
      ["maintain", 1],
      ["general", 2],
    ]);
    expect(r.weights).toMatchObject({ currentValue: 0.5, futureValue: 0.5, grossProfit: 1 / 3, satisfaction: 1 / 3 });
    expect(r.satisfactionScale).toBe("0-100");
  });

  it("seedValueModel(customers) labels grades and quadrants in zh-CN and en, with the action as data", () => {
    const a = data(seedValueModel(book)).customers[0]!;
    expect(a.gradeLabel).toEqual({ "zh-CN": "关键客户", en: "Key" });
    expect(a.quadrantLabel?.["zh-CN"]).toBe("战略客户");
    expect(a.quadrantLabel?.en).toBe("Strategic");
    expect(a.action?.["zh-CN"].length).toBeGreaterThan(0);
    expect(a.action?.en.length).toBeGreaterThan(0);
  });

  it("seedValueModel(customers) explains each score by criterion, marketing cost as a cost", () => {
    const d = data(seedValueModel(book)).customers[3]!;
    const cost = d.contributions.find((c) => c.criterion === "marketingCost")!;
    expect(cost).toMatchObject({ subScore: "currentValue", value: 50, normalized: 0, contribution: 0 });
    const gp = d.contributions.find((c) => c.criterion === "grossProfit")!;
    expect(gp.contribution).toBeCloseTo(100 / 3, 9);
    expect(gp.totalContribution).toBeCloseTo(100 / 6, 9);
    expect(d.contributions.reduce((s, c) => s + c.totalContribution, 0)).toBeCloseTo(d.score!, 9);
  });

  it("seedValueModel(customers, {grading: 'quotas'}) grades the total 20/30/30/20 by count", () => {
    const r = data(seedValueModel(book, { grading: "quotas" }));
    // n = 6: cumulative boundaries round(1.2) = 1, round(3) = 3, round(4.8) = 5.
    expect(r.customers.map((c) => [c.id, c.grade])).toEqual([
      ["A", "key"],
      ["B", "maintenance"],
      ["C", "general"],
      ["D", "general"],
      ["E", "important"],
      ["F", "important"],
    ]);
    expect(r.grades.bands.map((b) => b.count)).toEqual([1, 2, 2, 1]);
    const bad = seedValueModel(book, { grading: "quotas", gradeQuotas: [0.5, 0.5] });
    expect(bad.success ? null : bad.issues[0]!.code).toBe("length_mismatch");
  });

  it("seedValueModel(customers, {weights}) weights CV over FV and criteria within each", () => {
    const r = data(seedValueModel(book, { weights: { currentValue: 3, futureValue: 1, grossProfit: 2 } }));
    const e = r.customers[4]!;
    // CV of E = (2·0 + 1·0 + 1·1)/4 = 25; total = 0.75·25 + 0.25·100 = 43.75.
    expect(e.currentValue).toBe(25);
    expect(e.score).toBe(43.75);
    expect(r.weights.grossProfit).toBe(0.5);
  });

  it("seedValueModel(customers) reads 1–5 satisfaction, maps fields and renormalises over missing values", () => {
    const customers = [
      { code: "x", gp: 10, sales: 100, mc: 5, pos: 2, years: 1, sat: 1 },
      { code: "y", gp: 20, sales: 200, mc: 5, pos: 4, years: 3, sat: 5 },
      { code: "z", gp: 30, sales: 300, mc: 5, pos: 3, years: 2, sat: null },
    ];
    const r = data(
      seedValueModel(customers, {
        fields: {
          id: "code",
          grossProfit: "gp",
          revenue: "sales",
          marketingCost: "mc",
          industryPosition: "pos",
          cooperationYears: "years",
          satisfaction: "sat",
        },
      }),
    );
    expect(r.satisfactionScale).toBe("1-5");
    expect(r.customers[1]!.contributions.find((c) => c.criterion === "satisfaction")!.value).toBe(100);
    const z = r.customers[2]!;
    expect(z.id).toBe("z");
    // FV of z from position (3−2)/2 = 0.5 and years (2−1)/2 = 0.5 only: 50, with coverage 1 − 0.5/3.
    expect(z.futureValue).toBe(50);
    expect(z.coverage).toBeCloseTo(1 - 0.5 / 3, 9);
    // Marketing cost is equal everywhere: rated 1 for everyone (with a warning), so CV of z = (1 + 1 + 1)/3.
    expect(z.currentValue).toBe(100);
    for (const c of r.customers) {
      for (const v of [c.currentValue, c.futureValue, c.score]) expect(v! >= 0 && v! <= 100).toBe(true);
    }
  });

  it("seedValueModel(customers) refuses empty input and bad weights", () => {
    expect(seedValueModel([]).success).toBe(false);
    const zero = seedValueModel(book, { weights: { currentValue: 0, futureValue: 0 } });
    expect(zero.success ? null : zero.issues[0]!.code).toBe("scoring_weights_zero");
    const text = seedValueModel(book, { weights: { revenue: "2" as never } });
    expect(text.success ? null : text.issues[0]!.path).toEqual(["options", "weights", "revenue"]);
  });
});
