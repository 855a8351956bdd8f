// computeBill against an exact reference (issue 7, item 5): random bills are priced again here with integer
// arithmetic on BigInt rationals (every input is generated as an integer and a power of ten, so the reference never
// sees a float), and each line, the total and the rounding rule of packages/engine/docs/billing.md ("Rounding")
// must agree to the fen. Fixed seed and bounded runs; KEYLENS_FUZZ_RUNS=<n> runs n bills per property,
// KEYLENS_FUZZ_SEED=<n> another seed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BillInput } from "../../src/billing/bill-input.ts";
import { isCanonicalBill } from "../../src/billing/is-canonical-bill.ts";
import { computeBill, pfAdjustmentRate, type Bill } from "../../src/index.ts";
import { edgeScalar, FUZZ_SEED, FUZZ_TIMEOUT_MS } from "../fuzz/fuzz-harness.ts";
import { data } from "./helpers.ts";

const RUNS = process.env.KEYLENS_FUZZ_RUNS ? Number(process.env.KEYLENS_FUZZ_RUNS) : 300;

// Exact rationals ------------------------------------------------------------------------------------------------

/** n / d with d > 0. */
interface Q {
  readonly n: bigint;
  readonly d: bigint;
}

const ZERO: Q = { n: 0n, d: 1n };
const add = (a: Q, b: Q): Q => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
const sub = (a: Q, b: Q): Q => add(a, { n: -b.n, d: b.d });
const mul = (a: Q, b: Q): Q => ({ n: a.n * b.n, d: a.d * b.d });
const cmp = (a: Q, b: Q): number => Number(a.n * b.d - b.n * a.d > 0n) - Number(a.n * b.d - b.n * a.d < 0n);
const int = (n: number): Q => ({ n: BigInt(n), d: 1n });
const ratio = (n: number, d: number): Q => ({ n: BigInt(n), d: BigInt(d) });

/** An input decimal: the integer `units` times 10^-places, and the JS number the engine receives for it. */
interface Dec {
  readonly q: Q;
  readonly js: number;
}

const dec = (units: number, places: number): Dec => ({
  q: { n: BigInt(units), d: 10n ** BigInt(places) },
  js: Number(`${units}e-${places}`),
});

/** Returns x rounded half away from zero to whole fen (四舍五入 to 0.01 yuan), as an integer number of fen. */
function fen(x: Q): bigint {
  const num = x.n * 100n;
  const abs = num < 0n ? -num : num;
  const r = (2n * abs + x.d) / (2n * x.d);
  return num < 0n ? -r : r;
}

/** The exact decimal of a JS number: its shortest text, which is what the engine's inputs and rates are. */
function exact(x: number): Q {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x))!;
  const frac = m[3] ?? "";
  const exp = Number(m[4] ?? 0) - frac.length;
  const n = BigInt(`${m[1]}${m[2]}${frac}`);
  return exp >= 0 ? { n: n * 10n ** BigInt(exp), d: 1n } : { n, d: 10n ** BigInt(-exp) };
}

// Random bills -----------------------------------------------------------------------------------------------------

const KVA = [315, 400, 500, 630, 800, 1000, 1250, 1600, 2000, 2500, 3150, 4000, 6300];
const STATUSES = ["running", "running", "hot_standby", "standby_unsealed", "cold_standby_sealed"] as const;
const FACTORS = [dec(3, 1), dec(4, 1), dec(5, 1), dec(15, 1), dec(16, 1), dec(17, 1), dec(18, 1)];

const decimal = (max: number, places: number) => fc.integer({ min: 0, max }).map((u) => dec(u, places));
const period = (name: "sharp" | "peak" | "flat" | "valley") =>
  fc.record({
    period: fc.constant(name),
    // kWh with up to two decimals (a meter reading × multiplier), up to 99 GWh.
    kwh: fc.oneof(decimal(99_000_000, 0), decimal(9_999_999_999, 2)),
    // Either its own price (up to four decimals) or a factor of the block's flat price.
    price: fc.option(decimal(20_000, 4), { nil: undefined }),
    factor: fc.constantFrom(...FACTORS),
  });

const sampleBill = fc.record({
  basis: fc.constantFrom("capacity" as const, "demand" as const),
  transformers: fc.array(fc.record({ capacityKva: fc.constantFrom(...KVA), status: fc.constantFrom(...STATUSES) }), {
    minLength: 1,
    maxLength: 4,
  }),
  basicPrice: decimal(6000, 2),
  billedDays: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
  contractKw: fc.integer({ min: 50, max: 9000 }),
  actualKw: decimal(1_200_000, 2),
  flatPrice: decimal(15_000, 4),
  periods: fc
    .subarray(["sharp", "peak", "flat", "valley"] as const, { minLength: 1 })
    .chain((names) => fc.tuple(...names.map(period))),
  pf: fc.option(fc.record({ pf100: fc.integer({ min: 40, max: 100 }), standard: fc.constantFrom(0.9, 0.85, 0.8) }), {
    nil: undefined,
  }),
  surcharges: fc.array(decimal(400, 4), { maxLength: 3 }),
});

type Sample = typeof sampleBill extends fc.Arbitrary<infer T> ? T : never;

/** The bill as a caller writes it. */
function billOf(s: Sample): BillInput {
  return {
    id: "random",
    basic: {
      basis: s.basis,
      ...(s.basis === "capacity"
        ? { priceYuanPerKvaMonth: s.basicPrice.js }
        : { priceYuanPerKwMonth: s.basicPrice.js, contractDemandKw: s.contractKw, maxDemandKw: s.actualKw.js }),
      transformers: s.transformers.map((t, i) => ({ id: `T${i + 1}`, ...t })),
      ...(s.billedDays === undefined ? {} : { billedDays: s.billedDays }),
    },
    energy: [
      {
        flatPriceYuanPerKwh: s.flatPrice.js,
        periods: s.periods.map((p) =>
          p.price
            ? { period: p.period, kwh: p.kwh.js, priceYuanPerKwh: p.price.js }
            : p.period === "flat"
              ? { period: p.period, kwh: p.kwh.js }
              : { period: p.period, kwh: p.kwh.js, factor: p.factor.js },
        ),
      },
    ],
    ...(s.pf ? { powerFactor: { standard: s.pf.standard, powerFactor: s.pf.pf100 / 100 } } : {}),
    surcharges: s.surcharges.map((price, i) => ({ name: `基金${i + 1}`, priceYuanPerKwh: price.js })),
  };
}

interface Reference {
  /** Unrounded amount of each line by id. */
  readonly raw: ReadonlyMap<string, Q>;
  /** Each line's amount as the bill shows it, in fen: rounded per line, or unrounded (a fraction of a fen). */
  readonly lines: ReadonlyMap<string, Q>;
  readonly totalFen: bigint;
}

/**
 * Prices the bill exactly, following packages/engine/docs/billing.md with the 2024 defaults: capacity × price, or
 * the contract demand (at least 40 % of the transformer kVA; above 105 % of it the excess counted twice), × billed
 * days / 30; kWh × price per period (flat price × factor for factor periods); the power-factor rate × (basic +
 * energy); kWh × price per surcharge. With `perLine` each line is rounded half-up to the fen before anything adds it.
 */
function reference(s: Sample, perLine: boolean): Reference | null {
  const raw = new Map<string, Q>();
  const lines = new Map<string, Q>();
  const put = (id: string, amount: Q) => {
    raw.set(id, amount);
    lines.set(id, perLine ? { n: fen(amount), d: 100n } : amount);
  };
  const charged = s.transformers.filter((t) => t.status !== "cold_standby_sealed");
  const kva = int(charged.reduce((sum, t) => sum + t.capacityKva, 0));
  const days = s.billedDays === undefined ? int(1) : ratio(s.billedDays, 30);
  if (s.basis === "capacity") {
    // 100 kVA and below is single-part (no basic fee): never generated, every size is above it.
    if (cmp(kva, ZERO) === 0) return null;
    put("basic", mul(mul(kva, s.basicPrice.q), days));
  } else {
    const floor = mul(int(s.transformers.reduce((sum, t) => sum + t.capacityKva, 0)), ratio(40, 100));
    const contract = cmp(floor, int(s.contractKw)) > 0 ? floor : int(s.contractKw);
    const limit = mul(contract, ratio(105, 100));
    const a = s.actualKw.q;
    const billed = cmp(a, limit) <= 0 ? contract : add(a, sub(a, limit));
    put("basic", mul(mul(billed, s.basicPrice.q), days));
  }
  let kwh = ZERO;
  for (const p of s.periods) {
    const price = p.price ? p.price.q : p.period === "flat" ? s.flatPrice.q : mul(s.flatPrice.q, p.factor.q);
    put(`energy:${p.period}`, mul(p.kwh.q, price));
    kwh = add(kwh, p.kwh.q);
  }
  if (s.pf) {
    let base = ZERO;
    for (const amount of lines.values()) base = add(base, amount);
    // The rate is the 1983 table's (tested row by row in power-factor.test.ts); its value is an exact decimal.
    const rate = exact(data(pfAdjustmentRate(s.pf.pf100 / 100, s.pf.standard)).rate);
    put("pf", mul(rate, base));
  }
  s.surcharges.forEach((price, i) => put(`surcharge:基金${i + 1}`, mul(kwh, price.q)));
  let sum = ZERO;
  for (const amount of lines.values()) sum = add(sum, amount);
  return { raw, lines, totalFen: fen(sum) };
}

function check(s: Sample, moneyRounding: "perLine" | "final"): void {
  const perLine = moneyRounding === "perLine";
  const ref = reference(s, perLine);
  const bill: Bill = data(computeBill(billOf(s), { moneyRounding }));
  if (ref === null) return;
  expect(bill.lines.map((l) => l.id)).toEqual([...ref.lines.keys()].sort(byBillOrder));
  for (const l of bill.lines) {
    const want = ref.lines.get(l.id)!;
    if (perLine) {
      // Rounded lines: exactly the fen of the exact amount.
      expect([l.id, norm(exact(l.amountYuan))]).toEqual([l.id, norm(want)]);
    } else {
      // Unrounded lines: a double as near the exact amount as its 15–17 digits allow.
      const error = sub(exact(l.amountYuan), want);
      const diff = Math.abs(Number(error.n) / Number(error.d));
      expect(diff, l.id).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(l.amountYuan)));
    }
  }
  const totalFen = fen(exact(bill.totalYuan));
  expect(norm(exact(bill.totalYuan))).toEqual(norm({ n: totalFen, d: 100n }));
  // Per line, the sum of the rounded lines; with `final`, the exact sum of the unrounded lines rounded once.
  expect(totalFen).toBe(ref.totalFen);
  // The rounding rule: per line, the total is the sum of the lines to the fen; with `final`, each line rounded on
  // its own adds up to the total within half a fen per line and half a fen for the total.
  const lineFen = bill.lines.reduce((sum, l) => sum + fen(exact(l.amountYuan)), 0n);
  const gap = lineFen - totalFen;
  const allowed = perLine ? 0n : BigInt(Math.floor((bill.lines.length + 1) / 2));
  expect(gap <= allowed && gap >= -allowed, `Σ lines ${lineFen} fen vs total ${totalFen} fen`).toBe(true);
}

const ORDER = ["basic", "energy", "pf", "surcharge"];
const PERIOD_ORDER = ["sharp", "peak", "flat", "valley"];
function byBillOrder(a: string, b: string): number {
  const [ka, pa = ""] = a.split(":");
  const [kb, pb = ""] = b.split(":");
  return (
    ORDER.indexOf(ka!) - ORDER.indexOf(kb!) ||
    PERIOD_ORDER.indexOf(pa) - PERIOD_ORDER.indexOf(pb) ||
    pa.localeCompare(pb, "en", { numeric: true })
  );
}

/** x in lowest terms (so that equal values compare equal). */
function norm(x: Q): Q {
  let a = x.n < 0n ? -x.n : x.n;
  let b = x.d;
  while (b !== 0n) [a, b] = [b, a % b];
  const g = a === 0n ? x.d : a;
  return { n: x.n / g, d: x.d / g };
}

describe("computeBill against an exact decimal reference", () => {
  it("computeBill(70655375 kWh at 0.2986) charges the exact 21097694.975 rounded up: 21097694.98", () => {
    // The floating-point product is 21097694.974999998, which rounded half-up would lose the fen.
    const bill = data(
      computeBill({ energy: [{ periods: [{ period: "single", kwh: 70655375, priceYuanPerKwh: 0.2986 }] }] }),
    );
    expect([bill.lines[0]!.amountYuan, bill.totalYuan]).toEqual([21097694.98, 21097694.98]);
  });

  it("computeBill(70655375 kWh at 0.2986, {moneyRounding: 'final'}) leaves the line unrounded and totals 21097694.98", () => {
    // The total rounds the exact sum, not the floating-point line 21097694.974999998 (which gave 21097694.97).
    const input = { energy: [{ periods: [{ period: "single" as const, kwh: 70655375, priceYuanPerKwh: 0.2986 }] }] };
    const bill = data(computeBill(input, { moneyRounding: "final" }));
    expect(bill.lines[0]!.amountYuan).toBe(70655375 * 0.2986);
    expect([bill.totalYuan, bill.subtotals.energyYuan]).toEqual([21097694.98, 21097694.98]);
  });

  it(
    "computeBill(random bill) with moneyRounding perLine: every line and the total equal the exact fen",
    () => {
      fc.assert(
        fc.property(sampleBill, (s) => check(s, "perLine")),
        { seed: FUZZ_SEED, numRuns: RUNS },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    "computeBill(random bill) with moneyRounding final: unrounded lines, the total their exact sum rounded once",
    () => {
      fc.assert(
        fc.property(sampleBill, (s) => check(s, "final")),
        { seed: FUZZ_SEED, numRuns: RUNS },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    "isCanonicalBill(bill with one field changed) accepts only bills BillInput parses unchanged",
    () => {
      const paths = fc.constantFrom(
        ["id"],
        ["basic", "basis"],
        ["basic", "transformers", 0, "capacityKva"],
        ["basic", "transformers", 0, "status"],
        ["basic", "transformers", 0, "extra"],
        ["basic", "billedDays"],
        ["energy", 0, "periods", 0, "kwh"],
        ["energy", 0, "periods", 0, "period"],
        ["energy", 0, "flatPriceYuanPerKwh"],
        ["surcharges"],
        ["powerFactor"],
        ["period"],
      );
      fc.assert(
        fc.property(sampleBill, paths, edgeScalar, (s, path, value) => {
          const bill = structuredClone(billOf(s)) as Record<string | number, unknown>;
          let at = bill;
          for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
          at[path.at(-1)!] = value;
          if (!isCanonicalBill(bill)) return;
          const parsed = BillInput.safeParse(bill);
          expect(parsed.success && parsed.data).toEqual(bill);
        }),
        { seed: FUZZ_SEED, numRuns: RUNS },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
