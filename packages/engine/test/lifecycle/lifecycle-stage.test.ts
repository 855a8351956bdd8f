import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LIFECYCLE_STAGES, lifecycleStage, lifecycleStages, theilSenSlope } from "../../src/index.ts";

/** Monthly series whose quarters sum to the given totals (each month a third; totals are multiples of 3). */
const months = (...quarterTotals: number[]) => quarterTotals.flatMap((q) => [q / 3, q / 3, q / 3]);
const flat = (q: number, count: number) => Array.from({ length: count }, () => q);

describe("theilSenSlope", () => {
  it("theilSenSlope(values) is the median pairwise slope and ignores one big value", () => {
    expect(theilSenSlope([1, 2, 3, 4])).toBe(1);
    expect(theilSenSlope([120, 900, 120, 120])).toBe(0);
    expect(theilSenSlope([5])).toBeNaN();
  });
});

describe("lifecycleStage", () => {
  it("lifecycleStage(volumes) of a 2-quarter-old customer is exploration (考察期)", () => {
    const r = lifecycleStage(months(...flat(0, 6), 30, 60));
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.stage).toBe("exploration");
    expect(r.data.label).toEqual({ "zh-CN": "考察期", en: "Exploration" });
    expect(r.data.metrics.volume).toMatchObject({ age: 2, windowPeriods: 2 });
    expect(r.data.periods).toEqual({ unit: "quarter", count: 8, trimmed: 0, firstOrder: 6 });
    expect(r.data.reason.code).toBe("lifecycle_exploration");
    expect(r.data.reason.text.en).toBe(
      "volume: age 2 quarter(s) since the first order is below a_min = 4 and no peak is established → exploration",
    );
    expect(r.data.marketingMix).toMatchObject({ relationship: "primary", brand: "none" });
    expect(r.data.relationshipLevel).toEqual({ level: "supplier", label: { "zh-CN": "供应商", en: "Supplier" } });
  });

  it("lifecycleStage(volumes) of steady growth is formation (形成期)", () => {
    const r = lifecycleStage(months(30, 60, 90, 120, 150, 180, 210, 240));
    expect(r.success && r.data.stage).toBe("formation");
    if (!r.success) return;
    // last 4 quarters 150…240: slope 30 / mean 195
    expect(r.data.metrics.volume!.trend).toBeCloseTo(30 / 195, 9);
    expect(r.data.metrics.volume!.level).toBe(1);
    expect(r.data.reason.text["zh-CN"]).toBe("销量：趋势 g = +15.4%/期 > γ = 10%（水平 L = 1，年龄 8 个季度）→ 形成期");
    expect(r.data.marketingMix).toMatchObject({ relationship: "primary", brand: "secondary" });
    expect(r.data.relationshipLevel!.level).toBe("preferred_supplier");
  });

  it("lifecycleStage(volumes) flat at the peak is stability (稳定期)", () => {
    const r = lifecycleStage(months(30, 60, 90, 120, 120, 120, 120, 120));
    expect(r.success && r.data.stage).toBe("stability");
    if (!r.success) return;
    expect(r.data.metrics.volume).toMatchObject({ trend: 0, level: 1, peakMean: 120 });
    expect(r.data.label.en).toBe("Stability");
    expect(r.data.marketingMix).toMatchObject({ relationship: "secondary", brand: "primary" });
    expect(r.data.relationshipLevel!.level).toBe("partner");
    expect(r.data.reason.text.en).toBe("volume: |g| = 0% per period ≤ γ = 10% and level L = 1 ≥ λ = 0.8 → stability");
  });

  it("lifecycleStage(volumes) with falling volume is decline (退化期) and the reason names volume", () => {
    const r = lifecycleStage(months(120, 120, 120, 120, 90, 60, 30, 15));
    expect(r.success && r.data.stage).toBe("decline");
    if (!r.success) return;
    expect(r.data.reason).toMatchObject({ code: "lifecycle_decline_trend", metric: "volume" });
    // pairwise slopes of 90, 60, 30, 15: median −27.5; mean 48.75
    expect(r.data.metrics.volume!.trend).toBeCloseTo(-27.5 / 48.75, 9);
    expect(r.data.reason.text.en).toBe(
      "volume falling: trend g = -56.4% per period < −γ = −10% (level L = 0.406) → decline",
    );
    expect(r.data.label["zh-CN"]).toBe("退化期");
    expect(r.data.marketingMix).toMatchObject({ relationship: "primary", brand: "none" });
  });

  it("lifecycleStage(volumes, profits) with profit falling while volume is flat is decline naming profit", () => {
    const r = lifecycleStage(months(...flat(120, 8)), months(60, 60, 60, 60, 45, 30, 15, 6));
    expect(r.success && r.data.stage).toBe("decline");
    if (!r.success) return;
    expect(r.data.reason).toMatchObject({ code: "lifecycle_decline_trend", metric: "profit" });
    expect(r.data.reason.text["zh-CN"]).toMatch(/^利润下降：趋势 g = -\d/);
    expect(r.data.metrics.volume!.stage).toBe("stability");
    expect(r.data.metrics.profit!.stage).toBe("decline");
    expect(r.data.reasons.map((x) => x.metric)).toEqual(["profit", "volume"]);
  });

  it("lifecycleStage(volumes) after a stable peak, flat at half the peak, is decline by level", () => {
    const r = lifecycleStage(months(...flat(120, 6), 60, 60, 60, 60));
    expect(r.success && r.data.stage).toBe("decline");
    if (!r.success) return;
    expect(r.data.reason.code).toBe("lifecycle_decline_level");
    expect(r.data.metrics.volume).toMatchObject({ level: 0.5, trend: 0, wasStable: true, peakEndPeriod: 3 });
  });

  it("lifecycleStage(volumes) is unclassified when flat below a peak that was never stable", () => {
    const r = lifecycleStage(months(300, 60, 60, 60, 60));
    expect(r.success && r.data).toMatchObject({ stage: "unclassified", reason: { code: "lifecycle_unclassified" } });
    expect(r.success && r.data.marketingMix).toBeNull();
  });

  it("lifecycleStage(volumes) stays stable through a single big order (Theil–Sen)", () => {
    const monthly = months(...flat(120, 8));
    monthly[18] = 2000; // one big order in the 7th quarter
    const r = lifecycleStage(monthly);
    expect(r.success && r.data.stage).toBe("stability");
    expect(r.success && r.data.metrics.volume!.trend).toBe(0);
  });

  it("lifecycleStage(volumes) of too short a history is insufficient_data", () => {
    const r = lifecycleStage([5, 5, 5, 5, 5, 5]);
    expect(r.success && r.data).toMatchObject({
      stage: "insufficient_data",
      reason: { code: "lifecycle_too_short", params: { periods: 2, minPeriods: 4 } },
      label: { "zh-CN": "数据不足", en: "Insufficient data" },
      marketingMix: null,
      relationshipLevel: null,
    });
  });

  it("lifecycleStage(zeros) is insufficient_data with no orders; all blank is insufficient_data with no data", () => {
    const zeros = lifecycleStage(flat(0, 24));
    expect(zeros.success && zeros.data.reason).toMatchObject({ code: "lifecycle_no_orders", params: { periods: 8 } });
    const blank = lifecycleStage([null, "", undefined, null]);
    expect(blank.success && blank.data).toMatchObject({
      stage: "insufficient_data",
      reason: { code: "lifecycle_no_data" },
    });
    const empty = lifecycleStage([]);
    expect(empty.success && empty.data.stage).toBe("insufficient_data");
  });

  it("lifecycleStage(volumes) counts interior blanks as 0 orders and trims trailing blanks with a warning", () => {
    const withGap: (number | null)[] = months(...flat(120, 8));
    withGap[12] = null;
    const r = lifecycleStage(withGap);
    expect(r.success && r.data.metrics.volume!.series[4]).toBe(80);
    const trailing = lifecycleStage([...months(...flat(120, 8)), null, null, ""]);
    expect(trailing.success && trailing.data).toMatchObject({ stage: "stability", periods: { count: 8, trimmed: 3 } });
    expect(trailing.success && trailing.warnings[0]!.code).toBe("lifecycle_trailing_trimmed");
    const zero = lifecycleStage([...months(...flat(120, 8)), null, null, null], null, { trailingMissing: "zero" });
    expect(zero.success && zero.data.stage).toBe("decline");
  });

  it("lifecycleStage(volumes, profits, {aggregate: 'none'}) works on the periods as given", () => {
    const r = lifecycleStage([10, 10, 10, 10, 10], null, { aggregate: "none" });
    expect(r.success && r.data).toMatchObject({ stage: "stability", periods: { unit: "period", count: 5 } });
    const partial = lifecycleStage([10, ...months(...flat(30, 5))]);
    expect(partial.success && partial.warnings.map((w) => w.code)).toContain("lifecycle_partial_quarter");
  });

  it("lifecycleStage(volumes, profits, options) takes every threshold as an option and reports them", () => {
    const growth = months(30, 60, 90, 120, 150, 180, 210, 240);
    const r = lifecycleStage(growth, null, { trendThreshold: 0.2 });
    expect(r.success && r.data.stage).toBe("stability");
    expect(r.success && r.data.thresholds).toEqual({
      windowPeriods: 4,
      minAgePeriods: 4,
      minPeriods: 4,
      trendThreshold: 0.2,
      levelThreshold: 0.8,
    });
    const young = lifecycleStage(growth, null, { minAgePeriods: 10 });
    expect(young.success && young.data.stage).toBe("exploration");
    const bad = lifecycleStage(growth, null, { levelThreshold: 2 });
    expect(!bad.success && bad.issues[0]!.path).toEqual(["options", "levelThreshold"]);
  });

  it("lifecycleStage(bad) fails naming the cell: NaN, text, length mismatch, not an array", () => {
    const nan = lifecycleStage([1, Number.NaN, 3]);
    expect(!nan.success && nan.issues[0]).toMatchObject({ code: "not_finite", path: ["volumes", 1] });
    const text = lifecycleStage([1, 2], ["a", 2]);
    expect(!text.success && text.issues[0]).toMatchObject({ code: "invalid_type", path: ["profits", 0] });
    const mismatch = lifecycleStage([1, 2, 3], [1, 2]);
    expect(!mismatch.success && mismatch.issues[0]).toMatchObject({ code: "length_mismatch", path: ["profits"] });
    const notArray = lifecycleStage(5 as never);
    expect(!notArray.success && notArray.issues[0]!.code).toBe("invalid_type");
  });

  it("LIFECYCLE_STAGES carries the four stage labels in both languages", () => {
    expect(
      (["exploration", "formation", "stability", "decline"] as const).map((k) => LIFECYCLE_STAGES[k].label),
    ).toEqual([
      { "zh-CN": "考察期", en: "Exploration" },
      { "zh-CN": "形成期", en: "Formation" },
      { "zh-CN": "稳定期", en: "Stability" },
      { "zh-CN": "退化期", en: "Decline" },
    ]);
  });

  it("lifecycleStage(any finite, NaN or blank array) never throws", () => {
    const cell = fc.oneof(
      fc.double({ noDefaultInfinity: true }),
      fc.constant(Number.NaN),
      fc.constant(null),
      fc.integer({ min: -5, max: 500 }),
      fc.constant(0),
    );
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 40 }), fc.option(fc.array(cell, { maxLength: 40 })), (v, p) => {
        const r = lifecycleStage(v, p);
        if (r.success) {
          const m = r.data.metrics.volume;
          if (m && m.trend !== null && !Number.isFinite(m.trend)) return false;
          if (m && m.level !== null && !Number.isFinite(m.level)) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe("lifecycleStages", () => {
  it("lifecycleStages(customers) gives each customer's stage, counts per stage and keeps invalid ones", () => {
    const r = lifecycleStages([
      { id: "new", volumes: months(...flat(0, 6), 30, 60) },
      { id: "flat", volumes: months(...flat(120, 8)), profits: months(...flat(30, 8)) },
      { id: "bad", volumes: [1, "x"] },
      { id: "falling", volumes: months(120, 120, 120, 120, 90, 60, 30, 15) },
    ]);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.stages).toEqual(["exploration", "stability", null, "decline"]);
    expect(r.data.counts).toEqual({
      exploration: 1,
      formation: 0,
      stability: 1,
      decline: 1,
      unclassified: 0,
      insufficient_data: 0,
    });
    expect(r.data.invalid).toBe(1);
    expect(r.data.rows[2]).toMatchObject({
      id: "bad",
      issues: [{ code: "invalid_type", path: ["customers", 2, "volumes", 1] }],
    });
    expect(r.warnings[0]).toMatchObject({ code: "lifecycle_customers_invalid", params: { count: 1 } });
    expect(lifecycleStages([]).success).toBe(false);
  });
});
