import { describe, expect, it } from "vitest";
import { sampleBook, type Result, type SampleBook, type SampleCustomer } from "../../src/index.ts";

function data<T>(r: Result<T>): T {
  if (!r.success) throw new Error(`expected success, got ${JSON.stringify(r.issues)}`);
  return r.data;
}

const book = data(sampleBook());
const customers = book.customers;

function topShare(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => b - a);
  const k = Math.round(p * sorted.length);
  let top = 0;
  let total = 0;
  sorted.forEach((v, i) => {
    total += v;
    if (i < k) top += v;
  });
  return top / total;
}

function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

const ranks = (x: readonly number[]) => {
  const order = x.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const r = new Array<number>(x.length);
  order.forEach(([, i], k) => (r[i] = k));
  return r;
};

const revenues = (b: SampleBook) => b.customers.map((c) => c.revenue).filter((v): v is number => v !== null);
const count = (predicate: (c: SampleCustomer) => boolean) => customers.filter(predicate).length;

describe("sampleBook", () => {
  it("sampleBook() gives 300 customers C0001…C0300 over the 24 months 2024-11…2026-10", () => {
    expect(book.seed).toBe(20261122);
    expect(book.asOf).toBe("2026-10-31");
    expect(customers).toHaveLength(300);
    expect(customers[0]!.id).toBe("C0001");
    expect(customers[299]!.id).toBe("C0300");
    expect(book.months).toHaveLength(24);
    expect(book.months[0]).toBe("2024-11");
    expect(book.months[23]).toBe("2026-10");
  });

  it("sampleBook() with the same seed gives a deep-equal book", () => {
    expect(data(sampleBook({ seed: 20261122 }))).toEqual(book);
    expect(data(sampleBook({ seed: 7, customers: 50 }))).toEqual(data(sampleBook({ seed: 7, customers: 50 })));
  });

  it("sampleBook({seed}) with another seed gives a different book", () => {
    const other = data(sampleBook({ seed: 20261123 }));
    expect(other.customers.map((c) => c.name)).not.toEqual(customers.map((c) => c.name));
    expect(other.customers.map((c) => c.revenue)).not.toEqual(customers.map((c) => c.revenue));
  });

  it.each([20261122, 1, 2, 3, 42, 2026])(
    "sampleBook({seed: %i}) puts 70–90 %% of revenue in the top 20 %% of customers",
    (seed) => {
      const share = topShare(revenues(data(sampleBook({ seed }))), 0.2);
      expect(share).toBeGreaterThan(0.7);
      expect(share).toBeLessThan(0.9);
    },
  );

  it("sampleBook() has exactly 6 null revenues, 3 zero revenues (dormant), 9 null satisfactions, 6 null shares of wallet", () => {
    expect(count((c) => c.revenue === null)).toBe(6);
    expect(count((c) => c.revenue === 0)).toBe(3);
    expect(count((c) => c.trajectory === "dormant")).toBe(3);
    expect(count((c) => c.satisfaction === null)).toBe(9);
    expect(count((c) => c.shareOfWallet === null)).toBe(6);
    expect(count((c) => c.contractDemandKw === null)).toBe(count((c) => c.billingBasis === "capacity"));
    for (const c of customers.filter((c) => c.trajectory === "dormant")) {
      expect([c.grossProfit, c.marketingCost, c.ordersPerYear]).toEqual([0, 0, 0]);
      expect(c.monthlyVolumes.slice(-12)).toEqual(new Array(12).fill(0));
      expect(c.recencyDays).toBeGreaterThan(365);
    }
  });

  it("sampleBook() leaves no other field null, NaN or infinite", () => {
    const nullable = new Set(["revenue", "satisfaction", "shareOfWallet", "contractDemandKw"]);
    for (const c of customers) {
      for (const [key, value] of Object.entries(c)) {
        if (value === null) expect(nullable.has(key), `${c.id}.${key}`).toBe(true);
        if (typeof value === "number") expect(Number.isFinite(value), `${c.id}.${key}`).toBe(true);
      }
    }
  });

  it("sampleBook() gives every customer 24 monthly volumes, profits and readings that agree", () => {
    for (const c of customers) {
      expect(c.monthlyVolumes).toHaveLength(24);
      expect(c.monthlyProfits).toHaveLength(24);
      expect(c.monthlyReadings.map((r) => r.month)).toEqual(book.months);
      c.monthlyReadings.forEach((r, t) => {
        expect((r.peakKwh + r.flatKwh + r.valleyKwh) / 1000).toBe(c.monthlyVolumes[t]);
        expect(Math.min(r.peakKwh, r.flatKwh, r.valleyKwh, r.reactiveKvarh, r.reverseKvarh)).toBeGreaterThanOrEqual(0);
      });
    }
  });

  it("sampleBook() names are unique, end in 有限公司 and have an English rendering", () => {
    expect(new Set(customers.map((c) => c.name)).size).toBe(300);
    expect(new Set(data(sampleBook({ customers: 5000, months: 1 })).customers.map((c) => c.name)).size).toBe(5000);
    for (const c of customers) {
      expect(c.name).toMatch(/^[\u4e00-\u9fa5]{6,}有限公司$/);
      expect(c.nameEn).toMatch(/Co\., Ltd\.$/);
    }
  });

  it("sampleBook() ties profit to volume: within customers (median r > 0.9) and across them (rank r > 0.5)", () => {
    const within = customers
      .filter((c) => c.trajectory !== "dormant")
      .map((c) => pearson(c.monthlyVolumes, c.monthlyProfits))
      .sort((a, b) => a - b);
    expect(within[within.length >> 1]).toBeGreaterThan(0.9);
    const volume = customers.map((c) => c.monthlyVolumes.slice(-12).reduce((a, b) => a + b, 0));
    expect(pearson(ranks(volume), ranks(customers.map((c) => c.grossProfit)))).toBeGreaterThan(0.5);
  });

  it("sampleBook() has new, growing, stable and declining customers whose volumes move that way", () => {
    const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const trend = (c: SampleCustomer) => mean(c.monthlyVolumes.slice(12)) / mean(c.monthlyVolumes.slice(0, 12));
    for (const t of ["new", "growing", "stable", "declining"] as const)
      expect(count((c) => c.trajectory === t)).toBeGreaterThan(15);
    const growing = customers.filter((c) => c.trajectory === "growing").map(trend);
    const declining = customers.filter((c) => c.trajectory === "declining").map(trend);
    expect(growing.filter((r) => r > 1.05).length / growing.length).toBeGreaterThan(0.9);
    expect(declining.filter((r) => r < 0.95).length / declining.length).toBeGreaterThan(0.9);
    for (const c of customers.filter((c) => c.trajectory === "new")) {
      expect(c.monthlyVolumes[0]).toBe(0);
      expect(c.cooperationYears).toBe(0);
    }
  });

  it("sampleBook() has a few loss-making customers and marketing cost = discounts + financial cost", () => {
    expect(count((c) => c.grossProfit < 0)).toBeGreaterThan(0);
    expect(count((c) => c.grossProfit < 0)).toBeLessThan(30);
    for (const c of customers) expect(c.marketingCost).toBe(c.discounts + c.financialCost);
  });

  it("sampleBook() keeps scores in range: share 0–1, satisfaction 0–100, position 1–5", () => {
    for (const c of customers) {
      if (c.shareOfWallet !== null) expect(c.shareOfWallet).toBeGreaterThanOrEqual(0.05);
      if (c.shareOfWallet !== null) expect(c.shareOfWallet).toBeLessThanOrEqual(1);
      if (c.satisfaction !== null) expect(c.satisfaction).toBeGreaterThanOrEqual(0);
      if (c.satisfaction !== null) expect(c.satisfaction).toBeLessThanOrEqual(100);
      expect([1, 2, 3, 4, 5]).toContain(c.industryPosition);
      expect(c.recencyDays).toBeGreaterThanOrEqual(0);
    }
  });

  it("sampleBook() gives standard transformers, matching CT/PT text and a contract demand ≥ the 40 % floor", () => {
    const standard = [315, 400, 500, 630, 800, 1000, 1250, 1600, 2000, 2500, 3150, 4000, 5000, 6300, 8000, 10000];
    const statuses = new Set<string>();
    for (const c of customers) {
      expect(c.transformers.length).toBeGreaterThan(0);
      for (const t of c.transformers) {
        expect(standard.concat([12500, 16000, 20000, 25000, 31500, 40000, 50000, 63000])).toContain(t.capacityKva);
        statuses.add(t.status);
      }
      expect(c.ctRatio).toMatch(/^\d+\/5$/);
      expect(c.ptRatio).toBe(`${c.supplyVoltageKv * 1000}/100`);
      expect([0.85, 0.9]).toContain(c.pfStandard);
      if (c.billingBasis === "demand" && c.trajectory !== "dormant") {
        const running = c.transformers.filter((t) => t.status === "running").reduce((a, t) => a + t.capacityKva, 0);
        expect(c.contractDemandKw!).toBeGreaterThanOrEqual(0.4 * (running + c.hvMotorKw));
      }
    }
    expect([...statuses].sort()).toEqual(["hot_standby", "running", "sealed", "standby"]);
    expect(count((c) => c.transformers.some((t) => t.interlockGroup))).toBeGreaterThan(0);
    expect(count((c) => c.hvMotorKw > 0)).toBeGreaterThan(0);
    expect(count((c) => c.monthlyReadings.some((r) => r.reverseKvarh > 0))).toBeGreaterThan(0);
  });

  // Speed is measured by `pnpm bench` (sample-book 10k), not here.
  it("sampleBook({customers: 10000}) numbers customers C1…C10000", () => {
    const big = data(sampleBook({ customers: 10_000 }));
    expect(big.customers).toHaveLength(10_000);
    expect(big.customers[9999]!.id).toBe("C10000");
  });

  it("sampleBook({asOf}) ends with the last complete month", () => {
    expect(data(sampleBook({ customers: 1, months: 3, asOf: "2026-01-15" })).months).toEqual([
      "2025-10",
      "2025-11",
      "2025-12",
    ]);
    expect(data(sampleBook({ customers: 1, months: 2, asOf: "2024-02-29" })).months).toEqual(["2024-01", "2024-02"]);
  });

  it.each([
    [{ customers: 0 }, "too_small", ["options", "customers"]],
    [{ customers: 2_000_001 }, "too_big", ["options", "customers"]],
    [{ customers: 1.5 }, "invalid_type", ["options", "customers"]],
    [{ seed: "x" }, "invalid_type", ["options", "seed"]],
    [{ months: 0 }, "too_small", ["options", "months"]],
    [{ asOf: "2026-02-30" }, "invalid_input", ["options", "asOf"]],
    [{ colour: "red" }, "unrecognized_keys", ["options"]],
  ])("sampleBook(%j) fails with %s at %j", (options, code, path) => {
    const r = sampleBook(options as never);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]).toMatchObject({ code, path });
  });
});
