import * as z from "zod/mini";
import { parseWith, type Result } from "../result.ts";
import { companyName } from "./company-name.ts";
import { randomSource, type RandomSource } from "./random-source.ts";
import { SAMPLE_INDUSTRIES, type SampleIndustry } from "./sample-industries.ts";
import { daysInMonth, sampleSupply, type SampleSupply } from "./sample-supply.ts";

/** The seed every demo, test and benchmark uses unless it names another. */
export const DEFAULT_SAMPLE_SEED = 20261122;

const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/),
  z.refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
  ),
);

/** Options of {@link sampleBook}. */
export const SampleBookOptions = z.strictObject({
  /** Seed of the generator; defaults to 20261122. */
  seed: z._default(z.number().check(z.int()), DEFAULT_SAMPLE_SEED),
  /** Number of customers, 1 to 2,000,000; defaults to 300. */
  customers: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(2_000_000)), 300),
  /** Number of months of history, 1 to 240; defaults to 24. */
  months: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(240)), 24),
  /** The date the book is drawn up on, "YYYY-MM-DD"; the last month is the last one complete by then. Defaults to
   * "2026-10-31". */
  asOf: z._default(isoDate, "2026-10-31"),
});
export type SampleBookOptions = z.input<typeof SampleBookOptions>;

/**
 * How the customer's volume moves over the window: `new` (started in the last 3–10 months), `growing`, `stable`,
 * `declining`, or `dormant` (no volume in the last 12 months or more). This is the generator's intent, for checking
 * lifecycle stages against; it is not an engine result.
 */
export type SampleTrajectory = "new" | "growing" | "stable" | "declining" | "dormant";

/**
 * One customer of the sample book. Money is in yuan (annual figures cover the last 12 months), volumes in MWh.
 * Fields that can be null: `revenue` (2 % of customers: not in the export), `satisfaction` (3 %: not surveyed),
 * `shareOfWallet` (2 %: unknown), and `contractDemandKw` (customers billed by capacity). Zero: 1 % of customers are
 * dormant, with `revenue`, `grossProfit`, the costs and `ordersPerYear` all 0.
 */
export interface SampleCustomer extends SampleSupply {
  /** "C0001", "C0002" … (wider when there are more than 9,999 customers). */
  readonly id: string;
  /** Registered name, e.g. 宁波恒远精密机械有限公司; unique within the book. */
  readonly name: string;
  /** English rendering of the name (translated, not transliterated, trade name). */
  readonly nameEn: string;
  readonly industry: SampleIndustry;
  /** The industry's Chinese name (行业). */
  readonly industryName: string;
  readonly city: string;
  readonly province: string;
  /** Sales region (大区): 华东, 华北, 华南, 华中, 西南, 西北, 东北. */
  readonly region: string;
  readonly trajectory: SampleTrajectory;
  /** Revenue from the customer (营业收入) over the last 12 months, yuan; null for 2 % of customers. */
  readonly revenue: number | null;
  /** Gross profit (毛利) over the last 12 months, yuan; negative for a few loss-making contracts. */
  readonly grossProfit: number;
  /** Discounts granted (折让), yuan. */
  readonly discounts: number;
  /** Financial cost of credit terms (财务费用), yuan. */
  readonly financialCost: number;
  /** Marketing cost (营销费用) = discounts + financialCost, yuan. */
  readonly marketingCost: number;
  readonly ordersPerYear: number;
  /** Our share of the customer's purchases (钱包份额), 0–1; null for 2 % of customers. */
  readonly shareOfWallet: number | null;
  /** Satisfaction survey score (满意度), 0–100; null for 3 % of customers. */
  readonly satisfaction: number | null;
  /** Whole years of cooperation (合作年限); 0 for new customers. */
  readonly cooperationYears: number;
  /** Position in its industry (行业地位), 1 (marginal) to 5 (leader). */
  readonly industryPosition: number;
  /** Days since the last order (最近购买间隔) as of the book's `asOf` date. */
  readonly recencyDays: number;
  /** Volume per month, oldest first, MWh (= the month's kWh readings ÷ 1000). */
  readonly monthlyVolumes: readonly number[];
  /** Gross profit per month, oldest first, yuan. */
  readonly monthlyProfits: readonly number[];
}

/** A generated customer book: its seed, date, month labels (oldest first) and customers. */
export interface SampleBook {
  readonly seed: number;
  readonly asOf: string;
  readonly months: readonly string[];
  readonly customers: readonly SampleCustomer[];
}

/** Log-scale spread of customer size; 1.55 puts ~80 % of revenue in the top 20 % (a log-normal with the
 * industry mix and trajectories on top). */
const SIZE_SIGMA = 1.55;
/** Median annual volume of a customer before the industry factor, MWh. */
const MEDIAN_ANNUAL_MWH = 12000;
const TRAJECTORIES = [
  { trajectory: "new", weight: 0.1 },
  { trajectory: "growing", weight: 0.22 },
  { trajectory: "stable", weight: 0.45 },
  { trajectory: "declining", weight: 0.23 },
] as const;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * Returns a seeded sample customer book (样例客户台账) of industrial electricity customers with realistic shapes:
 * heavy-tailed revenue (the top 20 % hold about 80 %), profit tied to volume through an industry margin, new,
 * growing, stable, declining and dormant customers with seasonality and lumpy months, transformers, metering and
 * 24 months of time-of-use readings. The same options always give the same book. Options: `seed` (defaults to
 * 20261122), `customers` (defaults to 300), `months` (defaults to 24), `asOf` (defaults to "2026-10-31").
 */
export function sampleBook(options: SampleBookOptions = {}): Result<SampleBook> {
  const opts = parseWith(SampleBookOptions, options, ["options"]);
  if (!opts.success) return opts.result;
  const { seed, customers: n, months: monthCount, asOf } = opts.data;
  const random = randomSource(seed);
  const months = monthLabels(asOf, monthCount);
  const monthHours = months.map((month) => daysInMonth(month) * 24);

  const order = shuffledIndices(random, n);
  const marks = new Uint8Array(n);
  const marked = [
    [Math.round(0.01 * n), DORMANT],
    [Math.round(0.02 * n), NULL_REVENUE],
    [Math.round(0.03 * n), NULL_SATISFACTION],
    [Math.round(0.02 * n), NULL_WALLET],
  ] as const;
  let at = 0;
  for (const [count, mark] of marked) for (let k = 0; k < count; k++) marks[order[at++]!] = mark;

  const taken = new Set<string>();
  const width = Math.max(4, String(n).length);
  const customers: SampleCustomer[] = [];
  for (let i = 0; i < n; i++) {
    customers.push(
      sampleCustomer(random, `C${String(i + 1).padStart(width, "0")}`, marks[i]!, months, monthHours, asOf, taken),
    );
  }
  return { success: true, data: { seed, asOf, months, customers }, warnings: [] };
}

const DORMANT = 1;
const NULL_REVENUE = 2;
const NULL_SATISFACTION = 3;
const NULL_WALLET = 4;

function sampleCustomer(
  random: RandomSource,
  id: string,
  mark: number,
  months: readonly string[],
  monthHours: readonly number[],
  asOf: string,
  taken: Set<string>,
): SampleCustomer {
  const industry = random.weighted(SAMPLE_INDUSTRIES);
  const { name, nameEn, city } = companyName(random, industry, taken);
  const dormant = mark === DORMANT;
  const trajectory: SampleTrajectory = dormant ? "dormant" : random.weighted(TRAJECTORIES).trajectory;
  // Clipped at ±2.5σ: no single account should dwarf a 300-customer book.
  const sizeZ = clamp(random.normal(), -2.5, 2.5);
  const annualMwh = MEDIAN_ANNUAL_MWH * Math.exp(SIZE_SIGMA * sizeZ) * industry.sizeFactor;
  const m = months.length;
  const growth =
    trajectory === "growing"
      ? random.between(0.015, 0.05)
      : trajectory === "declining"
        ? -random.between(0.015, 0.05)
        : trajectory === "new"
          ? random.between(0, 0.02)
          : trajectory === "dormant"
            ? -random.between(0.02, 0.06)
            : random.between(-0.004, 0.004);
  const start = trajectory === "new" ? Math.max(0, m - random.integer(3, 10)) : 0;
  const lastActive = dormant ? m - 13 - random.integer(0, 6) : m - 1;
  const amplitude = industry.seasonAmplitude * random.between(0.5, 1.5);
  const pricePerMwh = random.between(560, 720);
  const margin = random.chance(0.03)
    ? -random.between(0.01, 0.06)
    : clamp(industry.margin * Math.exp(0.3 * random.normal()), 0.01, 0.45);

  const monthlyKwh: number[] = [];
  const monthlyVolumes: number[] = [];
  const monthlyProfits: number[] = [];
  for (let t = 0; t < m; t++) {
    const month = Number(months[t]!.slice(5, 7));
    let v = 0;
    if (t >= start && t <= lastActive) {
      const level = (annualMwh / 12) * Math.pow(1 + growth, t - lastActive);
      const season = 1 + amplitude * Math.cos((2 * Math.PI * (month - industry.seasonPeakMonth)) / 12);
      const february = month === 2 ? industry.februaryFactor * random.between(0.95, 1.05) : 1;
      const ramp = Math.min(1, (t - start + 1) / 4);
      let noise = Math.exp(0.07 * random.normal());
      if (random.chance(0.03)) noise *= random.between(0.3, 0.7);
      else if (random.chance(0.02)) noise *= random.between(1.2, 1.5);
      v = level * season * february * ramp * noise;
    }
    const kwh = Math.round(v * 1000);
    monthlyKwh.push(kwh);
    monthlyVolumes.push(kwh / 1000);
    monthlyProfits.push(kwh === 0 ? 0 : Math.round((kwh / 1000) * pricePerMwh * margin * (1 + 0.08 * random.normal())));
  }

  const window = Math.min(12, m);
  let volume12 = 0;
  let profit12 = 0;
  for (let t = m - window; t < m; t++) {
    volume12 += monthlyVolumes[t]!;
    profit12 += monthlyProfits[t]!;
  }
  const revenue = Math.round((volume12 * pricePerMwh * 12) / window);
  const grossProfit = Math.round((profit12 * 12) / window);
  const discounts = Math.round(revenue * random.between(0.004, 0.035));
  const financialCost = Math.round(revenue * random.between(0.002, 0.018));
  const activeMonths = Math.max(1, Math.min(12, lastActive - Math.max(start, m - 12) + 1));
  const ordersPerYear =
    revenue === 0
      ? 0
      : Math.max(
          1,
          Math.round(
            Math.exp(Math.log(18) + 0.55 * random.normal()) *
              Math.pow(annualMwh / MEDIAN_ANNUAL_MWH, 0.15) *
              (activeMonths / 12),
          ),
        );
  const lift = trajectory === "growing" ? 1 : trajectory === "declining" || dormant ? -1 : 0;
  const shareOfWallet = Math.round(clamp(random.between(0.15, 0.95) + 0.07 * lift, 0.05, 1) * 100) / 100;
  const satisfaction = Math.round(clamp(78 + 9 * random.normal() + 4 * lift, 30, 100));
  const cooperationYears =
    trajectory === "new" ? 0 : trajectory === "growing" ? random.integer(1, 12) : random.integer(3, 22);
  const industryPosition = Math.round(clamp(3 + 1.1 * sizeZ + 0.6 * random.normal(), 1, 5));
  const recencyDays = dormant
    ? daysBetween(monthEnd(months[Math.max(0, lastActive)]!), asOf) + random.integer(0, 20)
    : Math.min(120, Math.floor((-Math.log(1 - random.uniform()) * 365) / Math.max(1, ordersPerYear)));

  const supply = sampleSupply(random, { industry, months, monthHours, monthlyKwh, dormant });
  return {
    id,
    name,
    nameEn,
    industry: industry.key,
    industryName: industry.name["zh-CN"],
    city: city.zh,
    province: city.province,
    region: city.region,
    trajectory,
    revenue: mark === NULL_REVENUE ? null : revenue,
    grossProfit,
    discounts,
    financialCost,
    marketingCost: discounts + financialCost,
    ordersPerYear,
    shareOfWallet: mark === NULL_WALLET ? null : shareOfWallet,
    satisfaction: mark === NULL_SATISFACTION ? null : satisfaction,
    cooperationYears,
    industryPosition,
    recencyDays,
    monthlyVolumes,
    monthlyProfits,
    ...supply,
  };
}

/** Fisher–Yates shuffle of 0…n−1. */
function shuffledIndices(random: RandomSource, n: number): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random.uniform() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

/** Returns `count` "YYYY-MM" labels, oldest first, ending with the last month complete on `asOf`. */
function monthLabels(asOf: string, count: number): string[] {
  const d = new Date(`${asOf}T00:00:00Z`);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  let y = d.getUTCFullYear();
  let mo = d.getUTCMonth() + (d.getUTCDate() === lastDay ? 1 : 0);
  const labels: string[] = [];
  for (let k = 0; k < count; k++) {
    if (mo === 0) {
      y -= 1;
      mo = 12;
    }
    labels.push(`${y}-${String(mo).padStart(2, "0")}`);
    mo -= 1;
  }
  return labels.reverse();
}

function monthEnd(month: string): string {
  return `${month}-${String(daysInMonth(month)).padStart(2, "0")}`;
}

function daysBetween(from: string, to: string): number {
  return Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000));
}
