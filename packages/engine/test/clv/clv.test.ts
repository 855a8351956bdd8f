import { describe, expect, it } from "vitest";
import { clvSum, gammaGammaExpectedValue, retentionClv, type Result } from "../../src/index.ts";

function data<T>(r: Result<T>): T {
  if (!r.success) throw new Error(`expected success, got ${JSON.stringify(r.issues)}`);
  return r.data;
}
function codes<T>(r: Result<T>): string[] {
  return r.success ? r.warnings.map((w) => w.code) : r.issues.map((i) => i.code);
}

// MLE on the 946 repeat customers of CDNOW (domain/tiering.md §2.9).
const CDNOW = { p: 6.2488, q: 3.7446, v: 15.4477 };

describe("gammaGammaExpectedValue", () => {
  it("gammaGammaExpectedValue(CDNOW, {x: 2, m̄: 22.35}) matches the hand computation 375.85094776 / 15.2422", () => {
    // vp = 15.4477·6.2488 = 96.52958776; p·x·m̄ = 6.2488·2·22.35 = 279.32136; px + q − 1 = 12.4976 + 2.7446 = 15.2422.
    const r = data(gammaGammaExpectedValue(CDNOW, { frequency: 2, meanValue: 22.35 }));
    expect(r.expectedValue).toBeCloseTo((96.52958776 + 279.32136) / 15.2422, 10);
    expect(r.expectedValue).toBeCloseTo(24.658576, 6);
    expect(r.populationMean).toBeCloseTo(96.52958776 / 2.7446, 10);
    expect(r.populationWeight + r.customerWeight).toBeCloseTo(1, 12);
    expect(r.populationWeight * r.populationMean + r.customerWeight * 22.35).toBeCloseTo(r.expectedValue, 10);
  });

  it("gammaGammaExpectedValue(CDNOW, {x: 7, m̄: 73.74}) shrinks a frequent buyer's mean only a little", () => {
    const r = data(gammaGammaExpectedValue(CDNOW, { frequency: 7, meanValue: 73.74 }));
    expect(r.expectedValue).toBeCloseTo((96.52958776 + 6.2488 * 7 * 73.74) / (6.2488 * 7 + 2.7446), 10);
    expect(r.expectedValue).toBeCloseTo(71.462825, 6);
  });

  it("gammaGammaExpectedValue(params, {x: 0}) is the population mean, with a warning", () => {
    const r = gammaGammaExpectedValue(CDNOW, { frequency: 0, meanValue: 0 });
    expect(data(r).expectedValue).toBeCloseTo(35.170731, 6);
    expect(codes(r)).toEqual(["clv_gamma_gamma_no_repeat"]);
  });

  it("gammaGammaExpectedValue(params, customer) requires q > 1, p, v > 0, x ≥ 0 and m̄ > 0", () => {
    expect(codes(gammaGammaExpectedValue({ ...CDNOW, q: 1 }, { frequency: 2, meanValue: 10 }))).toEqual([
      "clv_gamma_gamma_q_too_small",
    ]);
    expect(codes(gammaGammaExpectedValue({ ...CDNOW, p: 0 }, { frequency: 2, meanValue: 10 }))).toEqual(["too_small"]);
    expect(codes(gammaGammaExpectedValue(CDNOW, { frequency: -1, meanValue: 10 }))).toEqual(["too_small"]);
    const neg = gammaGammaExpectedValue(CDNOW, { frequency: 2, meanValue: -5 });
    expect(!neg.success && neg.issues[0]).toMatchObject({
      code: "clv_gamma_gamma_mean_not_positive",
      path: ["customer", "meanValue"],
    });
    expect(codes(gammaGammaExpectedValue(CDNOW, { frequency: NaN, meanValue: 1 }))).toEqual(["not_finite"]);
  });
});

describe("retentionClv", () => {
  it("retentionClv({m, r, d}) is m·r/(1 + d − r): 100 at 80 % retention and 10 % discount → 266.67", () => {
    const r = data(retentionClv({ marginPerPeriod: 100, retention: 0.8, discountRate: 0.1 }));
    expect(r.clv).toBeCloseTo(80 / 0.3, 10);
    expect(r.marginMultiple).toBeCloseTo(8 / 3, 12);
    expect(data(retentionClv({ marginPerPeriod: 100, retention: 1, discountRate: 0.25 })).clv).toBe(400);
    expect(data(retentionClv({ marginPerPeriod: 100, retention: 0, discountRate: 0.1 })).clv).toBe(0);
  });

  it("retentionClv(input) rejects r ≥ 1 + d, out-of-range and NaN inputs (not_finite); warns on a negative margin", () => {
    expect(codes(retentionClv({ marginPerPeriod: 100, retention: 1, discountRate: 0 }))).toEqual([
      "clv_retention_too_high",
    ]);
    expect(codes(retentionClv({ marginPerPeriod: 100, retention: 1.2, discountRate: 0.5 }))).toEqual(["too_big"]);
    expect(codes(retentionClv({ marginPerPeriod: 100, retention: -0.1, discountRate: 0.1 }))).toEqual(["too_small"]);
    expect(codes(retentionClv({ marginPerPeriod: 100, retention: 0.5, discountRate: -0.1 }))).toEqual(["too_small"]);
    expect(codes(retentionClv({ marginPerPeriod: NaN, retention: 0.5, discountRate: 0.1 }))).toEqual(["not_finite"]);
    const neg = retentionClv({ marginPerPeriod: -50, retention: 0.5, discountRate: 0 });
    expect(data(neg).clv).toBe(-50);
    expect(codes(neg)).toEqual(["clv_negative_margin"]);
  });
});

describe("clvSum", () => {
  const book = [
    { id: "A", currentContribution: 120, potentialContribution: 80 },
    { id: "B", currentContribution: -30, potentialContribution: 50 },
    { id: "C", currentContribution: 10, potentialContribution: null },
  ];

  it("clvSum(customers) adds current and potential contribution per customer, with the breakdown", () => {
    const r = clvSum(book);
    const d = data(r);
    expect(d.customers.map((c) => [c.id, c.clv])).toEqual([
      ["A", 200],
      ["B", 20],
    ]);
    expect(d.customers[0]!.contributions).toEqual([
      { measure: "currentContribution", value: 120, weight: 1, contribution: 120 },
      { measure: "potentialContribution", value: 80, weight: 1, contribution: 80 },
    ]);
    expect(d.measures).toEqual([
      { measure: "currentContribution", weight: 1, total: 90 },
      { measure: "potentialContribution", weight: 1, total: 130 },
    ]);
    expect(d.total).toBe(220);
    expect(d.excluded).toEqual([{ index: 2, id: "C", reason: "missing" }]);
    expect(codes(r)).toEqual(["clv_missing_excluded", "clv_negative_values"]);
  });

  it("clvSum(customers, {measures, missing}) weights named measures and can count blanks as 0", () => {
    const r = clvSum(book, {
      measures: [
        { field: "currentContribution", label: "current" },
        { field: "potentialContribution", label: "potential", weight: 0.5 },
      ],
      missing: "zero",
    });
    expect(data(r).customers.map((c) => c.clv)).toEqual([160, -5, 10]);
    expect(codes(r)).toContain("clv_missing_as_zero");
    expect(codes(clvSum(book, { missing: "error" }))).toEqual(["invalid_type"]);
  });

  it("clvSum(customers) rejects text, NaN, an empty list and bad options", () => {
    expect(codes(clvSum([{ id: 1, currentContribution: "12", potentialContribution: 1 }]))).toEqual(["invalid_type"]);
    expect(codes(clvSum([{ id: 1, currentContribution: NaN, potentialContribution: 1 }]))).toEqual(["not_finite"]);
    expect(codes(clvSum([]))).toEqual(["empty_input"]);
    expect(codes(clvSum(book, { measures: [] }))).toEqual(["too_small"]);
  });
});
