import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIssue, pfAdjustment, pfAdjustmentRate, powerFactor } from "../../src/index.ts";
import { data, fixture, issues } from "./helpers.ts";

interface PfTable {
  source: string;
  rows: { pf: number; percent: Record<"0.90" | "0.85" | "0.80", number> }[];
}
const table = fixture<PfTable>("billing/pf-table-1983.json");
const standards = [
  ["0.90", 0.9],
  ["0.85", 0.85],
  ["0.80", 0.8],
] as const;
const cells = table.rows.flatMap((row) => standards.map(([key, standard]) => ({ ...row, key, standard })));

interface Case {
  id: string;
  inputs: { q_over_p_range?: [number, number]; pf?: number; pf_standard?: number };
  expected: number;
  expected_details?: { adjust_percent?: Record<string, number> };
}
const cases = fixture<Case[]>("billing-cases.json");
const byId = (id: string) => cases.find((c) => c.id === id)!;

describe("pfAdjustmentRate: the 1983 table row by row", () => {
  it("pf-table-1983.json names its source and lists 1.00 down to 0.50", () => {
    expect(table.source).toMatch(/1983/);
    expect(table.rows).toHaveLength(51);
  });

  it.each(cells)("pfAdjustmentRate($pf, $standard) matches the table column $key", ({ pf, key, standard, percent }) => {
    const r = data(pfAdjustmentRate(pf, standard));
    expect(r.percent).toBe(percent[key]);
    expect(r.rate).toBe(Number((percent[key] / 100).toFixed(6)));
  });

  it("pfAdjustmentRate(0.6, 0.9) is +25 %: bands are cumulative (baidu case)", () => {
    const c = byId("baidu-pf-060-cumulative-rate");
    const r = data(pfAdjustmentRate(c.inputs.pf!, c.inputs.pf_standard!));
    expect(r.rate).toBe(c.expected);
    expect(r.bands.map((b) => b.percent)).toEqual([10, 5, 10]);
  });

  it("pfAdjustment with fees so large the amount overflows fails with not_finite, never Infinity yuan", () => {
    expect(issues(pfAdjustment(0, 0.9, 0, 1.24e304)).map((i) => i.code)).toEqual(["not_finite"]);
    // +5 % of 1e21 yuan: rounding to 0.01 once turned every amount from 1e19 yuan up into 0.
    expect(data(pfAdjustment(0.8, 0.9, 0, 1e21)).amountYuan / 5e19).toBeCloseTo(1, 12);
  });

  it("pfAdjustmentRate(0.95) returns the exact decimal −0.0075, never −0.007499…", () => {
    expect(data(pfAdjustmentRate(0.95)).rate).toBe(-0.0075);
    expect(data(pfAdjustmentRate(0.91)).rate).toBe(-0.0015);
    expect(data(pfAdjustmentRate(0.93, 0.85)).rate).toBe(-0.0095);
  });

  it("pfAdjustmentRate(pf) defaults to standard 0.9 and extrapolates below 0.50 with a warning", () => {
    expect(data(pfAdjustmentRate(0.8)).percent).toBe(5);
    const r = pfAdjustmentRate(0.45, 0.9);
    expect(data(r).percent).toBe(55);
    expect(r.success && r.warnings.map((w) => w.code)).toEqual(["billing_pf_below_table"]);
  });

  it("pfAdjustmentRate(0.855) rounds half-up to 0.86 first and warns", () => {
    const r = pfAdjustmentRate(0.855, 0.9);
    expect(data(r).powerFactor).toBe(0.86);
    expect(data(r).percent).toBe(2);
    expect(r.success && r.warnings[0]!.code).toBe("billing_pf_rounded");
  });

  it("pfAdjustmentRate(pf, 0.7) fails naming the standard, in both languages", () => {
    const [i] = issues(pfAdjustmentRate(0.9, 0.7));
    expect(i!.code).toBe("billing_pf_standard_invalid");
    expect(i!.path).toEqual(["standard"]);
    expect(formatIssue(i!, "en")).toBe("standard: power-factor standard 0.7 is not valid: use 0.90, 0.85 or 0.80");
    expect(formatIssue(i!, "zh-CN")).toBe("standard: 功率因数考核标准 0.7 无效，应为 0.90、0.85 或 0.80");
  });

  it("pfAdjustmentRate(1.2) and (−0.1) fail naming powerFactor", () => {
    expect(issues(pfAdjustmentRate(1.2))[0]!.path).toEqual(["powerFactor"]);
    expect(issues(pfAdjustmentRate(-0.1))[0]!.code).toBe("too_small");
  });

  it("pfAdjustmentRate never decreases as the power factor falls (non-increasing in PF)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom(0.9, 0.85, 0.8),
        (a, b, s) => {
          const lo = Math.min(a, b) / 100;
          const hi = Math.max(a, b) / 100;
          expect(data(pfAdjustmentRate(hi, s)).rate).toBeLessThanOrEqual(data(pfAdjustmentRate(lo, s)).rate);
        },
      ),
    );
  });
});

describe("powerFactor: exact half-up rounding", () => {
  it.each([
    ["wgbc-pf-095", 0],
    ["wgbc-pf-095", 1],
    ["wgbc-pf-064", 0],
    ["wgbc-pf-064", 1],
  ] as const)("powerFactor(10000, q) at %s range end %i rounds to the published figure", (id, end) => {
    const c = byId(id);
    const ratio = c.inputs.q_over_p_range![end];
    const r = data(powerFactor(10000, Math.round(ratio * 10000)));
    expect(r.powerFactor).toBe(c.expected);
    expect(data(powerFactor(1, ratio)).powerFactor).toBe(c.expected);
    for (const [key, standard] of standards) {
      expect(data(pfAdjustmentRate(r.powerFactor, standard)).percent).toBe(c.expected_details!.adjust_percent![key]);
    }
  });

  it("powerFactor(10000, 3462) is 0.94 and (10000, 3105) is 0.96: just past the range ends", () => {
    expect(data(powerFactor(10000, 3462)).powerFactor).toBe(0.94);
    expect(data(powerFactor(10000, 3105)).powerFactor).toBe(0.96);
    expect(data(powerFactor(10000, 11847)).powerFactor).toBe(0.65);
    expect(data(powerFactor(10000, 12166)).powerFactor).toBe(0.63);
  });

  it("powerFactor(P, Q) decides near-boundary values exactly (0.3461 lies 2e-6 from 0.945)", () => {
    const r = data(powerFactor(1, 0.3461));
    expect(r.cosPhi).toBeCloseTo(0.945002, 6);
    expect(r.powerFactor).toBe(0.95);
  });

  it("powerFactor(P, Q, reverse) adds the reverse kvarh in absolute value (60 + 9)", () => {
    expect(data(powerFactor(100, 60, -9)).reactiveKvarh).toBe(69);
    expect(data(powerFactor(100, 60, -9)).powerFactor).toBe(data(powerFactor(100, 69)).powerFactor);
  });

  it("powerFactor(180, 81) is 0.91 (dushuang: tanφ 0.45 → 0.9119)", () => {
    expect(data(powerFactor(36000, 16200)).powerFactor).toBe(0.91);
  });

  it("powerFactor(P, Q, 0, {pfRounding: 'down'}) truncates, exactly at a 3-4-5 tie", () => {
    expect(data(powerFactor(3, 4, 0, { pfRounding: "down" })).powerFactor).toBe(0.6);
    expect(data(powerFactor(10000, 3461, 0, { pfRounding: "down" })).powerFactor).toBe(0.94);
    expect(data(powerFactor(10000, 3461)).powerFactor).toBe(0.95);
  });

  it("powerFactor agrees with a high-precision reference on random decimal readings", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (p, q) => {
        const pf = data(powerFactor(p / 100, q / 100)).powerFactor;
        // Reference on BigInt: largest k with 40000·P² ≥ (2k−1)²·(P²+Q²).
        const P = BigInt(p);
        const S = P * P + BigInt(q) * BigInt(q);
        let k = 100;
        while (k > 0 && 40000n * P * P < BigInt(2 * k - 1) ** 2n * S) k--;
        expect(pf).toBe(k / 100);
      }),
    );
  });

  it("powerFactor(0, 0) and powerFactor(−1, 5) fail naming activeKwh", () => {
    expect(issues(powerFactor(0, 0))[0]!.code).toBe("billing_pf_no_energy");
    expect(issues(powerFactor(-1, 5))[0]!.path).toEqual(["activeKwh"]);
  });
});

describe("pfAdjustment", () => {
  it("pfAdjustment(0.91, 0.9, 0, 18600) is −27.90 (dushuang)", () => {
    const r = data(pfAdjustment(0.91, 0.9, 0, 18600));
    expect(r.amountYuan).toBe(-27.9);
    expect(r.rate).toBe(-0.0015);
    expect(r.baseYuan).toBe(18600);
  });

  it("pfAdjustment(0.7, 0.9, 184000, 80000) is +10 % of the base: 26400 (aiicanw)", () => {
    expect(data(pfAdjustment(0.7, 0.9, 184000, 80000)).amountYuan).toBe(26400);
  });
});
