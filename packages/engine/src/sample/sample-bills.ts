import * as z from "zod/mini";
import type { BillInput } from "../billing/bill-input.ts";
import { DEFAULT_BILLING_SETTINGS, type BillingOptions } from "../billing/billing-options.ts";
import { computeBill, type Bill } from "../billing/compute-bill.ts";
import { fail, ok, parseWith, type Result, type Warning } from "../result.ts";
import { issue } from "./issue.ts";
import { randomSource, type RandomSource } from "./random-source.ts";
import type { SampleBook, SampleCustomer } from "./sample-book.ts";
import { daysInMonth, type SampleTransformerStatus } from "./sample-supply.ts";

/** The demo tariff every sample bill uses. */
export interface SampleTariff {
  readonly capacityPriceYuanPerKvaMonth: number;
  readonly demandPriceYuanPerKwMonth: number;
  readonly flatPriceYuanPerKwh: number;
  readonly peakFactor: number;
  readonly valleyFactor: number;
  readonly surcharges: readonly { readonly name: string; readonly priceYuanPerKwh: number }[];
}

/** The demo tariff: illustrative basic and energy prices, not any province's published tariff. */
export const SAMPLE_TARIFF: SampleTariff = {
  capacityPriceYuanPerKvaMonth: 28,
  demandPriceYuanPerKwMonth: 38.4,
  flatPriceYuanPerKwh: 0.62,
  // Peak 160 % and valley 40 % of the flat price: one published TOU scheme, domain/billing.md §5 (dushuang).
  peakFactor: 1.6,
  valleyFactor: 0.4,
  // Per-kWh funds of the examk worked bill, domain/billing.md §5.
  surcharges: [
    { name: "三峡基金", priceYuanPerKwh: 0.007 },
    { name: "农网还贷资金", priceYuanPerKwh: 0.02 },
    { name: "地方附加", priceYuanPerKwh: 0.007 },
  ],
};

/**
 * A deliberate error on a sample printed bill, named as `checkBill` names its causes: `contract_without_surcharge`
 * (contract demand billed without the 105 % surcharge), `sealed_charged` (a sealed transformer charged),
 * `pf_rounded_down` (the power factor rounded down instead of half-up), `surcharges_pf_adjusted` (the government
 * surcharges put into the power-factor adjustment base).
 */
export type SamplePlantedError =
  "contract_without_surcharge" | "sealed_charged" | "pf_rounded_down" | "surcharges_pf_adjusted";

/** A printed bill in the shape `checkBill` reads: amounts by line group, and the total. */
export interface SamplePrintedBill {
  // A mutable array type so that it passes as checkBill's printed input.
  readonly lines: { readonly line: "basic" | "energy" | "pf" | "surcharge"; readonly amountYuan: number }[];
  readonly totalYuan: number;
}

/** One customer's month as a bill input, with the bill the utility "printed" for it. */
export interface SampleBill {
  /** "B-C0001-2026-10". */
  readonly id: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly month: string;
  /** The month's facts in the engine's bill format (`computeBill`, `checkBill`). */
  readonly input: BillInput;
  /** The printed bill: the amounts of the basic, energy, pf and surcharge groups and the total. */
  readonly printed: SamplePrintedBill;
  /** The error planted in `printed`, and the group it shows in; null when the printed bill is right. */
  readonly plantedError: { readonly code: SamplePlantedError; readonly line: string } | null;
}

/** The month's sample bills and the tariff they use. */
export interface SampleBills {
  readonly month: string;
  readonly tariff: SampleTariff;
  readonly bills: readonly SampleBill[];
  /** Customers without a bill: no energy in the month (dormant or not yet connected). */
  readonly skipped: readonly string[];
}

/** Options of {@link sampleBills}. */
export const SampleBillsOptions = z.strictObject({
  /** The month to bill, "YYYY-MM"; defaults to the book's last month. */
  month: z.optional(z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/))),
  /** Share of printed bills that get a planted error, 0–1; defaults to 0.15. */
  errorShare: z._default(z.number().check(z.minimum(0), z.maximum(1)), 0.15),
});
export type SampleBillsOptions = z.input<typeof SampleBillsOptions>;

const CANONICAL_STATUS: Readonly<Record<SampleTransformerStatus, string>> = {
  running: "running",
  hot_standby: "hot_standby",
  standby: "standby_unsealed",
  sealed: "cold_standby_sealed",
};
const ERRORS: readonly SamplePlantedError[] = [
  "contract_without_surcharge",
  "sealed_charged",
  "pf_rounded_down",
  "surcharges_pf_adjusted",
];
const ERROR_LINE: Readonly<Record<SamplePlantedError, string>> = {
  contract_without_surcharge: "basic",
  sealed_charged: "basic",
  pf_rounded_down: "pf",
  surcharges_pf_adjusted: "pf",
};

/**
 * Returns one month of sample bills (样例电费账单) for the bill-check demo: each customer's readings that month as a
 * bill input (transformers, contract demand and demand meter, peak/flat/valley energy at the demo tariff
 * {@link SAMPLE_TARIFF}, reactive energy and the power-factor standard, per-kWh surcharges) and a "printed" bill of
 * group amounts and total. About `errorShare` of the printed bills (defaults to 0.15) carry one realistic error
 * (see {@link SamplePlantedError}; each kind an equal share, on bills where it changes the total); the rest are
 * right. `month` defaults to the
 * book's last month. Customers with no energy that month get no bill and are listed in `skipped`. Deterministic for
 * a book and month.
 */
export function sampleBills(book: SampleBook, options: SampleBillsOptions = {}): Result<SampleBills> {
  const opts = parseWith(SampleBillsOptions, options, ["options"]);
  if (!opts.success) return opts.result;
  const months = (book as { months?: unknown } | null)?.months;
  const customers = (book as { customers?: unknown } | null)?.customers;
  if (!Array.isArray(months) || months.length === 0 || !Array.isArray(customers)) {
    return fail([issue("invalid_type", ["book"], { expected: "sample book", received: typeof book })]);
  }
  const month = opts.data.month ?? (months[months.length - 1] as string);
  const t = months.indexOf(month);
  if (t < 0) {
    return fail([
      issue("sample_month_not_in_book", ["options", "month"], {
        received: month,
        first: String(months[0]),
        last: String(months[months.length - 1]),
      }),
    ]);
  }
  const random = randomSource(book.seed * 31 + Number(month.replace("-", "")));
  const entries: { customer: SampleCustomer; input: BillInput; correct: Bill }[] = [];
  const skipped: string[] = [];
  for (const customer of book.customers) {
    // The book is data and may have been edited: a customer without its readings is an input error, not a crash.
    if (typeof customer !== "object" || customer === null || !Array.isArray(customer.monthlyReadings)) {
      return fail([
        issue("invalid_type", ["book", "customers"], { expected: "sample customers", received: "something else" }),
      ]);
    }
    const reading = customer.monthlyReadings[t];
    if (!reading || reading.peakKwh + reading.flatKwh + reading.valleyKwh === 0) {
      skipped.push(customer.id);
      continue;
    }
    const input = billInput(customer, t, month);
    const correct = compute(input);
    if (!correct) {
      return fail([
        issue("invalid_input", ["book", "customers"], {
          detail: `the bill of ${String(customer.id)} does not compute`,
        }),
      ]);
    }
    entries.push({ customer, input, correct });
  }

  // Each error kind gets an equal share of the planted errors, on bills where it changes the total.
  const planted = new Map<number, { code: SamplePlantedError; bill: Bill }>();
  const quota = Math.round((opts.data.errorShare * entries.length) / ERRORS.length);
  for (const code of ERRORS) {
    const order = shuffled(random, entries.length);
    let placed = 0;
    for (let k = 0; k < order.length && placed < quota; k++) {
      const i = order[k]!;
      if (planted.has(i)) continue;
      const { input, correct } = entries[i]!;
      const wrong = withError(code, input, correct);
      if (wrong && Math.abs(wrong.totalYuan - correct.totalYuan) >= 0.01) {
        planted.set(i, { code, bill: wrong });
        placed++;
      }
    }
  }
  const bills = entries.map(({ customer, input, correct }, i): SampleBill => {
    const error = planted.get(i);
    return {
      id: `B-${customer.id}-${month}`,
      customerId: customer.id,
      customerName: customer.name,
      month,
      input,
      printed: printedOf(error ? error.bill : correct),
      plantedError: error ? { code: error.code, line: ERROR_LINE[error.code] } : null,
    };
  });
  const warnings: Warning[] =
    skipped.length > 0 ? [issue("sample_bills_skipped", ["book", "customers"], { count: skipped.length })] : [];
  return ok({ month, tariff: SAMPLE_TARIFF, bills, skipped }, warnings);
}

function shuffled(random: RandomSource, n: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = random.integer(0, i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

function billInput(c: SampleCustomer, t: number, month: string): BillInput {
  const r = c.monthlyReadings[t]!;
  const tariff = SAMPLE_TARIFF;
  const demand = c.billingBasis === "demand";
  return {
    id: `B-${c.id}-${month}`,
    customer: c.name,
    period: { start: `${month}-01`, end: `${month}-${String(daysInMonth(month)).padStart(2, "0")}` },
    basic: {
      basis: c.billingBasis,
      ...(demand
        ? {
            priceYuanPerKwMonth: tariff.demandPriceYuanPerKwMonth,
            contractDemandKw: c.contractDemandKw!,
            demandMeters: [{ reading: r.maxDemandReading, ctRatio: c.ctRatio, ptRatio: c.ptRatio }],
          }
        : { priceYuanPerKvaMonth: tariff.capacityPriceYuanPerKvaMonth }),
      transformers: c.transformers.map((u) => ({
        id: u.id,
        capacityKva: u.capacityKva,
        status: CANONICAL_STATUS[u.status] as "running",
        ...(u.interlockGroup ? { interlockGroup: u.interlockGroup } : {}),
      })),
      ...(c.hvMotorKw > 0 ? { hvMotors: [c.hvMotorKw] } : {}),
    },
    energy: [
      {
        id: "main",
        flatPriceYuanPerKwh: tariff.flatPriceYuanPerKwh,
        periods: [
          { period: "peak", kwh: r.peakKwh, factor: tariff.peakFactor },
          { period: "flat", kwh: r.flatKwh },
          { period: "valley", kwh: r.valleyKwh, factor: tariff.valleyFactor },
        ],
      },
    ],
    powerFactor: { standard: c.pfStandard, reactiveKvarh: r.reactiveKvarh, reverseKvarh: r.reverseKvarh },
    surcharges: tariff.surcharges.map((s) => ({ ...s })),
  };
}

function compute(input: BillInput, options?: BillingOptions): Bill | null {
  const r = computeBill(input, options);
  return r.success ? r.data : null;
}

/** Returns the bill as the utility would have printed it with `code`'s error, or null when it does not apply. */
function withError(code: SamplePlantedError, input: BillInput, correct: Bill): Bill | null {
  const basic = input.basic!;
  switch (code) {
    case "contract_without_surcharge": {
      const d = correct.basic?.demand;
      if (!d || d.excessKw <= 0) return null;
      const { demandMeters: _meters, ...rest } = basic;
      return compute({ ...input, basic: { ...rest, maxDemandKw: d.effectiveContractKw ?? basic.contractDemandKw } });
    }
    case "sealed_charged": {
      if (basic.basis !== "capacity" || !basic.transformers?.some((u) => u.status === "cold_standby_sealed"))
        return null;
      const transformers = basic.transformers.map((u) =>
        u.status === "cold_standby_sealed" ? { ...u, status: "standby_unsealed" as const } : u,
      );
      return compute({ ...input, basic: { ...basic, transformers } });
    }
    case "pf_rounded_down":
      return compute(input, { pfRounding: "down" });
    case "surcharges_pf_adjusted":
      return compute(input, { pfBase: [...DEFAULT_BILLING_SETTINGS.pfBase, "surcharge"] });
  }
}

function printedOf(bill: Bill): SamplePrintedBill {
  const sum = (kinds: readonly string[]) =>
    Math.round(bill.lines.filter((l) => kinds.includes(l.kind)).reduce((s, l) => s + l.amountYuan, 0) * 100) / 100;
  const lines: SamplePrintedBill["lines"] = [
    { line: "basic", amountYuan: sum(["basic"]) },
    { line: "energy", amountYuan: sum(["energy", "fixedLoad", "loss"]) },
    ...(bill.lines.some((l) => l.kind === "pfAdjustment")
      ? [{ line: "pf" as const, amountYuan: sum(["pfAdjustment"]) }]
      : []),
    { line: "surcharge", amountYuan: sum(["surcharge"]) },
  ];
  return { lines, totalYuan: bill.totalYuan };
}
