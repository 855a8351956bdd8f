import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { abcTiers, customerTiers, type AbcOptions, type AbcResult } from "../../src/index.ts";

interface FixtureCase {
  id: string;
  method: string;
  params: Record<string, unknown>;
  inputs: unknown;
  expected: Record<string, unknown>;
  recomputation: Record<string, unknown>;
}

const cases = (
  JSON.parse(readFileSync(new URL("../fixtures/tiering-cases.json", import.meta.url), "utf8")) as FixtureCase[]
).filter((c) => c.method.startsWith("abc_"));

function unwrap(result: ReturnType<typeof abcTiers>): AbcResult {
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

/** Returns id → tier for the result. */
function classesById(result: AbcResult, ids: readonly string[]): Record<string, string | null> {
  return Object.fromEntries(ids.map((id, i) => [id, result.tier[i] ?? null]));
}

/** Returns the 1-based positions of the items in each tier. */
function sets(result: AbcResult): Record<string, number[]> {
  const out: Record<string, number[]> = Object.fromEntries(result.labels.map((l) => [l, []]));
  result.tier.forEach((t, i) => t && out[t]!.push(i + 1));
  return out;
}

describe("tiering fixtures (test/fixtures/tiering-cases.json)", () => {
  it("has the four ABC cases", () => {
    expect(cases.map((c) => c.id)).toEqual([
      "abc-count-heizer-silicon-chips",
      "abc-value-pypi-abc-classification-readme",
      "abc-computed-viessmann-1to9",
      "abc-computed-cabc-bc-ties",
    ]);
  });

  const quotaCases = cases.filter((c) => c.method === "abc_count_quota");
  it.each(quotaCases)("abcTiers(values, {method: 'count', quotas}) reproduces $id", (c) => {
    const rows = c.inputs as { id: string; annual_volume: number; unit_cost: number }[];
    const quotas = c.params.quotas as Record<string, number>;
    const result = unwrap(
      customerTiers(rows, {
        value: (r) => r.annual_volume * r.unit_cost,
        method: "count",
        quotas: Object.values(quotas),
        labels: Object.keys(quotas),
      }),
    );
    expect(classesById(result, result.ids!)).toEqual(c.expected.classes);
    expect(result.total).toBe(c.expected.total);
    expect(result.tiers.map((t) => t.boundaryIndex)).toEqual([2, 5, 10]);
    // Published shares are rounded to whole percent: 72 / 23 / 5.
    expect(result.tiers.map((t) => Math.round(t.valueShare * 100))).toEqual(
      Object.values(c.expected.published_shares_pct as Record<string, number>),
    );
  });

  it.each(quotaCases)("abcTiers(values, {cutoffs: [0.8, 0.95]}) gives the recomputed value classes for $id", (c) => {
    const rows = c.inputs as { id: string; annual_dollar_volume: number }[];
    const values = rows.map((r) => r.annual_dollar_volume);
    const ids = rows.map((r) => r.id);
    const le = unwrap(abcTiers(values, { cutoffs: [0.8, 0.95], boundary: "cumLE", ids }));
    expect(classesById(le, ids)).toEqual(c.recomputation.value_80_95_cum_le);
    const crossing = unwrap(abcTiers(values, { cutoffs: [0.8, 0.95], boundary: "crossingIncluded", ids }));
    expect(classesById(crossing, ids)).toEqual(c.recomputation.value_80_95_crossing_included);
    const pct = c.recomputation.cum_pct as Record<string, number>;
    ids.forEach((id, i) => expect(le.cumShare[i]! * 100).toBeCloseTo(pct[id]!, 2));
  });

  const valueCases = cases.filter((c) => c.method === "abc_value_share");
  it.each(valueCases)("abcTiers(values, {cutoffs}) reproduces both parameter sets of $id", (c) => {
    const rows = c.inputs as { product: string; total_sold: number }[];
    const values = rows.map((r) => r.total_sold);
    const ids = rows.map((r) => r.product);
    const sets = c.params.param_sets as { A: number; B: number }[];
    const expectedBySet = [c.recomputation.cum_le_80_95, c.recomputation.cum_le_70_90];
    sets.forEach((s, k) => {
      const result = unwrap(abcTiers(values, { cutoffs: [s.A, s.B], ids }));
      expect(result.exact).toBe(true);
      expect(classesById(result, ids)).toEqual(expectedBySet[k]);
    });
    expect(classesById(unwrap(abcTiers(values, { cutoffs: [0.8, 0.95], ids })), ids)).toEqual(
      c.expected.classes_table_in_readme,
    );
    // The README's brief sums match 70/90, and lipstick (cum 0.91, float cumsum 0.9099999999999999) is C there.
    const brief = unwrap(abcTiers(values, { cutoffs: [0.7, 0.9], ids }));
    expect(Object.fromEntries(brief.tiers.map((t) => [t.label, t.value]))).toEqual(c.expected.brief_abc_in_readme);
    const lipstick = ids.indexOf("lipstick");
    expect(brief.cumShare[lipstick]).toBe(0.91);
    expect(unwrap(abcTiers(values, { cutoffs: [0.7, 0.91], ids })).tier[lipstick]).toBe("B");
  });

  const computedCases = cases.filter((c) => c.method === "abc_computed_ultsch_loetsch");
  describe.each(computedCases)("computed ABC: $id", (c) => {
    const values = (c.inputs as { values_1_based: number[] }).values_1_based;
    const modes = [
      ["cabc", c.recomputation.independent_python_cABC],
      ["legacy", c.recomputation.independent_python_legacy_ABCanalysis],
    ] as const;
    it.each(modes)(
      "abcTiers(values, {method: 'computed', computedMode: '%s'}) gives the reference sets",
      (mode, ref) => {
        const expected = ref as { A: number[]; B: number[]; C: number[]; Ax: number; Cx: number };
        const options: AbcOptions = { method: "computed", computedMode: mode };
        const result = unwrap(abcTiers(values, options));
        expect(sets(result)).toEqual({ A: expected.A, B: expected.B, C: expected.C });
        expect(result.computed!.ax).toBeCloseTo(expected.Ax, 12);
        expect(result.computed!.cx).toBeCloseTo(expected.Cx, 12);
        expect(result.cutoffs).toEqual([result.computed!.ax, result.computed!.cx]);
      },
    );
    if (c.expected.A_1_based) {
      it("abcTiers(values, {method: 'computed'}) gives the published A set", () => {
        const result = unwrap(abcTiers(values, { method: "computed" }));
        expect(sets(result).A).toEqual(c.expected.A_1_based);
        if (c.expected.B_1_based) expect(sets(result).B).toEqual(c.expected.B_1_based);
        if (c.expected.C_1_based) expect(sets(result).C).toEqual(c.expected.C_1_based);
      });
    }
  });

  it("abcTiers([10,10,10,5,5,5,1,1,1], {method: 'computed'}) warns that a tie group was consolidated", () => {
    const result = abcTiers([10, 10, 10, 5, 5, 5, 1, 1, 1], { method: "computed" });
    expect(result.success && result.warnings.map((w) => w.code)).toEqual(["tier_ties_consolidated"]);
  });

  it("abcTiers([10,10,10,5,5,5,1,1,1], {method: 'computed', computedMode: 'legacy'}) reports the empty A", () => {
    const result = abcTiers([10, 10, 10, 5, 5, 5, 1, 1, 1], { method: "computed", computedMode: "legacy" });
    expect(result.success && result.warnings.map((w) => [w.code, w.params?.label])).toEqual([["tier_empty", "A"]]);
    expect(result.success && result.data.computed!.abLimit).toBe(10);
  });
});
