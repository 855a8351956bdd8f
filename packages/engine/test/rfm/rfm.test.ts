import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  RFM_DEFAULT_SEGMENTS,
  formatIssue,
  rfmFromOrders,
  rfmQuantileCuts,
  rfmScore,
  rfmScores,
  type Result,
  type RfmResult,
} from "../../src/index.ts";

interface RfmFixture {
  id: string;
  params: {
    population_quantiles: Record<"recency_days" | "transaction_count" | "amount", number[]>;
    population_min_max: Record<"recency_days" | "transaction_count" | "amount", [number, number]>;
    equivalent_published_custom_thresholds: Record<"recency_bins" | "frequency_bins" | "monetary_bins", number[]>;
    segments_first_match_in_order: { name: string; R: number[]; F: number[]; M: number[] }[];
  };
  inputs: { customer_id: string; recency_days: number; transaction_count: number; amount: number }[];
  expected: Record<string, { rfm_score: number; segment: string }>;
}
const all = JSON.parse(readFileSync(new URL("../fixtures/tiering-cases.json", import.meta.url), "utf8")) as {
  id: string;
}[];
const fixture = all.find((c) => c.id === "rfm-quintile-rsquaredacademy-readme") as unknown as RfmFixture;
const fields = { id: "customer_id", recencyDays: "recency_days", frequency: "transaction_count", monetary: "amount" };
const q = fixture.params.population_quantiles;

function data<T>(r: Result<T>): T {
  if (!r.success) throw new Error(`expected success, got ${JSON.stringify(r.issues)}`);
  return r.data;
}
function codes<T>(r: Result<T>): string[] {
  return r.success ? r.warnings.map((w) => w.code) : r.issues.map((i) => i.code);
}
const byId = (r: RfmResult) => Object.fromEntries(r.customers.map((c) => [c.id, c]));
const customers = (rows: [number, number, number][]) =>
  rows.map(([recencyDays, frequency, monetary], i) => ({
    id: `c${String(i).padStart(2, "0")}`,
    recencyDays,
    frequency,
    monetary,
  }));

describe("rfm fixture (rsquaredacademy/rfm README)", () => {
  const expectFixture = (r: RfmResult) => {
    for (const [id, e] of Object.entries(fixture.expected)) {
      expect(byId(r)[id]).toMatchObject({ score: e.rfm_score, code: String(e.rfm_score), segment: e.segment });
    }
  };

  it("rfmScores(customers, {method: 'custom', cuts: population quantiles}) reproduces the published scores and segments", () => {
    const r = data(
      rfmScores(fixture.inputs, {
        fields,
        method: "custom",
        cuts: { recency: q.recency_days, frequency: q.transaction_count, monetary: q.amount },
      }),
    );
    expectFixture(r);
    expect(r.dimensions.recency.cuts).toEqual([114, 180, 296.4, 481]);
    expect(r.dimensions.recency.ranges![4]).toEqual({ score: 5, from: null, to: 114 });
  });

  it("rfmScores(customers, {closed: 'left'}) reproduces them from the package's +1 breaks too", () => {
    const t = fixture.params.equivalent_published_custom_thresholds;
    const r = rfmScores(fixture.inputs, {
      fields,
      method: "custom",
      closed: "left",
      cuts: { recency: t.recency_bins, frequency: t.frequency_bins, monetary: t.monetary_bins },
    });
    expectFixture(data(r));
  });

  it("rfmScores(customers, {population}) computes R-7 quantile cuts from a whole population", () => {
    const mm = fixture.params.population_min_max;
    // Six values whose R-7 quantiles at 0.2…0.8 are exactly the published ones (h = 5p is an integer).
    const pop = (k: "recency_days" | "transaction_count" | "amount") => [mm[k][0], ...q[k], mm[k][1]];
    const r = data(
      rfmScores(fixture.inputs, {
        fields,
        population: { recencyDays: pop("recency_days"), frequency: pop("transaction_count"), monetary: pop("amount") },
      }),
    );
    expectFixture(r);
    r.dimensions.monetary.cuts!.forEach((c, i) => expect(c).toBeCloseTo(q.amount[i]!, 9));
  });

  it("RFM_DEFAULT_SEGMENTS are the fixture's ten rules in order, with zh-CN labels", () => {
    expect(RFM_DEFAULT_SEGMENTS.map(({ name, R, F, M }) => ({ name, R, F, M }))).toEqual(
      fixture.params.segments_first_match_in_order,
    );
    expect(RFM_DEFAULT_SEGMENTS[0]!.labels).toEqual({ "zh-CN": "冠军客户", en: "Champions" });
    expect(RFM_DEFAULT_SEGMENTS.every((s) => s.labels?.["zh-CN"])).toBe(true);
  });
});

describe("rfmScores binning", () => {
  it("rfmScores(customers) uses R-7 cut points at k/5: 1..10 → 2.8, 4.6, 6.4, 8.2", () => {
    const r = data(rfmScores(customers(Array.from({ length: 10 }, (_, i) => [i + 1, i + 1, 10 * (i + 1)]))));
    const cuts = r.dimensions.frequency.cuts!;
    [2.8, 4.6, 6.4, 8.2].forEach((c, i) => expect(cuts[i]).toBeCloseTo(c, 12));
    expect(r.customers.map((c) => c.f)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(r.customers.map((c) => c.r)).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
    expect(r.dimensions.recency.reversed).toBe(true);
    expect(r.dimensions.frequency.bins.map((b) => b.count)).toEqual([2, 2, 2, 2, 2]);
    expect(r.segments!.reduce((s, x) => s + x.count, 0)).toBe(10);
    expect(r.segments!.at(-1)).toMatchObject({ name: "Others", rule: null });
  });

  const tied: [number, number, number][] = [1, 1, 1, 1, 2, 3, 4, 5, 6, 7].map((f, i) => [i + 1, f, i + 1]);

  it("rfmScores(customers, {method: 'quantile'}) gives ties one score", () => {
    const r = rfmScores(customers(tied));
    expect(data(r).customers.map((c) => c.f)).toEqual([1, 1, 1, 1, 3, 3, 4, 4, 5, 5]);
    const cuts = data(r).dimensions.frequency.cuts!;
    [1, 1.6, 3.4, 5.2].forEach((c, i) => expect(cuts[i]).toBeCloseTo(c, 12));
    expect(codes(r)).toEqual([]);
  });

  it("rfmScores(customers, {method: 'ntile'}) splits ties by id and warns", () => {
    const r = rfmScores(customers(tied).reverse(), { method: "ntile" });
    const f = Object.fromEntries(data(r).customers.map((c) => [c.id, c.f]));
    expect([f.c00, f.c01, f.c02, f.c03, f.c04, f.c05, f.c06, f.c07, f.c08, f.c09]).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
    ]);
    expect(codes(r)).toEqual(["rfm_ntile_split_ties"]);
    expect(r.success && r.warnings[0]!.params).toMatchObject({ dimension: "frequency", count: 1 });
  });

  it("rfmScores(customers, {method: 'percentileRank'}) gives ⌈b·rank_avg/n⌉ and reports the unused score", () => {
    const r = rfmScores(customers(tied), { method: "percentileRank" });
    expect(data(r).customers.map((c) => c.f)).toEqual([2, 2, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(data(r).dimensions.frequency.actualBins).toBe(4);
    expect(codes(r)).toEqual(["rfm_bins_collapsed"]);
  });

  it("rfmScores(customers) reports collapsed bins (frequency mostly 1) with the actual bin count", () => {
    const rows: [number, number, number][] = [1, 1, 1, 1, 1, 1, 1, 2, 3, 4].map((f, i) => [i + 1, f, i + 1]);
    const r = rfmScores(customers(rows));
    const d = data(r);
    expect(d.dimensions.frequency.cuts!.slice(0, 3)).toEqual([1, 1, 1]);
    expect(d.dimensions.frequency.actualBins).toBe(3);
    expect(d.customers.map((c) => c.f)).toEqual([1, 1, 1, 1, 1, 1, 1, 4, 5, 5]);
    expect(codes(r)).toEqual(["rfm_bins_collapsed"]);
    expect(r.success && r.warnings[0]!.params).toEqual({ dimension: "frequency", requested: 5, actual: 3 });
    expect(r.success && formatIssue(r.warnings[0]!, "zh-CN")).toContain("实际只有 3 档");
  });

  it("rfmScores(customers, {bins: 4}) bins into quartiles and skips the 5-bin default segments", () => {
    const r = data(rfmScores(customers(Array.from({ length: 8 }, (_, i) => [i + 1, i + 1, i + 1])), { bins: 4 }));
    expect(r.customers.map((c) => c.f)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(r.customers.map((c) => c.r)).toEqual([4, 4, 3, 3, 2, 2, 1, 1]);
    expect(r.customers[0]!.code).toBe("411");
    expect(r.segments).toBeNull();
    expect(r.customers[0]!.segment).toBeNull();
  });

  it("rfmScores(customers, {method: 'nested'}) bins F within each R bin and M within each R×F cell", () => {
    const rows = Array.from({ length: 10 }, (_, i): [number, number, number] => [
      i + 1,
      i < 5 ? i + 1 : 10 * (i - 4),
      i + 1,
    ]);
    const r = data(rfmScores(customers(rows), { method: "nested", bins: 2 }));
    expect(r.customers.map((c) => c.code)).toEqual([
      "211",
      "211",
      "212",
      "221",
      "222",
      "111",
      "111",
      "112",
      "121",
      "122",
    ]);
    expect(r.dimensions.frequency.groups).toEqual([
      { recencyScore: 2, frequencyScore: null, count: 5, cuts: [3], actualBins: 2 },
      { recencyScore: 1, frequencyScore: null, count: 5, cuts: [30], actualBins: 2 },
    ]);
    expect(r.dimensions.monetary.groups).toHaveLength(4);
    const independent = data(rfmScores(customers(rows), { bins: 2 }));
    expect(independent.customers.slice(0, 5).map((c) => c.f)).toEqual([1, 1, 1, 1, 1]);
  });

  it("rfmScores(customers, {segments}) lets the first matching rule win and falls back to Others", () => {
    const segments = [
      { name: "Top", R: [4, 5] as [number, number], F: [4, 5] as [number, number], M: [4, 5] as [number, number] },
      { name: "Recent", R: [4, 5] as [number, number], F: [1, 5] as [number, number], M: [1, 5] as [number, number] },
    ];
    const cuts = { recency: [10, 20, 30, 40], frequency: [1, 2, 3, 4], monetary: [100, 200, 300, 400] };
    const r = data(
      rfmScores(
        customers([
          [5, 9, 900],
          [5, 1, 50],
          [99, 1, 50],
        ]),
        { method: "custom", cuts, segments },
      ),
    );
    expect(r.customers.map((c) => [c.code, c.segment])).toEqual([
      ["555", "Top"],
      ["511", "Recent"],
      ["111", "Others"],
    ]);
    expect(r.segments!.map((s) => [s.name, s.count])).toEqual([
      ["Top", 1],
      ["Recent", 1],
      ["Others", 1],
    ]);
    const d = data(rfmScores(customers([[5, 9, 900]]), { method: "custom", cuts }));
    expect(d.customers[0]!.segment).toBe("Champions");
    expect(
      codes(
        rfmScores(customers([[5, 9, 900]]), { method: "custom", cuts, segments: [{ ...segments[0]!, R: [5, 4] }] }),
      ),
    ).toEqual(["rfm_segment_range_invalid"]);
  });

  it("rfmScores(customers, {combine: 'weighted'}) gives the weighted mean of R, F and M", () => {
    const r = data(
      rfmScores(fixture.inputs, {
        fields,
        method: "custom",
        cuts: { recency: q.recency_days, frequency: q.transaction_count, monetary: q.amount },
        combine: "weighted",
        weights: { recency: 0.2, frequency: 0.6, monetary: 0.2 },
      }),
    );
    expect(byId(r)["Abbey O'Reilly"]).toMatchObject({ code: "343", score: 3.6 });
    expect(r.weights).toEqual({ recency: 0.2, frequency: 0.6, monetary: 0.2 });
  });

  it("rfmScores(customers, {fields}) accepts accessor functions", () => {
    const rows = [{ k: "x", d: { r: 3, f: 2, m: 10 } }];
    const r = data(
      rfmScores(rows, {
        fields: {
          id: (o) => (o as { k: string }).k,
          recencyDays: (o) => (o as (typeof rows)[0]).d.r,
          frequency: (o) => (o as (typeof rows)[0]).d.f,
          monetary: (o) => (o as (typeof rows)[0]).d.m,
        },
      }),
    );
    expect(r.customers[0]).toMatchObject({ id: "x", recencyDays: 3, r: 5, f: 1, m: 1 });
  });
});

describe("rfmScores bad input", () => {
  it("rfmScores(customers) names the field for NaN, text and negative frequency", () => {
    const r = rfmScores([
      { id: "a", recencyDays: NaN, frequency: 1, monetary: 1 },
      { id: "b", recencyDays: 1, frequency: "3", monetary: 1 },
      { id: "c", recencyDays: 1, frequency: -2, monetary: 1 },
    ]);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues.map((i) => [i.code, i.path])).toEqual([
        ["not_finite", ["customers", 0, "recencyDays"]],
        ["invalid_type", ["customers", 1, "frequency"]],
        ["too_small", ["customers", 2, "frequency"]],
      ]);
    }
  });

  it("rfmScores(customers) rejects an empty list, duplicate ids, non-objects and bad options", () => {
    expect(codes(rfmScores([]))).toEqual(["empty_input"]);
    expect(codes(rfmScores(customers([[1, 1, 1]]).concat(customers([[2, 2, 2]]))))).toEqual(["rfm_duplicate_id"]);
    expect(codes(rfmScores([null]))).toEqual(["invalid_type"]);
    expect(codes(rfmScores(customers([[1, 1, 1]]), { bins: 12 }))).toEqual(["too_big"]);
    expect(codes(rfmScores(customers([[1, 1, 1]]), { method: "custom" }))).toEqual([
      "rfm_cuts_required",
      "rfm_cuts_required",
      "rfm_cuts_required",
    ]);
    expect(
      codes(
        rfmScores(customers([[1, 1, 1]]), {
          method: "custom",
          cuts: { recency: [2, 1], frequency: [1], monetary: [1] },
        }),
      ),
    ).toEqual(["rfm_cuts_not_ascending"]);
    expect(
      codes(
        rfmScores(customers([[1, 1, 1]]), { combine: "weighted", weights: { recency: 0, frequency: 0, monetary: 0 } }),
      ),
    ).toEqual(["rfm_weights_zero"]);
    expect(
      codes(
        rfmScores(customers([[1, 1, 1]]), {
          method: "ntile",
          population: { recencyDays: [1], frequency: [1], monetary: [1] },
        }),
      ),
    ).toEqual(["rfm_population_needs_quantile"]);
  });

  it("rfmScores(customers) excludes blank cells with a count, or rejects them with missing: 'error'", () => {
    const rows = [
      ...customers([
        [1, 1, 1],
        [2, 2, 2],
      ]),
      { id: "z", recencyDays: null, frequency: 1, monetary: 1 },
    ];
    const r = rfmScores(rows);
    expect(data(r).customers).toHaveLength(2);
    expect(data(r).excluded).toEqual([{ index: 2, id: "z", reason: "missing" }]);
    expect(codes(r)).toContain("rfm_missing_excluded");
    const strict = rfmScores(rows, { missing: "error" });
    expect(!strict.success && strict.issues[0]!.path).toEqual(["customers", 2, "recencyDays"]);
  });

  it("rfmScores(customers) keeps negative monetary values and warns", () => {
    const r = rfmScores(
      customers([
        [1, 1, -5],
        [2, 2, 10],
      ]),
    );
    expect(codes(r)).toContain("rfm_negative_monetary");
    expect(data(r).customers[0]!.m).toBe(1);
  });
});

describe("rfmScores invariants", () => {
  it("rfmScores(customers, options) gives scores in 1..bins and does not mutate its input", () => {
    const row = fc.record({
      recencyDays: fc.integer({ min: 0, max: 400 }),
      frequency: fc.integer({ min: 0, max: 12 }),
      monetary: fc.double({ min: -100, max: 1e5, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 40 }),
        fc.constantFrom("quantile", "ntile", "percentileRank", "nested") as fc.Arbitrary<
          "quantile" | "ntile" | "percentileRank" | "nested"
        >,
        fc.integer({ min: 2, max: 9 }),
        (rows, method, bins) => {
          const input = rows.map((r, i) => ({ id: i, ...r }));
          const copy = structuredClone(input);
          const r = data(rfmScores(input, { method, bins }));
          expect(input).toEqual(copy);
          expect(r.customers).toHaveLength(input.length);
          for (const c of r.customers) {
            for (const s of [c.r, c.f, c.m]) {
              expect(s).toBeGreaterThanOrEqual(1);
              expect(s).toBeLessThanOrEqual(bins);
            }
          }
          // Recency reversed: more days never means a higher R score (except under ntile's id tie-break).
          if (method === "quantile" || method === "percentileRank") {
            for (const a of r.customers)
              for (const b of r.customers) if (a.recencyDays < b.recencyDays) expect(a.r).toBeGreaterThanOrEqual(b.r);
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe("rfmFromOrders", () => {
  const orders = [
    { customerId: "A", date: "2024-01-10", amount: 100, orderId: "o1" },
    { customerId: "A", date: "2024-03-01", amount: 50, orderId: "o2" },
    { customerId: "A", date: "2024-03-01", amount: 25, orderId: "o2" },
    { customerId: "B", date: "2024-02-15", amount: 300 },
    { customerId: "C", date: "2024-04-05", amount: 10 },
    { customerId: "C", date: "2023-12-31", amount: 20 },
  ];

  it("rfmFromOrders(orders, {asOf}) aggregates days since the last order, distinct orders and total amount", () => {
    const r = rfmFromOrders(orders, { asOf: "2024-03-31" });
    const d = data(r);
    expect(d.customers.map((c) => [c.id, c.recencyDays, c.frequency, c.monetary])).toEqual([
      ["A", 30, 2, 175],
      ["B", 45, 1, 300],
      ["C", 91, 1, 20],
    ]);
    expect(d.aggregates[2]).toEqual({ id: "C", lastOrderDate: "2023-12-31", orderCount: 1, totalAmount: 20 });
    expect(d.orders).toEqual({ used: 5, excludedAfterAsOf: 1 });
    expect(codes(r)).toContain("rfm_orders_after_as_of");
    expect(d.customers[0]!.r).toBe(5);
  });

  it("rfmFromOrders(orders, {monetaryAggregate: 'mean'}) uses the mean per order", () => {
    const d = data(rfmFromOrders(orders, { asOf: new Date(Date.UTC(2024, 2, 31)), monetaryAggregate: "mean" }));
    expect(d.customers[0]!.monetary).toBe(87.5);
  });

  it("rfmFromOrders(orders) requires asOf and valid dates", () => {
    expect(codes(rfmFromOrders(orders, {} as never))).toEqual(["invalid_type"]);
    expect(codes(rfmFromOrders(orders, { asOf: "2024-02-30" }))).toEqual(["rfm_invalid_date"]);
    const bad = rfmFromOrders([{ customerId: "A", date: "yesterday", amount: 1 }], { asOf: "2024-03-31" });
    expect(!bad.success && bad.issues[0]).toMatchObject({ code: "rfm_invalid_date", path: ["orders", 0, "date"] });
    expect(codes(rfmFromOrders([{ customerId: "A", date: "2025-01-01", amount: 1 }], { asOf: "2024-03-31" }))).toEqual([
      "empty_input",
    ]);
  });
});

describe("rfmScore (Excel RFM_SCORE)", () => {
  const mm = fixture.params.population_min_max;
  const allR = [mm.recency_days[0], ...q.recency_days, mm.recency_days[1]];
  const allF = [mm.transaction_count[0], ...q.transaction_count, mm.transaction_count[1]];
  const allM = [mm.amount[0], ...q.amount, mm.amount[1]];

  it("rfmScore(r, f, m, allR, allF, allM) gives the code among all customers", () => {
    expect(data(rfmScore(205, 6, 472, allR, allF, allM)).code).toBe("343");
    expect(data(rfmScore(98, 7, 596, allR, allF, allM, null)).code).toBe("544");
    expect(data(rfmScore(98, 7, 596, [allR], [allF], [allM])).score).toBe(544);
  });

  it("rfmScore(...) rejects mismatched lengths, blanks and bad bins", () => {
    expect(codes(rfmScore(1, 1, 1, [1, 2], [1], [1, 2]))).toEqual(["length_mismatch"]);
    expect(codes(rfmScore(null, 1, 1, allR, allF, allM))).toEqual(["invalid_type"]);
    expect(codes(rfmScore(1, 1, 1, allR, allF, allM, 1))).toEqual(["too_small"]);
    expect(codes(rfmScore(1, 1, 1, ["x"], [1], [1]))).toEqual(["invalid_type"]);
    expect(codes(rfmScore(1, 1, 1, [], [], []))).toEqual(["empty_input"]);
  });

  it("rfmQuantileCuts(allR, allF, allM, bins) reports collapsed dimensions", () => {
    const r = rfmQuantileCuts([1, 2, 3, 4, 5], [1, 1, 1, 1, 2], [1, 2, 3, 4, 5]);
    expect(data(r).frequency).toEqual([1, 1, 1, 1.2]);
    expect(data(r).actualBins).toEqual({ recency: 5, frequency: 3, monetary: 5 });
    expect(codes(r)).toEqual(["rfm_bins_collapsed"]);
  });
});
