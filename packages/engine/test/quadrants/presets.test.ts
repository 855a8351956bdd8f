import { describe, expect, it } from "vitest";
import {
  LOYALTY_PRESET,
  VALUE_PRESET,
  loyaltyQuadrant,
  loyaltyQuadrants,
  valueQuadrant,
  valueQuadrants,
} from "../../src/index.ts";

describe("loyalty preset", () => {
  it.each([
    [9, 0.9, "HH", "高度忠诚", "True loyalty", "true_loyalty"],
    [9, 0.1, "HL", "惯性忠诚", "Inertia (spurious) loyalty", "inertia_loyalty"],
    [1, 0.9, "LH", "隐形忠诚", "Latent loyalty", "latent_loyalty"],
    [1, 0.1, "LL", "零度忠诚", "Zero loyalty", "zero_loyalty"],
  ] as const)("loyaltyQuadrant(%d, %d, 5, 0.5) is %s: %s / %s", (f, d, key, zh, en, segment) => {
    const z = loyaltyQuadrant(f, d, 5, 0.5);
    expect(z.success && z.data).toMatchObject({ key, label: zh, segment });
    const e = loyaltyQuadrant(f, d, 5, 0.5, "en");
    expect(e.success && e.data).toMatchObject({ key, label: en, segment });
    expect(e.success && e.data.action).toBe(LOYALTY_PRESET.quadrants[key].action.en);
  });

  it("loyaltyQuadrant(frequency on the split) counts as high and bad arguments are named", () => {
    expect(loyaltyQuadrant(5, 0.5, 5, 0.5)).toMatchObject({ success: true, data: { label: "高度忠诚" } });
    const r = loyaltyQuadrant(Number.NaN, 0.5, 5, "x" as never);
    expect(!r.success && r.issues.map((i) => i.path[0])).toEqual(["frequency", "dependenceSplit"]);
    expect(!r.success && r.issues[0]!.message).toBe("frequency: expected a finite number, got NaN");
  });

  it("loyaltyQuadrants(points) reads frequency and dependence, labels and acts in the locale", () => {
    const customers = [
      { id: "a", frequency: 12, dependence: 0.8 },
      { id: "b", frequency: 12, dependence: 0.2 },
      { id: "c", frequency: 2, dependence: 0.8 },
      { id: "d", frequency: 2, dependence: 0.2 },
    ];
    const zh = loyaltyQuadrants(customers, { id: "id" });
    expect(zh.success && zh.data.points.map((p) => p.label)).toEqual(["高度忠诚", "惯性忠诚", "隐形忠诚", "零度忠诚"]);
    expect(zh.success && zh.data.points[1]!.action).toBe("建立差异化与转换壁垒");
    const en = loyaltyQuadrants(customers, { locale: "en" });
    expect(en.success && en.data.cells.map((c) => [c.label, c.count, c.action])).toEqual([
      ["True loyalty", 1, "Retain and deepen the relationship"],
      ["Inertia (spurious) loyalty", 1, "Create differentiation and switching barriers"],
      ["Latent loyalty", 1, "Remove situational barriers (access, channel)"],
      ["Zero loyalty", 1, "Lower the cost to serve, or let go"],
    ]);
    expect(en.success && en.data).toMatchObject({ preset: "loyalty", locale: "en", splits: { x: { value: 7 } } });
  });
});

describe("value preset", () => {
  it.each([
    [80, 80, "HH", "战略客户", "Strategic", "strategic"],
    [80, 20, "HL", "维持客户", "Maintain", "maintain"],
    [20, 80, "LH", "发展客户", "Develop", "develop"],
    [20, 20, "LL", "一般客户", "General", "general"],
  ] as const)("valueQuadrant(%d, %d, 50, 50) is %s: %s / %s", (cv, fv, key, zh, en, segment) => {
    expect(valueQuadrant(cv, fv, 50, 50)).toMatchObject({ success: true, data: { key, label: zh, segment } });
    expect(valueQuadrant(cv, fv, 50, 50, "en")).toMatchObject({ success: true, data: { key, label: en } });
  });

  it("valueQuadrants(points, {x, y, locale}) takes any two measures", () => {
    const r = valueQuadrants(
      [
        { cv: 90, fv: 10 },
        { cv: 10, fv: 90 },
      ],
      { x: "cv", y: "fv", xSplit: 50, ySplit: 50, locale: "en" },
    );
    expect(r.success && r.data.points.map((p) => [p.label, p.segment])).toEqual([
      ["Maintain", "maintain"],
      ["Develop", "develop"],
    ]);
    expect(VALUE_PRESET.axes.x.field).toBe("currentValue");
    const missing = valueQuadrants([{ cv: 1 }]);
    expect(!missing.success && missing.issues[0]!.code).toBe("quadrant_no_valid_points");
  });
});
