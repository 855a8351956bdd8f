import type { Locale } from "../messages/types.ts";
import { atPath, fail, ok, parseWith, type Issue, type Result, type Warning } from "../result.ts";
import { issue } from "./issue.ts";
import { basicFeeWith, type BasicFeeResult } from "./basic-fee.ts";
import { BillInput, type ParsedBill } from "./bill-input.ts";
import { resolveBillingOptions, type BillingOptions, type BillingSettings } from "./billing-options.ts";
import {
  capacityKvaOf,
  explainCapacity,
  normalizeUnits,
  type ChargeableCapacityResult,
  type NormalizedUnit,
} from "./chargeable-capacity.ts";
import { dayNumber } from "./day-number.ts";
import { exactTotals } from "./exact-totals.ts";
import { isCanonicalBill } from "./is-canonical-bill.ts";
import { roundYuan, yuanOfProduct } from "./money.ts";
import { cleanDecimal, parseRatio } from "./parse-ratio.ts";
import { pfAdjustmentBasisPoints, standardHundredths, type PfStandard } from "./pf-adjustment-rate.ts";
import { powerFactor as computePowerFactor } from "./power-factor.ts";
import { ruleText, type RuleText } from "./rule-text.ts";

/** What a bill line charges. */
export type BillLineKind = "basic" | "energy" | "fixedLoad" | "loss" | "pfAdjustment" | "surcharge";

/** One charge on a bill. */
export interface BillLine {
  /** Stable id: `basic`, `basic:2`, `energy:peak`, `energy:2:flat`, `fixedLoad:照明`, `loss:1`, `pf`, `surcharge:三峡基金`. */
  readonly id: string;
  readonly kind: BillLineKind;
  readonly label: Readonly<Record<Locale, string>>;
  readonly quantity: number;
  readonly unit: "kVA" | "kW" | "kWh" | "yuan";
  /** Yuan per unit (per kVA·month, kW·month, kWh); for the PF line the signed rate. */
  readonly price: number;
  /** Days charged and the divisor, for basic-fee lines; null elsewhere. */
  readonly days: number | null;
  readonly daysBasis: number | null;
  /** Yuan; rounded half-up to 0.01 with moneyRounding `perLine`. */
  readonly amountYuan: number;
  readonly rule: RuleText;
  /** Whether the line is in the power-factor adjustment base. */
  readonly pfAdjusted: boolean;
  /** Energy block id (energy, sub-load and loss lines). */
  readonly block: string | null;
}

/** How one suspension was treated. */
export interface SuspensionReport {
  readonly unit: string | number;
  /** Days suspended in this period and in the whole suspension. */
  readonly days: number;
  readonly totalDays: number;
  /** False when shorter than the minimum (charged in full). */
  readonly effective: boolean;
  readonly halfCharged: boolean;
}

/** The basic-fee part of a bill. */
export interface BillBasic {
  readonly basis: "capacity" | "demand" | "actual";
  /** Chargeable capacity for a whole month without suspensions, kVA (null when not known). */
  readonly capacityKva: number | null;
  readonly floorBaseKva: number | null;
  readonly capacity: ChargeableCapacityResult | null;
  readonly suspensions: readonly SuspensionReport[];
  /** The demand-basis computation (demand and actual bases). */
  readonly demand: BasicFeeResult | null;
  readonly amountYuan: number;
}

/** The power-factor part of a bill. */
export interface BillPowerFactor {
  readonly powerFactor: number;
  /** cosφ before rounding, or null when the power factor was given. */
  readonly cosPhi: number | null;
  readonly standard: PfStandard;
  readonly rate: number;
  readonly percent: number;
  readonly activeKwh: number | null;
  readonly reactiveKvarh: number | null;
  readonly baseYuan: number;
  readonly amountYuan: number;
}

/** A computed bill. */
export interface Bill {
  readonly id: string | null;
  readonly lines: readonly BillLine[];
  readonly subtotals: {
    readonly basicYuan: number;
    readonly energyYuan: number;
    readonly pfAdjustmentYuan: number;
    readonly surchargeYuan: number;
  };
  /** Total (电费合计), yuan, rounded half-up to 0.01. */
  readonly totalYuan: number;
  /** Every kWh on the bill: periods, sub-loads and losses. */
  readonly totalKwh: number;
  /** Total ÷ kWh (平均电价), unrounded; null without kWh. */
  readonly averagePriceYuanPerKwh: number | null;
  readonly basic: BillBasic | null;
  readonly powerFactor: BillPowerFactor | null;
  readonly settings: BillingSettings;
}

type Label = Readonly<Record<Locale, string>>;

// Labels and rule texts are frozen and shared by every bill: a bill of eight lines would otherwise build sixteen
// strings and eight objects only to repeat the same words.
const PERIOD_LABEL: Readonly<Record<string, Label>> = Object.freeze({
  sharp: Object.freeze({ "zh-CN": "尖峰电费", en: "Critical-peak energy" }),
  peak: Object.freeze({ "zh-CN": "高峰电费", en: "Peak energy" }),
  flat: Object.freeze({ "zh-CN": "平段电费", en: "Flat energy" }),
  valley: Object.freeze({ "zh-CN": "低谷电费", en: "Valley energy" }),
  deepValley: Object.freeze({ "zh-CN": "深谷电费", en: "Deep-valley energy" }),
  single: Object.freeze({ "zh-CN": "电度电费", en: "Energy" }),
});
const BASIC_LABEL: Label = Object.freeze({ "zh-CN": "基本电费", en: "Basic fee" });
const BASIC_HALF_LABEL: Label = Object.freeze({
  "zh-CN": "基本电费（暂停减半）",
  en: "Basic fee (suspension at 50 %)",
});
const LOSS_LABEL: Label = Object.freeze({ "zh-CN": "变（线）损电费", en: "Loss energy" });
const PF_LABEL: Label = Object.freeze({ "zh-CN": "功率因数调整电费", en: "Power-factor adjustment" });

const RULE = {
  basicCapacity: ruleText("basic_capacity"),
  basicChanged: ruleText("basic_changed"),
  basicExempt: ruleText("basic_exempt"),
  basicLegacyHalf: ruleText("basic_legacy_half"),
  basicSinglePart: ruleText("basic_single_part"),
  basicSuspended: ruleText("basic_suspended"),
  energyComponent: ruleText("energy_component"),
  energySingle: ruleText("energy_single"),
  energyTou: ruleText("energy_tou"),
  energyTouFactor: ruleText("energy_tou_factor"),
  fixedLoad: ruleText("fixed_load"),
  loss: ruleText("loss"),
  pfAdjustment: ruleText("pf_adjustment"),
  surcharge: ruleText("surcharge"),
} as const;

// Caches of texts built from the caller's names (surcharges, sub-loads, energy blocks, ratios), bounded so that a
// stream of ever new names cannot grow them without end: past the bound a name's text is built each time.
const CACHE_MAX = 512;
const nameLabels = new Map<string, Label>();
const surchargeIds = new Map<string, string>();
const energyIds = new Map<string, Readonly<Record<string, string>>>();
const ratios = new Map<string, number>();

function cacheSet<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size < CACHE_MAX) cache.set(key, value);
  return value;
}

/** Returns the label of a line named by the caller: the name in both languages. */
function nameLabel(name: string): Label {
  return nameLabels.get(name) ?? cacheSet(nameLabels, name, Object.freeze({ "zh-CN": name, en: name }));
}

/** Returns the ids `energy:peak`, `energy:main:peak` … of the periods of a block (`blockId` null: the only block). */
function energyIdsOf(blockId: string | null): Readonly<Record<string, string>> {
  const key = blockId ?? "";
  let ids = energyIds.get(key);
  if (ids === undefined) {
    const prefix = blockId === null ? "energy:" : `energy:${blockId}:`;
    const made: Record<string, string> = {};
    for (const period in PERIOD_LABEL) made[period] = prefix + period;
    ids = cacheSet(energyIds, key, Object.freeze(made));
  }
  return ids;
}

const NONE: readonly never[] = Object.freeze([]);

interface Ctx {
  readonly settings: BillingSettings;
  /** moneyRounding is `perLine`: every amount is rounded to the fen. */
  readonly perLine: boolean;
  // Which kinds of line are in the power-factor adjustment base (settings.pfBase).
  readonly basicInBase: boolean;
  readonly energyInBase: boolean;
  readonly lossInBase: boolean;
  readonly fixedLoadInBase: boolean;
  readonly issues: Issue[];
  readonly warnings: Warning[];
  /** Every line of the bill: energy, sub-loads and losses first, the basic fee moved in front once computed. */
  readonly lines: BillLine[];
  /** Every kWh: periods, sub-loads, losses. */
  totalKwh: number;
  /** Periods and sub-loads, without losses: the month's consumption. */
  consumptionKwh: number;
  /** Metered kWh of the PF-adjusted blocks (the default active energy of the power factor). */
  pfActiveKwh: number;
}

/**
 * Returns the amount a × b × k ÷ d of a line: rounded half-up to the fen on the exact decimals with moneyRounding
 * `perLine`, else the unrounded floating-point figure.
 */
function money(ctx: Ctx, a: number, b: number, k = 1, d = 1): number {
  return ctx.perLine ? yuanOfProduct(a, b, k, d) : (a * b * k) / d;
}

/** Returns a bill line; every line is built here so that all share one object shape. */
function line(
  id: string,
  kind: BillLineKind,
  label: Label,
  quantity: number,
  unit: BillLine["unit"],
  price: number,
  days: number | null,
  daysBasis: number | null,
  amountYuan: number,
  rule: RuleText,
  pfAdjusted: boolean,
  block: string | null,
): BillLine {
  return { id, kind, label, quantity, unit, price, days, daysBasis, amountYuan, rule, pfAdjusted, block };
}

/**
 * Returns a month's two-part bill (两部制电费) computed in the order of domain/billing.md §6: basic fee (prorated,
 * suspensions, 105 % rule, 40 % floor), energy by time-of-use period (all-in prices, factors of the flat price, or
 * component prices), fixed-quantity sub-loads and losses, the power-factor adjustment on `pfBase`, then the
 * surcharges per kWh (never adjusted), the total and the average price. Each line carries quantity, unit, price,
 * days, amount and the rule that produced it. Money is rounded per line to 0.01 yuan unless `moneyRounding` is
 * `final`. Labels and rule texts of the lines are frozen objects shared between bills.
 */
export function computeBill(bill: BillInput, options?: BillingOptions | BillingSettings): Result<Bill> {
  const o = resolveBillingOptions(options);
  if (!o.success) return o;
  if (isCanonicalBill(bill)) return computeParsedBill(bill, o.data);
  const parsed = parseWith(BillInput, bill);
  if (!parsed.success) return parsed.result;
  return computeParsedBill(parsed.data, o.data);
}

/** Returns the bill for input already parsed by {@link BillInput} and resolved settings. */
export function computeParsedBill(bill: ParsedBill, settings: BillingSettings): Result<Bill> {
  const { pfBase } = settings;
  const ctx: Ctx = {
    settings,
    perLine: settings.moneyRounding === "perLine",
    basicInBase: pfBase.includes("basic"),
    energyInBase: pfBase.includes("energy"),
    lossInBase: pfBase.includes("loss"),
    fixedLoadInBase: pfBase.includes("fixedLoad"),
    issues: [],
    warnings: [],
    lines: [],
    totalKwh: 0,
    consumptionKwh: 0,
    pfActiveKwh: 0,
  };
  const period = readPeriod(bill, ctx);
  if (bill.energy) for (let bi = 0; bi < bill.energy.length; bi++) energyBlock(bill.energy, bi, ctx);
  // One array holds every line: the basic-fee lines are computed after the energy (they need its kWh) and moved to
  // the front; the power-factor line goes in before the surcharges once their amounts are known.
  const lines = ctx.lines;
  const energyLines = lines.length;
  const basic = bill.basic ? basicSection(bill, period, ctx.consumptionKwh, ctx) : null;
  if (ctx.issues.length > 0) return fail(ctx.issues);
  if (lines.length > energyLines && energyLines > 0) moveToFront(lines, energyLines);

  const surcharges = bill.surcharges ?? NONE;
  const firstSurcharge = lines.length;
  const surchargeInBase = pfBase.includes("surcharge");
  for (let i = 0; i < surcharges.length; i++) {
    const s = surcharges[i]!;
    const kwh = s.kwh ?? ctx.totalKwh;
    const id = surchargeIds.get(s.name) ?? cacheSet(surchargeIds, s.name, `surcharge:${s.name}`);
    lines.push(
      line(
        id,
        "surcharge",
        nameLabel(s.name),
        kwh,
        "kWh",
        s.priceYuanPerKwh,
        null,
        null,
        money(ctx, kwh, s.priceYuanPerKwh),
        RULE.surcharge,
        surchargeInBase,
        null,
      ),
    );
  }

  let pf: BillPowerFactor | null = null;
  if (bill.powerFactor) {
    pf = pfSection(bill.powerFactor, ctx.pfActiveKwh, lines, ctx);
    if (ctx.issues.length > 0) return fail(ctx.issues);
    if (pf) {
      lines.push(
        line(
          "pf",
          "pfAdjustment",
          PF_LABEL,
          pf.baseYuan,
          "yuan",
          pf.rate,
          null,
          null,
          pf.amountYuan,
          RULE.pfAdjustment,
          false,
          null,
        ),
      );
      if (lines.length - 1 > firstSurcharge) moveToFront(lines, lines.length - 1, firstSurcharge);
    }
  }

  let basicYuan = 0;
  let energyYuan = 0;
  let surchargeYuan = 0;
  let sum = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    sum += l.amountYuan;
    if (l.kind === "basic") basicYuan += l.amountYuan;
    else if (l.kind === "surcharge") surchargeYuan += l.amountYuan;
    else if (l.kind !== "pfAdjustment") energyYuan += l.amountYuan;
  }
  // Unrounded lines (moneyRounding "final"): the floating-point sum can sit a hair off an exact half fen, so the
  // totals are taken from the lines' exact decimals where they have them.
  const exact = ctx.perLine ? null : exactTotals(lines);
  const totalYuan = exact ? exact.totalYuan : roundYuan(sum);
  const totalKwh = cleanDecimal(ctx.totalKwh);
  // Finite inputs can still overflow (a price or factor near 1e308): fail rather than print an infinite bill.
  if (!Number.isFinite(totalYuan) || !Number.isFinite(totalKwh)) return fail([overflowIssue(lines, totalKwh)]);
  // An empty input is a valid zero bill, but almost always a mistake: say so rather than print 0 silently.
  if (lines.length === 0) ctx.warnings.push(issue("billing_no_lines", []));
  return ok(
    {
      id: bill.id ?? null,
      lines,
      subtotals: exact
        ? {
            basicYuan: exact.basicYuan,
            energyYuan: exact.energyYuan,
            pfAdjustmentYuan: exact.pfAdjustmentYuan,
            surchargeYuan: exact.surchargeYuan,
          }
        : {
            basicYuan: roundYuan(basicYuan),
            energyYuan: roundYuan(energyYuan),
            pfAdjustmentYuan: pf ? roundYuan(pf.amountYuan) : 0,
            surchargeYuan: roundYuan(surchargeYuan),
          },
      totalYuan,
      totalKwh,
      averagePriceYuanPerKwh: totalKwh > 0 ? totalYuan / totalKwh : null,
      basic: basic
        ? {
            basis: basic.basis,
            capacityKva: basic.capacityKva,
            floorBaseKva: basic.floorBaseKva,
            capacity: basic.capacity,
            suspensions: basic.suspensions,
            demand: basic.demand,
            amountYuan: exact ? exact.basicYuan : roundYuan(basicYuan),
          }
        : null,
      powerFactor: pf,
      settings,
    },
    ctx.warnings,
  );
}

/** Names the first line whose quantity, price or amount is not finite, else the total that overflowed. */
function overflowIssue(lines: readonly BillLine[], totalKwh: number): Issue {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    for (const field of ["quantity", "price", "amountYuan"] as const) {
      if (!Number.isFinite(l[field]))
        return issue("not_finite", ["lines", i, field], { received: `${l.id}: ${l[field]}` });
    }
  }
  return Number.isFinite(totalKwh)
    ? issue("not_finite", ["totalYuan"], { received: "Σ amounts = ∞" })
    : issue("not_finite", ["totalKwh"], { received: "Σ kWh = ∞" });
}

/** Moves `lines[from..]` to index `to` (default 0), after it what stood from `to` on, in place: three reversals. */
function moveToFront(lines: BillLine[], from: number, to = 0): void {
  reverse(lines, to, from);
  reverse(lines, from, lines.length);
  reverse(lines, to, lines.length);
}

function reverse(lines: BillLine[], from: number, to: number): void {
  for (let i = from, j = to - 1; i < j; i++, j--) {
    const t = lines[i]!;
    lines[i] = lines[j]!;
    lines[j] = t;
  }
}

interface Period {
  readonly start: number;
  readonly days: number;
}

function readPeriod(bill: ParsedBill, ctx: Ctx): Period | null {
  if (!bill.period) return null;
  const start = dayNumber(bill.period.start);
  if (start === undefined) dateIssue(ctx, bill.period.start, ["period", "start"]);
  const end = dayNumber(bill.period.end);
  if (end === undefined) dateIssue(ctx, bill.period.end, ["period", "end"]);
  if (start === undefined || end === undefined) return null;
  const days = end - start + 1;
  if (days < 1 || days > 31) {
    ctx.issues.push(issue("billing_period_order", ["period"]));
    return null;
  }
  return { start, days };
}

function dateIssue(ctx: Ctx, text: string, path: (string | number)[]): void {
  ctx.issues.push(issue("billing_date_invalid", path, { received: text }));
}

/**
 * Returns a meter ratio (a number, or text such as "600/5" read once and cached), or 1 with an issue at
 * [section, index, field] or [section, list, index, field] (the path is built only for an issue).
 */
function ratio(
  value: number | string | undefined,
  ctx: Ctx,
  section: string,
  a: string | number,
  b: string | number,
  c?: string,
): number {
  if (value === undefined) return 1;
  // The schema (and isCanonicalBill) already hold numbers to be finite and positive, all parseRatio asks of them.
  if (typeof value === "number") return value;
  const known = ratios.get(value);
  if (known !== undefined) return known;
  const r = parseRatio(value, c === undefined ? [section, a, b] : [section, a, b, c]);
  if (!r.success) {
    for (const i of r.issues) ctx.issues.push(i);
    return 1;
  }
  return cacheSet(ratios, value, r.data);
}

// Energy -------------------------------------------------------------------------------------------------------

type EnergyBlockInput = NonNullable<ParsedBill["energy"]>[number];
type EnergyPeriodInput = NonNullable<EnergyBlockInput["periods"]>[number];

/** Returns a period's kWh: `kwh`, or `units` × the block's multiplier, or undefined when neither is given. */
function periodKwh(kwh: number | undefined, units: number | undefined, multiplier: number): number | undefined {
  return kwh ?? (units === undefined ? undefined : cleanDecimal(units * multiplier));
}

/** Adds the lines of energy block `bi` (periods, sub-loads, losses) to `ctx.lines` and its kWh to the totals. */
function energyBlock(blocks: readonly EnergyBlockInput[], bi: number, ctx: Ctx): void {
  const b = blocks[bi]!;
  const { lightingMeter } = ctx.settings;
  const blockId = b.id ?? (blocks.length === 1 ? null : String(bi + 1));
  const m = b.multiplier === undefined ? 1 : ratio(b.multiplier, ctx, "energy", bi, "multiplier");
  const adjusted = b.pfAdjusted ?? true;
  const total = periodKwh(b.totalKwh, b.totalUnits, m);
  const periods = b.periods ?? NONE;
  let missingAt = -1;
  let missing = 0;
  let known = 0;
  let hasFlat = false;
  for (let pi = 0; pi < periods.length; pi++) {
    const p = periods[pi]!;
    const kwh = periodKwh(p.kwh, p.units, m);
    if (kwh === undefined) {
      if (missing++ === 0) missingAt = pi;
    } else known += kwh;
    if (p.period === "flat" || p.period === "single") hasFlat = true;
  }
  if (missing > 1) ctx.issues.push(issue("billing_flat_ambiguous", ["energy", bi, "periods"]));
  const fixedLoads = b.fixedLoads ?? NONE;
  let fixedKwh = 0;
  for (let i = 0; i < fixedLoads.length; i++) fixedKwh += fixedLoads[i]!.kwh;
  const seriesFixedKwh = lightingMeter === "series" ? fixedKwh : 0;
  // The one period without kWh is the rest of the total; with every period given and no flat one, the rest of the
  // total becomes a flat (or, alone, a single-rate) period.
  let derivedKwh: number | undefined;
  let restKwh: number | undefined;
  if (missing === 1) {
    if (total === undefined) ctx.issues.push(issue("billing_energy_required", ["energy", bi, "totalKwh"]));
    else derivedKwh = cleanDecimal(total - known - seriesFixedKwh);
  } else if (missing === 0 && total !== undefined && !hasFlat) {
    const rest = cleanDecimal(total - known - seriesFixedKwh);
    if (rest !== 0 || periods.length === 0) restKwh = rest;
  }
  const ids = energyIdsOf(blockId);
  const inBase = adjusted && ctx.energyInBase;
  let metered = 0;
  for (let pi = 0; pi < periods.length; pi++) {
    const p = periods[pi]!;
    const kwh = pi === missingAt ? derivedKwh : periodKwh(p.kwh, p.units, m);
    metered += periodLines(ctx, b, bi, pi, p, p.period, kwh ?? 0, ids, blockId, inBase);
  }
  if (restKwh !== undefined) {
    const period = periods.length === 0 ? "single" : "flat";
    metered += periodLines(ctx, b, bi, periods.length, undefined, period, restKwh, ids, blockId, inBase);
  }
  for (let i = 0; i < fixedLoads.length; i++) {
    const f = fixedLoads[i]!;
    ctx.lines.push(
      line(
        `fixedLoad:${blockId === null ? "" : `${blockId}:`}${f.name}`,
        "fixedLoad",
        nameLabel(f.name),
        f.kwh,
        "kWh",
        f.priceYuanPerKwh,
        null,
        null,
        money(ctx, f.kwh, f.priceYuanPerKwh),
        RULE.fixedLoad,
        adjusted && ctx.fixedLoadInBase && lightingMeter === "series",
        blockId,
      ),
    );
  }
  const losses = b.losses ?? NONE;
  for (let li = 0; li < losses.length; li++) {
    const l = losses[li]!;
    const kwh = periodKwh(l.kwh, l.units, m);
    const price = l.priceYuanPerKwh ?? b.flatPriceYuanPerKwh;
    if (kwh === undefined) {
      ctx.issues.push(issue("billing_energy_required", ["energy", bi, "losses", li, "kwh"]));
      continue;
    }
    if (price === undefined) {
      ctx.issues.push(issue("billing_energy_price_required", ["energy", bi, "losses", li, "priceYuanPerKwh"]));
      continue;
    }
    ctx.lines.push(
      line(
        `loss:${blockId === null ? "" : `${blockId}:`}${l.name ?? li + 1}`,
        "loss",
        l.name ? nameLabel(l.name) : LOSS_LABEL,
        kwh,
        "kWh",
        price,
        null,
        null,
        money(ctx, kwh, price),
        RULE.loss,
        adjusted && ctx.lossInBase,
        blockId,
      ),
    );
    ctx.totalKwh += kwh;
  }
  ctx.consumptionKwh += metered + fixedKwh;
  ctx.totalKwh += metered + fixedKwh;
  // A series (套表) sub-load passes through the main meter, so it counts toward the power factor (§4.2).
  if (adjusted) ctx.pfActiveKwh += metered + seriesFixedKwh;
}

/**
 * Adds the line(s) of one time-of-use period and returns its metered kWh (0 when the kWh is negative, an issue).
 * `p` is undefined for the flat period derived from the block's total.
 */
function periodLines(
  ctx: Ctx,
  b: EnergyBlockInput,
  bi: number,
  pi: number,
  p: EnergyPeriodInput | undefined,
  period: EnergyPeriodInput["period"],
  kwh: number,
  ids: Readonly<Record<string, string>>,
  blockId: string | null,
  inBase: boolean,
): number {
  if (kwh < 0) {
    ctx.issues.push(issue("billing_flat_negative", ["energy", bi, "periods", pi], { received: kwh }));
    return 0;
  }
  const id = ids[period]!;
  const components = p?.components;
  if (components) {
    const label = PERIOD_LABEL[period]!;
    for (const c of components) {
      ctx.lines.push(
        line(
          `${id}:${c.name}`,
          "energy",
          { "zh-CN": `${label["zh-CN"]}（${c.name}）`, en: `${label.en} (${c.name})` },
          kwh,
          "kWh",
          c.priceYuanPerKwh,
          null,
          null,
          money(ctx, kwh, c.priceYuanPerKwh),
          RULE.energyComponent,
          inBase,
          blockId,
        ),
      );
    }
    return kwh;
  }
  const flat = b.flatPriceYuanPerKwh;
  const factor = p?.factor;
  const single = period === "single";
  let price: number;
  let rule: RuleText;
  if (p?.priceYuanPerKwh !== undefined) {
    price = p.priceYuanPerKwh;
    rule = single ? RULE.energySingle : RULE.energyTou;
  } else if (factor !== undefined && flat !== undefined) {
    const fixed = b.nonFloatingYuanPerKwh ?? 0;
    price = cleanDecimal((flat - fixed) * factor + fixed);
    rule = RULE.energyTouFactor;
  } else if ((period === "flat" || single) && flat !== undefined) {
    price = flat;
    rule = single ? RULE.energySingle : RULE.energyTou;
  } else {
    ctx.issues.push(issue("billing_energy_price_required", ["energy", bi, "periods", pi]));
    return kwh;
  }
  ctx.lines.push(
    line(
      id,
      "energy",
      PERIOD_LABEL[period]!,
      kwh,
      "kWh",
      price,
      null,
      null,
      money(ctx, kwh, price),
      rule,
      inBase,
      blockId,
    ),
  );
  return kwh;
}

// Basic fee ----------------------------------------------------------------------------------------------------

interface Interval {
  from: number;
  to: number;
}

type SuspendedInterval = Interval & { half: boolean };
type BasicInput = NonNullable<ParsedBill["basic"]>;
type Routes = readonly NonNullable<BasicInput["routes"]>[number][];
type BasicReport = Omit<BillBasic, "amountYuan">;

function basicSection(bill: ParsedBill, period: Period | null, consumptionKwh: number, ctx: Ctx): BasicReport | null {
  const b = bill.basic!;
  // The basic-fee lines go after the energy lines for now; their ids count from the first of them.
  const out = ctx.lines;
  const first = out.length;
  const { settings } = ctx;
  const inBase = ctx.basicInBase;
  const price = b.basis === "capacity" ? b.priceYuanPerKvaMonth : b.priceYuanPerKwMonth;
  if (price === undefined) {
    const field = b.basis === "capacity" ? "priceYuanPerKvaMonth" : "priceYuanPerKwMonth";
    ctx.issues.push(issue("billing_price_required", ["basic", field], { basis: b.basis }));
  }
  const motors = b.hvMotors ?? NONE;
  const units: NormalizedUnit[] = b.transformers
    ? normalizeUnits(b.transformers, motors)
    : b.capacityKva !== undefined
      ? normalizeUnits([{ capacityKva: b.capacityKva, status: "running" }], motors)
      : normalizeUnits(NONE, motors);
  const routes: Routes = b.routes ?? NONE;
  if (b.basis === "capacity" && units.length === 0) {
    ctx.issues.push(issue("billing_capacity_required", ["basic", "transformers"]));
  }
  let datedUnits = false;
  for (let i = 0; i < units.length; i++) if (units[i]!.inServiceFrom || units[i]!.inServiceUntil) datedUnits = true;
  if (b.billedDays !== undefined && period && datedUnits) {
    ctx.issues.push(issue("billing_days_or_dates", ["basic", "billedDays"]));
  }
  if (settings.daysBasis === "calendar" && !period) ctx.issues.push(issue("billing_period_required", ["period"]));
  if (ctx.issues.length > 0) return null;

  // Timeline of the charged days: the period, or billedDays (defaults to a whole month of daysBasis days).
  const fullMonth = period !== null || b.billedDays === undefined;
  const basisDays = settings.daysBasis === "calendar" && period ? period.days : 30;
  let timeline = period ? period.days : Math.min(Math.ceil(b.billedDays ?? basisDays), basisDays);
  if (b.billedDays !== undefined && b.billedDays !== Math.ceil(b.billedDays)) {
    ctx.warnings.push(issue("billing_part_day_counted", ["basic", "billedDays"], { received: b.billedDays }));
  }
  if (timeline < 0) timeline = 0;
  const { dayCount } = settings;
  // Each unit's days in service as [from, to) on the timeline; null when every unit serves the whole timeline.
  let service: Interval[] | null = null;
  if (datedUnits) {
    service = [];
    const shift = dayCount.changeDayAt === "new" ? 0 : 1;
    for (let i = 0; i < units.length; i++) {
      const u = units[i]!;
      let from = 0;
      let to = timeline;
      if (u.inServiceFrom) from = dayIndex(u.inServiceFrom, period, ctx, "transformers", i, "inServiceFrom") + shift;
      if (u.inServiceUntil) to = dayIndex(u.inServiceUntil, period, ctx, "transformers", i, "inServiceUntil") + shift;
      service.push({ from: Math.max(0, from), to: Math.min(timeline, to) });
    }
  }
  const suspensions: SuspensionReport[] = [];
  const legacy = settings.legacyNewUserHalfCharge && settings.ruleVersion === "1996";
  if (settings.legacyNewUserHalfCharge && !legacy) {
    ctx.warnings.push(issue("billing_legacy_ignored", ["options", "legacyNewUserHalfCharge"]));
  }
  // Each unit's effective suspensions; null when the bill has none.
  let suspended: SuspendedInterval[][] | null = null;
  let anySuspension = false;
  const inputs = b.suspensions ?? NONE;
  if (inputs.length > 0) {
    suspended = units.map(() => []);
    for (let si = 0; si < inputs.length; si++) {
      const s = inputs[si]!;
      const ui = unitIndex(units, s.unit);
      if (ui < 0) {
        ctx.issues.push(
          issue("billing_unit_unknown", ["basic", "suspensions", si, "unit"], { received: String(s.unit) }),
        );
        continue;
      }
      let iv: Interval;
      let totalDays: number;
      if (s.sealDate !== undefined) {
        const seal = dayIndex(s.sealDate, period, ctx, "suspensions", si, "sealDate") + (dayCount.sealDayFree ? 0 : 1);
        const resume =
          s.resumeDate === undefined
            ? undefined
            : dayIndex(s.resumeDate, period, ctx, "suspensions", si, "resumeDate") +
              (dayCount.resumeDayCharged ? 0 : 1);
        iv = { from: Math.max(0, seal), to: Math.min(timeline, resume ?? timeline) };
        totalDays = s.totalDays ?? (resume === undefined ? Math.max(0, iv.to - iv.from) : Math.max(0, resume - seal));
      } else {
        const days = Math.min(s.days ?? timeline, timeline);
        iv = { from: timeline - days, to: timeline };
        totalDays = s.totalDays ?? days;
      }
      const days = Math.max(0, iv.to - iv.from);
      const effective = totalDays >= settings.minSuspensionDays;
      if (!effective) {
        ctx.warnings.push(
          issue("billing_suspension_short", ["basic", "suspensions", si], {
            days: totalDays,
            min: settings.minSuspensionDays,
          }),
        );
      }
      if (s.monthsThisYear !== undefined && s.monthsThisYear > settings.maxSuspensionMonthsPerYear) {
        ctx.warnings.push(
          issue("billing_suspension_over_cap", ["basic", "suspensions", si, "monthsThisYear"], {
            months: s.monthsThisYear,
            max: settings.maxSuspensionMonthsPerYear,
          }),
        );
      }
      const half = legacy && (s.newUserWithin2Years ?? false);
      if (effective && days > 0) {
        suspended[ui]!.push({ from: iv.from, to: iv.to, half });
        anySuspension = true;
      }
      suspensions.push({ unit: s.unit, days, totalDays, effective, halfCharged: half && effective });
    }
  }
  if (ctx.issues.length > 0) return null;

  const capacity = units.length > 0 ? explainCapacity(units, routes) : null;

  if (b.basis !== "capacity") {
    return demandBasis(
      b,
      units,
      routes,
      anySuspension ? suspended : null,
      timeline,
      capacity,
      consumptionKwh,
      fullMonth,
      period,
      price!,
      suspensions,
      ctx,
      out,
    );
  }

  let dated = anySuspension;
  if (service) for (const x of service) if (x.from > 0 || x.to < timeline) dated = true;
  // Stretches of constant chargeable capacity over the timeline: one stretch unless units change or are suspended.
  const segments: Segment[] = [];
  if (!dated) segments.push({ days: timeline, kva: capacity?.capacityKva ?? 0, halfKva: 0 });
  else segmentsOf(units, routes, service ?? fullService(units.length, timeline), suspended, timeline, segments);
  let chargeable = 0;
  let largest = 0;
  for (let k = 0; k < segments.length; k++) {
    const kva = segments[k]!.kva;
    if (k === 0 || kva < chargeable) chargeable = kva;
    if (k === 0 || kva > largest) largest = kva;
  }
  const report: BasicReport = {
    basis: b.basis,
    capacityKva: capacity?.capacityKva ?? null,
    floorBaseKva: capacity?.floorBaseKva ?? null,
    capacity,
    suspensions,
    demand: null,
  };
  const p = price!;
  if (largest <= settings.singlePartMaxKva && units.some((u) => u.capacityKva > 0)) {
    ctx.warnings.push(
      issue("billing_single_part", ["basic"], { capacityKva: largest, maxKva: settings.singlePartMaxKva }),
    );
    out.push(basicLine("basic", largest, "kVA", p, 0, basisDays, 0, RULE.basicSinglePart, BASIC_LABEL, inBase));
    return report;
  }
  if (b.capacityChargeExempt) {
    ctx.warnings.push(issue("billing_capacity_charge_exempt", ["basic", "capacityChargeExempt"]));
    out.push(basicLine("basic", 0, "kVA", p, 0, basisDays, 0, RULE.basicExempt, BASIC_LABEL, inBase));
    return report;
  }
  // The capacity of the whole month, then a line per extra layer of capacity for the days it was there.
  const baseKva = fullMonth ? chargeable : 0;
  if (baseKva > 0) {
    out.push(
      basicLine(
        "basic",
        baseKva,
        "kVA",
        p,
        basisDays,
        basisDays,
        money(ctx, baseKva, p),
        RULE.basicCapacity,
        BASIC_LABEL,
        inBase,
      ),
    );
  }
  const layerRule = anySuspension ? RULE.basicSuspended : fullMonth ? RULE.basicChanged : RULE.basicCapacity;
  if (segments.length === 1) {
    // The usual month: one stretch, so at most one layer (the whole capacity when billedDays prorates it).
    const s = segments[0]!;
    const kva = cleanDecimal(s.kva - baseKva);
    if (kva > 0)
      out.push(layerLine(out.length - first + 1, kva, p, Math.min(s.days, basisDays), basisDays, layerRule, ctx));
  } else {
    const layers = new Map<number, number>();
    for (const s of segments) {
      const delta = cleanDecimal(s.kva - baseKva);
      if (delta > 0) layers.set(delta, (layers.get(delta) ?? 0) + s.days);
    }
    for (const [kva, d] of layers) {
      out.push(layerLine(out.length - first + 1, kva, p, Math.min(d, basisDays), basisDays, layerRule, ctx));
    }
  }
  // Legacy 1996 half-charged suspensions (only dated months have them).
  const halfDays = new Map<number, number>();
  if (dated)
    for (const s of segments) if (s.halfKva > 0) halfDays.set(s.halfKva, (halfDays.get(s.halfKva) ?? 0) + s.days);
  for (const [kva, d] of halfDays) {
    const half = cleanDecimal(p / 2);
    out.push(
      basicLine(
        basicId(out.length - first + 1),
        kva,
        "kVA",
        half,
        d,
        basisDays,
        money(ctx, kva, half, d, basisDays),
        RULE.basicLegacyHalf,
        BASIC_HALF_LABEL,
        inBase,
      ),
    );
  }
  if (out.length === first) {
    out.push(basicLine("basic", 0, "kVA", p, 0, basisDays, 0, RULE.basicCapacity, BASIC_LABEL, inBase));
  }
  return report;
}

/** Returns the id of the n-th basic-fee line (from 1): `basic`, `basic:2`, … */
function basicId(n: number): string {
  return n === 1 ? "basic" : `basic:${n}`;
}

/** Returns the line of `kva` charged for `days` of `basisDays`. */
function layerLine(n: number, kva: number, price: number, days: number, basisDays: number, rule: RuleText, ctx: Ctx) {
  const amount = money(ctx, kva, price, days, basisDays);
  return basicLine(basicId(n), kva, "kVA", price, days, basisDays, amount, rule, BASIC_LABEL, ctx.basicInBase);
}

/** Returns the index of the suspended unit: its id, else its index in the list when no unit has that number as id. */
function unitIndex(units: readonly NormalizedUnit[], unit: string | number): number {
  if (typeof unit === "number" && unit < units.length && !units.some((u) => u.id === unit)) return unit;
  return units.findIndex((u) => u.id === unit);
}

/** Returns the day of `text` on the period's timeline (0 = its first day), or 0 with an issue. */
function dayIndex(
  text: string,
  period: Period | null,
  ctx: Ctx,
  list: "transformers" | "suspensions",
  index: number,
  field: string,
): number {
  if (!period) {
    ctx.issues.push(issue("billing_period_required", ["basic", list, index, field]));
    return 0;
  }
  const d = dayNumber(text);
  if (d === undefined) {
    dateIssue(ctx, text, ["basic", list, index, field]);
    return 0;
  }
  return d - period.start;
}

function fullService(units: number, timeline: number): Interval[] {
  const service: Interval[] = [];
  for (let i = 0; i < units; i++) service.push({ from: 0, to: timeline });
  return service;
}

interface Segment {
  readonly days: number;
  readonly kva: number;
  readonly halfKva: number;
}

/** Fills `segments` with the stretches of constant chargeable capacity over the timeline. */
function segmentsOf(
  units: readonly NormalizedUnit[],
  routes: Routes,
  service: readonly Interval[],
  suspended: readonly SuspendedInterval[][] | null,
  timeline: number,
  segments: Segment[],
): void {
  const cuts = new Set<number>([0, timeline]);
  service.forEach((s, i) => {
    cuts.add(s.from);
    cuts.add(s.to);
    for (const x of suspended?.[i] ?? NONE) {
      cuts.add(x.from);
      cuts.add(x.to);
    }
  });
  const points = [...cuts].filter((x) => x >= 0 && x <= timeline).sort((a, c) => a - c);
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k]!;
    const to = points[k + 1]!;
    if (to <= from) continue;
    const inService = (i: number) => service[i]!.from <= from && service[i]!.to >= to;
    const isSuspended = (i: number, half?: boolean) =>
      (suspended?.[i] ?? NONE).some(
        (x: SuspendedInterval) => x.from <= from && x.to >= to && (half === undefined || x.half === half),
      );
    const kva = capacityKvaOf(units, routes, (i) => inService(i) && !isSuspended(i));
    const withHalf = capacityKvaOf(units, routes, (i) => inService(i) && !isSuspended(i, false));
    segments.push({ days: to - from, kva, halfKva: withHalf - kva });
  }
}

function demandBasis(
  b: BasicInput,
  units: readonly NormalizedUnit[],
  routes: Routes,
  suspended: readonly SuspendedInterval[][] | null,
  timeline: number,
  capacity: ChargeableCapacityResult | null,
  consumptionKwh: number,
  fullMonth: boolean,
  period: Period | null,
  price: number,
  suspensions: SuspensionReport[],
  ctx: Ctx,
  out: BillLine[],
): BasicReport | null {
  let actual = b.maxDemandKw;
  const meters = b.demandMeters ?? NONE;
  if (actual === undefined && meters.length === 1) {
    // One meter: the general sum below reduces to this (each `0 +` of it leaves a non-negative kW unchanged).
    const m = meters[0]!;
    const ct = ratio(m.ctRatio, ctx, "basic", "demandMeters", 0, "ctRatio");
    const pt = ratio(m.ptRatio, ctx, "basic", "demandMeters", 0, "ptRatio");
    actual = cleanDecimal(cleanDecimal(m.reading * ct * pt));
  } else if (actual === undefined && meters.length > 0) {
    // Meters on one route add up; of routes backing each other up (a backupGroup) the largest counts.
    const perRoute = new Map<string | number | undefined, number>();
    for (let mi = 0; mi < meters.length; mi++) {
      const m = meters[mi]!;
      const ct = ratio(m.ctRatio, ctx, "basic", "demandMeters", mi, "ctRatio");
      const pt = ratio(m.ptRatio, ctx, "basic", "demandMeters", mi, "ptRatio");
      perRoute.set(m.route, (perRoute.get(m.route) ?? 0) + cleanDecimal(m.reading * ct * pt));
    }
    const backup = new Map(routes.map((r) => [r.id, r.backupGroup]));
    const groupMax = new Map<string | number, number>();
    let sum = 0;
    for (const [route, kw] of perRoute) {
      const g = route === undefined ? undefined : backup.get(route);
      if (g === undefined) sum += kw;
      else groupMax.set(g, Math.max(groupMax.get(g) ?? 0, kw));
    }
    for (const kw of groupMax.values()) sum += kw;
    actual = cleanDecimal(sum);
  }
  if (actual === undefined) ctx.issues.push(issue("billing_demand_required", ["basic", "maxDemandKw"]));
  if (b.basis === "demand" && b.contractDemandKw === undefined) {
    ctx.issues.push(issue("billing_contract_demand_required", ["basic", "contractDemandKw"]));
  }
  if (ctx.issues.length > 0) return null;
  // Suspensions under demand billing count in whole months: only a unit suspended all period leaves the floor base.
  let floorBase = b.capacityKva;
  if (b.transformers && units.length > 0) {
    if (suspended === null) {
      // Nothing suspended: the floor base is the capacity's (the same sum over the same units).
      floorBase = capacity!.floorBaseKva;
    } else {
      const whole = (i: number) => suspended[i]!.some((x) => x.from <= 0 && x.to >= timeline);
      if (suspended.some((x, i) => x.length > 0 && !whole(i))) {
        ctx.warnings.push(issue("billing_suspension_demand_partial", ["basic", "suspensions"]));
      }
      floorBase = explainCapacity(units, routes, (i) => !whole(i)).floorBaseKva;
    }
  }
  const r = basicFeeWith(
    {
      basis: b.basis,
      quantity: actual!,
      price,
      contractKw: b.contractDemandKw,
      capacityKva: floorBase,
      billedDays: fullMonth ? undefined : timeline,
      periodDays: period?.days,
      monthlyKwh: b.monthlyKwh ?? consumptionKwh,
      capacityChargeExempt: b.capacityChargeExempt,
    },
    ctx.settings,
  );
  if (!r.success) {
    for (const i of r.issues) ctx.issues.push(underBasic(i));
    return null;
  }
  for (const w of r.warnings) ctx.warnings.push(underBasic(w));
  const d = r.data;
  out.push(
    basicLine(
      "basic",
      d.billingQuantity,
      "kW",
      d.priceYuan,
      d.days,
      d.daysBasis,
      money(ctx, d.billingQuantity, d.priceYuan, d.days, d.daysBasis),
      d.rule,
      BASIC_LABEL,
      ctx.basicInBase,
    ),
  );
  return {
    basis: b.basis,
    capacityKva: capacity?.capacityKva ?? b.capacityKva ?? null,
    floorBaseKva: floorBase ?? null,
    capacity,
    suspensions,
    demand: d,
  };
}

/** Returns the issue of the basic-fee calculation with its path under `basic` (re-made: the message names the path). */
function underBasic(i: Issue): Issue {
  return atPath(i, ["basic", ...i.path]);
}

function basicLine(
  id: string,
  quantity: number,
  unit: "kVA" | "kW",
  price: number,
  days: number,
  daysBasis: number,
  amountYuan: number,
  rule: RuleText,
  label: Label,
  pfAdjusted: boolean,
): BillLine {
  return line(id, "basic", label, quantity, unit, price, days, daysBasis, amountYuan, rule, pfAdjusted, null);
}

// Power factor -------------------------------------------------------------------------------------------------

const PF_OPTIONS = { halfUp: { pfRounding: "halfUp" }, down: { pfRounding: "down" } } as const;

function pfSection(
  section: NonNullable<ParsedBill["powerFactor"]>,
  defaultActiveKwh: number,
  lines: readonly BillLine[],
  ctx: Ctx,
): BillPowerFactor | null {
  const std100 = standardHundredths(section.standard);
  if (std100 === undefined) {
    ctx.issues.push(
      issue("billing_pf_standard_invalid", ["powerFactor", "standard"], { received: String(section.standard) }),
    );
    return null;
  }
  let pf100: number;
  let cosPhi: number | null = null;
  let activeKwh: number | null = null;
  let reactiveKvarh: number | null = null;
  if (section.powerFactor !== undefined) {
    pf100 = Math.round(section.powerFactor * 100);
    if (pf100 / 100 !== section.powerFactor) {
      ctx.warnings.push(
        issue("billing_pf_rounded", ["powerFactor", "powerFactor"], {
          received: section.powerFactor,
          rounded: pf100 / 100,
        }),
      );
    }
  } else {
    if (section.reactiveKvarh === undefined) {
      ctx.issues.push(issue("billing_pf_reactive_required", ["powerFactor", "reactiveKvarh"]));
      return null;
    }
    const r = computePowerFactor(
      section.activeKwh ?? defaultActiveKwh,
      section.reactiveKvarh,
      section.reverseKvarh ?? 0,
      PF_OPTIONS[ctx.settings.pfRounding],
    );
    if (!r.success) {
      for (const i of r.issues) ctx.issues.push(atPath(i, ["powerFactor", ...i.path]));
      return null;
    }
    pf100 = Math.round(r.data.powerFactor * 100);
    cosPhi = r.data.cosPhi;
    activeKwh = r.data.activeKwh;
    reactiveKvarh = r.data.reactiveKvarh;
  }
  const bp = pfAdjustmentBasisPoints(pf100, std100);
  let base = 0;
  for (let i = 0; i < lines.length; i++) if (lines[i]!.pfAdjusted) base += lines[i]!.amountYuan;
  const baseYuan = ctx.perLine ? roundYuan(base) : base;
  return {
    powerFactor: pf100 / 100,
    cosPhi,
    standard: section.standard as PfStandard,
    rate: bp / 10000,
    percent: bp / 100,
    activeKwh,
    reactiveKvarh,
    baseYuan,
    amountYuan: money(ctx, bp, baseYuan, 1, 10000),
  };
}
