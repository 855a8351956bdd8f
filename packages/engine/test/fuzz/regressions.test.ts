// The inputs the entry-point fuzzing (issue 7) shrank each bug it found to, kept as plain regression tests.
import { describe, expect, it } from "vitest";
import * as engine from "../../src/index.ts";

function issuesOf(r: engine.Result<unknown>): readonly engine.Issue[] {
  return r.success ? [] : r.issues;
}
const codes = (r: engine.Result<unknown>) => issuesOf(r).map((i) => i.code);

describe("fuzz regressions: exceptions that are now results", () => {
  it("demandKw(reading, ct, pt, null) and powerFactor(kWh, kvarh, reverse, null) use the defaults (Excel's omitted argument)", () => {
    const d = engine.demandKw(1.021, "600/5", "10000/100", null);
    expect(d.success && d.data.rounding).toBe("none");
    const pf = engine.powerFactor(1000, 480, 20, null);
    expect(pf.success && pf.data.powerFactor).toBe(0.89);
  });

  it("rfmScoreFromCuts(r, f, m, cuts) checks the cuts: not an object, a bad bin count, unsorted or too many", () => {
    expect(issuesOf(engine.rfmScoreFromCuts(10, 7, 600, "__proto__" as never))[0]).toMatchObject({
      code: "invalid_type",
      path: ["cuts"],
    });
    const cuts = {
      bins: 3,
      recency: [10, 40],
      frequency: [2, 7],
      monetary: [90, 600],
      actualBins: { recency: 3, frequency: 3, monetary: 3 },
    };
    expect(engine.rfmScoreFromCuts(10, 7, 600, cuts).success).toBe(true);
    expect(codes(engine.rfmScoreFromCuts(10, 7, 600, { ...cuts, bins: 1 }))).toEqual(["invalid_type"]);
    expect(issuesOf(engine.rfmScoreFromCuts(10, 7, 600, { ...cuts, recency: [40, 10] }))).toEqual([
      expect.objectContaining({ code: "rfm_cuts_not_ascending", path: ["cuts", "recency"] }),
    ]);
    expect(codes(engine.rfmScoreFromCuts(10, 7, 600, { ...cuts, monetary: [1, 2, 3] }))).toEqual(["too_big"]);
  });

  it("presetQuadrants(points, preset) and presetQuadrant(…, preset) fail on a missing or incomplete preset", () => {
    expect(issuesOf(engine.presetQuadrants([{ x: 1, y: 1 }], undefined as never))[0]).toMatchObject({
      code: "invalid_type",
      path: ["preset"],
    });
    const broken = { ...engine.LOYALTY_PRESET, quadrants: { ...engine.LOYALTY_PRESET.quadrants, HH: null } };
    expect(issuesOf(engine.presetQuadrant(3, 4, 2, 5, broken as never))[0]).toMatchObject({
      code: "invalid_type",
      path: ["preset", "quadrants", "HH"],
    });
  });

  it("valueScoreRows(x) and valueScoreBreakdown(x, 0) fail with invalid_type when x is not a value-score result", () => {
    expect(issuesOf(engine.valueScoreRows(new Float64Array() as never))[0]).toMatchObject({
      code: "invalid_type",
      path: ["result", "scores"],
    });
    expect(codes(engine.valueScoreBreakdown({} as never, 0))).toEqual(["invalid_type"]);
  });

  it("gradeByQuotas(scores, quotas) fails with invalid_type when quotas is not an array", () => {
    expect(issuesOf(engine.gradeByQuotas([1, 2], 5 as never))).toEqual([
      expect.objectContaining({ code: "invalid_type", path: ["quotas"] }),
    ]);
  });

  it("sampleBills(book) fails, not throws, on a book whose customer has no readings", () => {
    const book = engine.sampleBook({ customers: 2, months: 2, seed: 3 });
    if (!book.success) throw new Error("sampleBook failed");
    const edited = { ...book.data, customers: [{ ...book.data.customers[0]!, monthlyReadings: null }] };
    expect(issuesOf(engine.sampleBills(edited as never))[0]).toMatchObject({
      code: "invalid_type",
      path: ["book", "customers"],
    });
  });

  it("formatMessage, formatIssue, tierLabels and explainTier read zh-CN for a locale they do not know", () => {
    expect(engine.formatMessage("empty_input", {}, null as never)).toBe("没有可计算的数据");
    expect(engine.formatIssue({ code: "empty_input", path: ["values"] }, 3 as never)).toBe("values: 没有可计算的数据");
    const r = engine.abcTiers([5, 3, 1]);
    if (!r.success) throw new Error("abcTiers failed");
    expect(engine.explainTier(r.data, 0, "fr" as never)?.text).toBe(engine.explainTier(r.data, 0, "zh-CN")?.text);
  });

  it("formatMessage and toTransformerStatus do not read Object.prototype for 'constructor' or '__proto__'", () => {
    expect(engine.formatMessage("constructor")).toBe("constructor");
    expect(engine.toTransformerStatus("__proto__")).toBeUndefined();
    expect(engine.toTransformerStatus("constructor")).toBeUndefined();
    expect(engine.toTransformerStatus(" sealed ")).toBe("cold_standby_sealed");
  });

  it("parseRatio(text, field) names the path 'ratio' when field is neither a string nor a list of keys", () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(issuesOf(engine.parseRatio(Float64Array.of() as never, [,] as never))[0]?.path).toEqual(["ratio"]);
    expect(issuesOf(engine.parseRatio("x", {} as never))[0]?.path).toEqual(["ratio"]);
    expect(issuesOf(engine.parseRatio("x", ["bill", 2, "ct"]))[0]?.path).toEqual(["bill", 2, "ct"]);
  });
});

describe("fuzz regressions: overflows that gave ∞ or NaN as a result", () => {
  it("abcTiers of finite values whose sum overflows (1e308 + 1e308) fails with not_finite, not NaN shares all in A", () => {
    expect(issuesOf(engine.abcTiers([1e308, 1e308, 5]))).toEqual([
      expect.objectContaining({ code: "not_finite", path: ["values"] }),
    ]);
  });

  it("retentionClv with a margin so large the value overflows fails with not_finite", () => {
    expect(codes(engine.retentionClv({ marginPerPeriod: 1e308, retention: 0.9, discountRate: 0 }))).toEqual([
      "not_finite",
    ]);
  });

  it("gammaGammaExpectedValue with frequency 1e308 (p·x·m̄ overflows) fails with not_finite, not NaN", () => {
    const r = engine.gammaGammaExpectedValue(
      { p: 6.2488, q: 3.7446, v: 15.4477 },
      { frequency: 1e308, meanValue: 22.35 },
    );
    expect(codes(r)).toEqual(["not_finite"]);
  });

  it("powerFactor keeps reactive kvarh finite next to 1.8e308 and fails when reactive + reverse overflows", () => {
    const r = engine.powerFactor(1000, Number.MAX_VALUE, 20);
    expect(r.success && r.data.reactiveKvarh).toBe(Number.MAX_VALUE);
    expect(codes(engine.powerFactor(1000, Number.MAX_VALUE, Number.MAX_VALUE))).toEqual(["not_finite"]);
  });
});

describe("fuzz regressions: messages that showed [object Object]", () => {
  it("pfAdjustmentRate(pf, standard) and sampleValues(n) name an object argument as 'object' or 'array'", () => {
    const pf = issuesOf(engine.pfAdjustmentRate(0.9, [{}] as never))[0]!;
    expect(pf.message).toBe("standard: power-factor standard array is not valid: use 0.90, 0.85 or 0.80");
    expect(issuesOf(engine.sampleValues({} as never))[0]!.message).toBe("n: expected integer, got object");
  });

  it("gradeByQuotas re-renders the message of an issue it re-paths, so message and path agree", () => {
    const i = issuesOf(engine.gradeByQuotas(new Float64Array()))[0]!;
    expect(i.path[0]).toBe("scores");
    expect(i.message.startsWith("scores")).toBe(true);
  });
});

describe("fuzz regressions: bill issues re-pathed under a section", () => {
  it("computeBill re-makes a basic-fee issue under basic, so its message names basic.quantity too", () => {
    const book = engine.sampleBook({ customers: 3, seed: 7 });
    if (!book.success) throw new Error("sampleBook failed");
    const bills = engine.sampleBills(book.data);
    if (!bills.success) throw new Error("sampleBills failed");
    const demand = bills.data.bills.find((b) => b.input.basic?.basis === "demand");
    if (!demand) throw new Error("no demand-basis sample bill");
    const input = structuredClone(demand.input);
    input.basic!.demandMeters![0]!.reading = 1e308; // × CT × PT passes the double range: the demand is not finite
    const issues = issuesOf(engine.computeBill(input));
    expect(issues.map((i) => i.path.join("."))).toContain("basic.quantity");
    for (const i of issues) expect(i.message.startsWith(engine.pathText(i.path))).toBe(true);
  });
});

describe("fuzz regressions: sums that overflowed in lifecycle and CLV", () => {
  it("lifecycleStages with two 1e308 profit periods in a quarter fails that customer with not_finite, not ∞ metrics", () => {
    const volumes = [50, 60, 80, 90, 97, 101, 99, 98, 100, 100, 95, 90];
    expect(codes(engine.lifecycleStage(volumes, [1e308, 1e308, ...volumes.slice(2)]))).toEqual(["not_finite"]);
    const r = engine.lifecycleStages([{ id: "b", volumes, profits: [1e308, 1e308, ...volumes.slice(2)] }]);
    expect(r.success && r.data.rows[0]!.result).toBeNull();
    expect(r.success && r.data.rows[0]!.issues.map((i) => i.code)).toEqual(["not_finite"]);
  });

  it("clvSum of contributions that sum past 1e308 fails with not_finite, not an infinite total", () => {
    const customers = [
      { id: "A", currentContribution: 1e308, potentialContribution: 80 },
      { id: "B", currentContribution: 1e308, potentialContribution: 50 },
    ];
    expect(codes(engine.clvSum(customers))).toEqual(["not_finite"]);
  });
});

describe("fuzz regressions: overflowing bills fail instead of printing Infinity", () => {
  const capacityBill = (price: number): engine.BillInput => ({
    basic: { basis: "capacity", priceYuanPerKvaMonth: price, transformers: [{ capacityKva: 315, status: "running" }] },
  });

  it("computeBill(price near 1e308) fails with not_finite on the line that overflowed", () => {
    const r = engine.computeBill(capacityBill(1e307));
    expect(r.success).toBe(false);
    expect(!r.success && r.issues[0]).toMatchObject({ code: "not_finite" });
    expect(engine.computeBill(capacityBill(20)).success).toBe(true);
  });

  it("checkBill(bill, printed near −1e308) fails with not_finite instead of an infinite difference", () => {
    const huge = engine.computeBill(capacityBill(1e305));
    expect(huge.success && Number.isFinite(huge.data.totalYuan)).toBe(true);
    const r = engine.checkBill(capacityBill(1e305), { totalYuan: -1.7e308 });
    expect(!r.success && r.issues.map((i) => [i.code, i.path])).toEqual([["not_finite", ["printed", "total"]]]);
    const fine = engine.checkBill(capacityBill(20), { totalYuan: 6301 });
    expect(fine.success && fine.data.differences[0]!.differenceYuan).toBe(1);
  });
});

describe("fuzz regressions: rounding huge amounts", () => {
  it("roundHalfUp / roundHalfEven return a double ≥ 2^52 unchanged (it is an integer), never 0", async () => {
    const { roundHalfUp, roundHalfEven } = await import("../../src/math/round.ts");
    for (const x of [2 ** 52, 1e21, 1.575e308, -1.7e308]) {
      expect(roundHalfUp(x, 2)).toBe(x);
      expect(roundHalfEven(x, 2)).toBe(x);
    }
    expect(roundHalfUp(2.675, 2)).toBe(2.68);
    expect(roundHalfEven(2.665, 2)).toBe(2.66);
  });
});
