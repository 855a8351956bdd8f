import type { Locale } from "../messages/types.ts";
import { fail, issue, ok, parseWith, type Issue, type Result, type Warning } from "../result.ts";
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
import { isCanonicalBill } from "./is-canonical-bill.ts";
import { roundYuan } from "./money.ts";
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

const PERIOD_LABEL: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  sharp: { "zh-CN": "尖峰电费", en: "Critical-peak energy" },
  peak: { "zh-CN": "高峰电费", en: "Peak energy" },
  flat: { "zh-CN": "平段电费", en: "Flat energy" },
  valley: { "zh-CN": "低谷电费", en: "Valley energy" },
  deepValley: { "zh-CN": "深谷电费", en: "Deep-valley energy" },
  single: { "zh-CN": "电度电费", en: "Energy" },
};
const BASIC_LABEL = { "zh-CN": "基本电费", en: "Basic fee" } as const;
const BASIC_HALF_LABEL = { "zh-CN": "基本电费（暂停减半）", en: "Basic fee (suspension at 50 %)" } as const;
const LOSS_LABEL = { "zh-CN": "变（线）损电费", en: "Loss energy" } as const;
const PF_LABEL = { "zh-CN": "功率因数调整电费", en: "Power-factor adjustment" } as const;

interface Ctx {
  readonly settings: BillingSettings;
  readonly issues: Issue[];
  readonly warnings: Warning[];
  readonly lines: BillLine[];
  readonly money: (yuan: number) => number;
}

/**
 * Returns a month's two-part bill (两部制电费) computed in the order of domain/billing.md §6: basic fee (prorated,
 * suspensions, 105 % rule, 40 % floor), energy by time-of-use period (all-in prices, factors of the flat price, or
 * component prices), fixed-quantity sub-loads and losses, the power-factor adjustment on `pfBase`, then the
 * surcharges per kWh (never adjusted), the total and the average price. Each line carries quantity, unit, price,
 * days, amount and the rule that produced it. Money is rounded per line to 0.01 yuan unless `moneyRounding` is
 * `final`.
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
  const ctx: Ctx = {
    settings,
    issues: [],
    warnings: [],
    lines: [],
    money: settings.moneyRounding === "perLine" ? roundYuan : (x) => x,
  };
  const period = readPeriod(bill, ctx);
  const energy = energyLines(bill, ctx);
  const basicLines: BillLine[] = [];
  const basic = bill.basic ? basicSection(bill, period, energy.consumptionKwh, ctx, basicLines) : null;
  if (ctx.issues.length > 0) return fail(ctx.issues);
  const lines = ctx.lines;
  if (basicLines.length > 0) lines.unshift(...basicLines);

  const surchargeLines: BillLine[] = [];
  for (const s of bill.surcharges ?? []) {
    const kwh = s.kwh ?? energy.totalKwh;
    surchargeLines.push({
      id: `surcharge:${s.name}`,
      kind: "surcharge",
      label: { "zh-CN": s.name, en: s.name },
      quantity: kwh,
      unit: "kWh",
      price: s.priceYuanPerKwh,
      days: null,
      daysBasis: null,
      amountYuan: ctx.money(kwh * s.priceYuanPerKwh),
      rule: ruleText("surcharge"),
      pfAdjusted: settings.pfBase.includes("surcharge"),
      block: null,
    });
  }

  let pf: BillPowerFactor | null = null;
  if (bill.powerFactor) {
    pf = pfSection(bill.powerFactor, energy.pfActiveKwh, lines, surchargeLines, ctx);
    if (ctx.issues.length > 0) return fail(ctx.issues);
    if (pf) {
      lines.push({
        id: "pf",
        kind: "pfAdjustment",
        label: PF_LABEL,
        quantity: pf.baseYuan,
        unit: "yuan",
        price: pf.rate,
        days: null,
        daysBasis: null,
        amountYuan: pf.amountYuan,
        rule: ruleText("pf_adjustment"),
        pfAdjusted: false,
        block: null,
      });
    }
  }
  lines.push(...surchargeLines);

  let basicYuan = 0;
  let energyYuan = 0;
  let surchargeYuan = 0;
  let sum = 0;
  for (const l of lines) {
    sum += l.amountYuan;
    if (l.kind === "basic") basicYuan += l.amountYuan;
    else if (l.kind === "surcharge") surchargeYuan += l.amountYuan;
    else if (l.kind !== "pfAdjustment") energyYuan += l.amountYuan;
  }
  const totalYuan = roundYuan(sum);
  const totalKwh = cleanDecimal(energy.totalKwh);
  return ok(
    {
      id: bill.id ?? null,
      lines,
      subtotals: {
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
            amountYuan: roundYuan(basicYuan),
          }
        : null,
      powerFactor: pf,
      settings,
    },
    ctx.warnings,
  );
}

interface Period {
  readonly start: number;
  readonly days: number;
}

function readPeriod(bill: ParsedBill, ctx: Ctx): Period | null {
  if (!bill.period) return null;
  const start = date(bill.period.start, ["period", "start"], ctx);
  const end = date(bill.period.end, ["period", "end"], ctx);
  if (start === undefined || end === undefined) return null;
  const days = end - start + 1;
  if (days < 1 || days > 31) {
    ctx.issues.push(issue("billing_period_order", ["period"]));
    return null;
  }
  return { start, days };
}

function date(text: string, path: (string | number)[], ctx: Ctx): number | undefined {
  const d = dayNumber(text);
  if (d === undefined) ctx.issues.push(issue("billing_date_invalid", path, { received: text }));
  return d;
}

function ratio(value: number | string | undefined, path: (string | number)[], ctx: Ctx): number {
  if (value === undefined) return 1;
  const r = parseRatio(value, path);
  if (!r.success) {
    ctx.issues.push(...r.issues);
    return 1;
  }
  return r.data;
}

// Energy -------------------------------------------------------------------------------------------------------

interface PricedPeriod {
  period: "sharp" | "peak" | "flat" | "valley" | "deepValley" | "single";
  kwh: number | undefined;
  priceYuanPerKwh: number | undefined;
  factor: number | undefined;
  components: readonly { name: string; priceYuanPerKwh: number }[] | undefined;
}

interface EnergyTotals {
  /** Every kWh: periods, sub-loads, losses. */
  totalKwh: number;
  /** Periods and sub-loads, without losses: the month's consumption. */
  consumptionKwh: number;
  /** Metered kWh of the PF-adjusted blocks (the default active energy of the power factor). */
  pfActiveKwh: number;
}

function energyLines(bill: ParsedBill, ctx: Ctx): EnergyTotals {
  const totals: EnergyTotals = { totalKwh: 0, consumptionKwh: 0, pfActiveKwh: 0 };
  const blocks = bill.energy ?? [];
  const { pfBase, lightingMeter } = ctx.settings;
  blocks.forEach((b, bi) => {
    const path = ["energy", bi];
    const blockId = b.id ?? (blocks.length === 1 ? null : String(bi + 1));
    const prefix = blockId === null ? "" : `${blockId}:`;
    const m = b.multiplier === undefined ? 1 : ratio(b.multiplier, [...path, "multiplier"], ctx);
    const adjusted = b.pfAdjusted ?? true;
    const flat = b.flatPriceYuanPerKwh;
    const kwhOf = (kwh: number | undefined, units: number | undefined) =>
      kwh ?? (units === undefined ? undefined : cleanDecimal(units * m));
    const total = kwhOf(b.totalKwh, b.totalUnits);
    // Explicit copies: object spread is a measurable cost at hundreds of thousands of bills per second.
    const periods: PricedPeriod[] = (b.periods ?? []).map((p) => ({
      period: p.period,
      kwh: kwhOf(p.kwh, p.units),
      priceYuanPerKwh: p.priceYuanPerKwh,
      factor: p.factor,
      components: p.components,
    }));
    const missing = periods.filter((p) => p.kwh === undefined);
    if (missing.length > 1) ctx.issues.push(issue("billing_flat_ambiguous", [...path, "periods"]));
    const fixedLoads = b.fixedLoads ?? [];
    const seriesFixedKwh = lightingMeter === "series" ? fixedLoads.reduce((s, f) => s + f.kwh, 0) : 0;
    let known = 0;
    for (const p of periods) known += p.kwh ?? 0;
    const hasFlat = periods.some((p) => p.period === "flat" || p.period === "single");
    if (missing.length === 1) {
      if (total === undefined) ctx.issues.push(issue("billing_energy_required", [...path, "totalKwh"]));
      else missing[0]!.kwh = cleanDecimal(total - known - seriesFixedKwh);
    } else if (missing.length === 0 && total !== undefined && !hasFlat) {
      const rest = cleanDecimal(total - known - seriesFixedKwh);
      if (rest !== 0 || periods.length === 0)
        periods.push({
          period: periods.length === 0 ? "single" : "flat",
          kwh: rest,
          priceYuanPerKwh: undefined,
          factor: undefined,
          components: undefined,
        });
    }
    let metered = 0;
    periods.forEach((p, pi) => {
      const kwh = p.kwh ?? 0;
      if (kwh < 0) {
        ctx.issues.push(issue("billing_flat_negative", [...path, "periods", pi], { received: kwh }));
        return;
      }
      metered += kwh;
      const id = `energy:${prefix}${p.period}`;
      const inBase = adjusted && pfBase.includes("energy");
      if (p.components) {
        for (const c of p.components) {
          ctx.lines.push({
            id: `${id}:${c.name}`,
            kind: "energy",
            label: {
              "zh-CN": `${PERIOD_LABEL[p.period]!["zh-CN"]}（${c.name}）`,
              en: `${PERIOD_LABEL[p.period]!.en} (${c.name})`,
            },
            quantity: kwh,
            unit: "kWh",
            price: c.priceYuanPerKwh,
            days: null,
            daysBasis: null,
            amountYuan: ctx.money(kwh * c.priceYuanPerKwh),
            rule: ruleText("energy_component"),
            pfAdjusted: inBase,
            block: blockId,
          });
        }
        return;
      }
      let price: number | undefined;
      let rule: RuleText;
      if (p.priceYuanPerKwh !== undefined) {
        price = p.priceYuanPerKwh;
        rule = ruleText(p.period === "single" ? "energy_single" : "energy_tou");
      } else if (p.factor !== undefined && flat !== undefined) {
        const fixed = b.nonFloatingYuanPerKwh ?? 0;
        price = cleanDecimal((flat - fixed) * p.factor + fixed);
        rule = ruleText("energy_tou_factor");
      } else if ((p.period === "flat" || p.period === "single") && flat !== undefined) {
        price = flat;
        rule = ruleText(p.period === "single" ? "energy_single" : "energy_tou");
      } else {
        ctx.issues.push(issue("billing_energy_price_required", [...path, "periods", pi]));
        return;
      }
      ctx.lines.push({
        id,
        kind: "energy",
        label: PERIOD_LABEL[p.period]!,
        quantity: kwh,
        unit: "kWh",
        price,
        days: null,
        daysBasis: null,
        amountYuan: ctx.money(kwh * price),
        rule,
        pfAdjusted: inBase,
        block: blockId,
      });
    });
    for (const f of fixedLoads) {
      ctx.lines.push({
        id: `fixedLoad:${prefix}${f.name}`,
        kind: "fixedLoad",
        label: { "zh-CN": f.name, en: f.name },
        quantity: f.kwh,
        unit: "kWh",
        price: f.priceYuanPerKwh,
        days: null,
        daysBasis: null,
        amountYuan: ctx.money(f.kwh * f.priceYuanPerKwh),
        rule: ruleText("fixed_load"),
        pfAdjusted: adjusted && pfBase.includes("fixedLoad") && lightingMeter === "series",
        block: blockId,
      });
    }
    (b.losses ?? []).forEach((l, li) => {
      const kwh = kwhOf(l.kwh, l.units);
      const price = l.priceYuanPerKwh ?? flat;
      if (kwh === undefined) {
        ctx.issues.push(issue("billing_energy_required", [...path, "losses", li, "kwh"]));
        return;
      }
      if (price === undefined) {
        ctx.issues.push(issue("billing_energy_price_required", [...path, "losses", li, "priceYuanPerKwh"]));
        return;
      }
      ctx.lines.push({
        id: `loss:${prefix}${l.name ?? li + 1}`,
        kind: "loss",
        label: l.name ? { "zh-CN": l.name, en: l.name } : LOSS_LABEL,
        quantity: kwh,
        unit: "kWh",
        price,
        days: null,
        daysBasis: null,
        amountYuan: ctx.money(kwh * price),
        rule: ruleText("loss"),
        pfAdjusted: adjusted && pfBase.includes("loss"),
        block: blockId,
      });
      totals.totalKwh += kwh;
    });
    const fixedKwh = fixedLoads.reduce((sum, f) => sum + f.kwh, 0);
    totals.consumptionKwh += metered + fixedKwh;
    totals.totalKwh += metered + fixedKwh;
    // A series (套表) sub-load passes through the main meter, so it counts toward the power factor (§4.2).
    if (adjusted) totals.pfActiveKwh += metered + seriesFixedKwh;
  });
  return totals;
}

// Basic fee ----------------------------------------------------------------------------------------------------

interface Interval {
  from: number;
  to: number;
}

function basicSection(
  bill: ParsedBill,
  period: Period | null,
  consumptionKwh: number,
  ctx: Ctx,
  out: BillLine[],
): Omit<BillBasic, "amountYuan"> | null {
  const b = bill.basic!;
  const { settings } = ctx;
  const inBase = settings.pfBase.includes("basic");
  const path = ["basic"];
  const price = b.basis === "capacity" ? b.priceYuanPerKvaMonth : b.priceYuanPerKwMonth;
  if (price === undefined) {
    ctx.issues.push(
      issue(
        "billing_price_required",
        [...path, b.basis === "capacity" ? "priceYuanPerKvaMonth" : "priceYuanPerKwMonth"],
        {
          basis: b.basis,
        },
      ),
    );
  }
  const units: NormalizedUnit[] = b.transformers
    ? normalizeUnits(b.transformers, b.hvMotors ?? [])
    : b.capacityKva !== undefined
      ? normalizeUnits([{ capacityKva: b.capacityKva, status: "running" }], b.hvMotors ?? [])
      : normalizeUnits([], b.hvMotors ?? []);
  const routes = b.routes ?? [];
  if (b.basis === "capacity" && units.length === 0)
    ctx.issues.push(issue("billing_capacity_required", [...path, "transformers"]));
  if (b.billedDays !== undefined && period && units.some((u) => u.inServiceFrom || u.inServiceUntil)) {
    ctx.issues.push(issue("billing_days_or_dates", [...path, "billedDays"]));
  }
  if (settings.daysBasis === "calendar" && !period) ctx.issues.push(issue("billing_period_required", ["period"]));
  if (ctx.issues.length > 0) return null;

  // Timeline of the charged days: the period, or billedDays (defaults to a whole month of daysBasis days).
  const fullMonth = period !== null || b.billedDays === undefined;
  const basisDays = settings.daysBasis === "calendar" && period ? period.days : 30;
  let timeline = period ? period.days : Math.min(Math.ceil(b.billedDays ?? basisDays), basisDays);
  if (b.billedDays !== undefined && b.billedDays !== Math.ceil(b.billedDays)) {
    ctx.warnings.push(issue("billing_part_day_counted", [...path, "billedDays"], { received: b.billedDays }));
  }
  if (timeline < 0) timeline = 0;
  const { dayCount } = settings;
  const dayIndex = (text: string, p: (string | number)[]) => {
    if (!period) {
      ctx.issues.push(issue("billing_period_required", p));
      return 0;
    }
    const d = date(text, p, ctx);
    return d === undefined ? 0 : d - period.start;
  };
  // Each unit's days in service as [from, to) on the timeline.
  const service: Interval[] = units.map((u, i) => {
    let from = 0;
    let to = timeline;
    const p = [...path, "transformers", i];
    if (u.inServiceFrom)
      from = dayIndex(u.inServiceFrom, [...p, "inServiceFrom"]) + (dayCount.changeDayAt === "new" ? 0 : 1);
    if (u.inServiceUntil)
      to = dayIndex(u.inServiceUntil, [...p, "inServiceUntil"]) + (dayCount.changeDayAt === "new" ? 0 : 1);
    return { from: Math.max(0, from), to: Math.min(timeline, to) };
  });
  const suspended: (Interval & { half: boolean })[][] = units.map(() => []);
  const suspensions: SuspensionReport[] = [];
  const legacy = settings.legacyNewUserHalfCharge && settings.ruleVersion === "1996";
  if (settings.legacyNewUserHalfCharge && !legacy)
    ctx.warnings.push(issue("billing_legacy_ignored", ["options", "legacyNewUserHalfCharge"]));
  (b.suspensions ?? []).forEach((s, si) => {
    const p = [...path, "suspensions", si];
    const ui =
      typeof s.unit === "number" && s.unit < units.length && !units.some((u) => u.id === s.unit)
        ? s.unit
        : units.findIndex((u) => u.id === s.unit);
    if (ui < 0) {
      ctx.issues.push(issue("billing_unit_unknown", [...p, "unit"], { received: String(s.unit) }));
      return;
    }
    let iv: Interval;
    let totalDays: number;
    if (s.sealDate !== undefined) {
      const seal = dayIndex(s.sealDate, [...p, "sealDate"]) + (dayCount.sealDayFree ? 0 : 1);
      const resume =
        s.resumeDate === undefined
          ? undefined
          : dayIndex(s.resumeDate, [...p, "resumeDate"]) + (dayCount.resumeDayCharged ? 0 : 1);
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
      ctx.warnings.push(issue("billing_suspension_short", p, { days: totalDays, min: settings.minSuspensionDays }));
    }
    if (s.monthsThisYear !== undefined && s.monthsThisYear > settings.maxSuspensionMonthsPerYear) {
      ctx.warnings.push(
        issue("billing_suspension_over_cap", [...p, "monthsThisYear"], {
          months: s.monthsThisYear,
          max: settings.maxSuspensionMonthsPerYear,
        }),
      );
    }
    const half = legacy && (s.newUserWithin2Years ?? false);
    if (effective && days > 0) suspended[ui]!.push({ ...iv, half });
    suspensions.push({ unit: s.unit, days, totalDays, effective, halfCharged: half && effective });
  });
  if (ctx.issues.length > 0) return null;

  const capacity = units.length > 0 ? explainCapacity(units, routes) : null;

  if (b.basis !== "capacity") {
    return demandBasis(
      b,
      units,
      routes,
      suspended,
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

  const segments: { days: number; kva: number; halfKva: number }[] = [];
  const dated = suspended.some((x) => x.length > 0) || service.some((x) => x.from > 0 || x.to < timeline);
  if (!dated) segments.push({ days: timeline, kva: capacity?.capacityKva ?? 0, halfKva: 0 });
  else segmentsOf(units, routes, service, suspended, timeline, segments);
  const chargeable = segments.length > 0 ? Math.min(...segments.map((s) => s.kva)) : 0;
  const largest = segments.length > 0 ? Math.max(...segments.map((s) => s.kva)) : 0;
  const report = {
    basis: b.basis,
    capacityKva: capacity?.capacityKva ?? null,
    floorBaseKva: capacity?.floorBaseKva ?? null,
    capacity,
    suspensions,
    demand: null,
  };
  if (largest <= settings.singlePartMaxKva && units.some((u) => u.capacityKva > 0)) {
    ctx.warnings.push(issue("billing_single_part", path, { capacityKva: largest, maxKva: settings.singlePartMaxKva }));
    out.push(
      basicLine("basic", largest, "kVA", price!, 0, basisDays, 0, ruleText("basic_single_part"), BASIC_LABEL, inBase),
    );
    return report;
  }
  if (b.capacityChargeExempt) {
    ctx.warnings.push(issue("billing_capacity_charge_exempt", [...path, "capacityChargeExempt"]));
    out.push(basicLine("basic", 0, "kVA", price!, 0, basisDays, 0, ruleText("basic_exempt"), BASIC_LABEL, inBase));
    return report;
  }
  const anySuspension = suspended.some((x) => x.length > 0);
  const layers = new Map<number, number>();
  let baseKva = 0;
  if (fullMonth) baseKva = chargeable;
  for (const s of segments) {
    const delta = cleanDecimal(s.kva - baseKva);
    if (delta > 0) layers.set(delta, (layers.get(delta) ?? 0) + s.days);
  }
  const p = price!;
  let n = 0;
  const id = () => (n++ === 0 ? "basic" : `basic:${n}`);
  if (baseKva > 0) {
    out.push(
      basicLine(
        id(),
        baseKva,
        "kVA",
        p,
        basisDays,
        basisDays,
        ctx.money(baseKva * p),
        ruleText("basic_capacity"),
        BASIC_LABEL,
        inBase,
      ),
    );
  }
  for (const [kva, d] of layers) {
    const dd = Math.min(d, basisDays);
    out.push(
      basicLine(
        id(),
        kva,
        "kVA",
        p,
        dd,
        basisDays,
        ctx.money((kva * p * dd) / basisDays),
        ruleText(anySuspension ? "basic_suspended" : fullMonth ? "basic_changed" : "basic_capacity"),
        BASIC_LABEL,
        inBase,
      ),
    );
  }
  const halfDays = new Map<number, number>();
  for (const s of segments) if (s.halfKva > 0) halfDays.set(s.halfKva, (halfDays.get(s.halfKva) ?? 0) + s.days);
  for (const [kva, d] of halfDays) {
    const half = cleanDecimal(p / 2);
    out.push(
      basicLine(
        id(),
        kva,
        "kVA",
        half,
        d,
        basisDays,
        ctx.money((kva * half * d) / basisDays),
        ruleText("basic_legacy_half"),
        BASIC_HALF_LABEL,
        inBase,
      ),
    );
  }
  if (out.length === 0) {
    out.push(basicLine("basic", 0, "kVA", p, 0, basisDays, 0, ruleText("basic_capacity"), BASIC_LABEL, inBase));
  }
  return report;
}

/** Fills `segments` with the stretches of constant chargeable capacity over the timeline. */
function segmentsOf(
  units: readonly NormalizedUnit[],
  routes: NonNullable<NonNullable<ParsedBill["basic"]>["routes"]>,
  service: readonly Interval[],
  suspended: readonly (Interval & { half: boolean })[][],
  timeline: number,
  segments: { days: number; kva: number; halfKva: number }[],
): void {
  const cuts = new Set<number>([0, timeline]);
  service.forEach((s, i) => {
    cuts.add(s.from);
    cuts.add(s.to);
    for (const x of suspended[i]!) {
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
      suspended[i]!.some((x) => x.from <= from && x.to >= to && (half === undefined || x.half === half));
    const kva = capacityKvaOf(units, routes, (i) => inService(i) && !isSuspended(i));
    const withHalf = capacityKvaOf(units, routes, (i) => inService(i) && !isSuspended(i, false));
    segments.push({ days: to - from, kva, halfKva: withHalf - kva });
  }
}

function demandBasis(
  b: NonNullable<ParsedBill["basic"]>,
  units: readonly NormalizedUnit[],
  routes: NonNullable<NonNullable<ParsedBill["basic"]>["routes"]>,
  suspended: readonly Interval[][],
  timeline: number,
  capacity: ChargeableCapacityResult | null,
  consumptionKwh: number,
  fullMonth: boolean,
  period: Period | null,
  price: number,
  suspensions: SuspensionReport[],
  ctx: Ctx,
  out: BillLine[],
): Omit<BillBasic, "amountYuan"> | null {
  const path = ["basic"];
  const inBase = ctx.settings.pfBase.includes("basic");
  let actual = b.maxDemandKw;
  if (actual === undefined && b.demandMeters && b.demandMeters.length > 0) {
    const perRoute = new Map<string | number | undefined, number>();
    b.demandMeters.forEach((m, mi) => {
      const ct = ratio(m.ctRatio, [...path, "demandMeters", mi, "ctRatio"], ctx);
      const pt = ratio(m.ptRatio, [...path, "demandMeters", mi, "ptRatio"], ctx);
      perRoute.set(m.route, (perRoute.get(m.route) ?? 0) + cleanDecimal(m.reading * ct * pt));
    });
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
  if (actual === undefined) ctx.issues.push(issue("billing_demand_required", [...path, "maxDemandKw"]));
  if (b.basis === "demand" && b.contractDemandKw === undefined) {
    ctx.issues.push(issue("billing_contract_demand_required", [...path, "contractDemandKw"]));
  }
  if (ctx.issues.length > 0) return null;
  // Suspensions under demand billing count in whole months: only a unit suspended all period leaves the floor base.
  let floorBase = b.capacityKva;
  if (b.transformers && units.length > 0) {
    const whole = (i: number) => suspended[i]!.some((x) => x.from <= 0 && x.to >= timeline);
    if (suspended.some((x, i) => x.length > 0 && !whole(i))) {
      ctx.warnings.push(issue("billing_suspension_demand_partial", [...path, "suspensions"]));
    }
    floorBase = explainCapacity(units, routes, (i) => !whole(i)).floorBaseKva;
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
    ctx.issues.push(...r.issues.map((i) => ({ ...i, path: [...path, ...i.path] })));
    return null;
  }
  ctx.warnings.push(...r.warnings.map((w) => ({ ...w, path: [...path, ...w.path] })));
  const d = r.data;
  out.push(
    basicLine(
      "basic",
      d.billingQuantity,
      "kW",
      d.priceYuan,
      d.days,
      d.daysBasis,
      ctx.money((d.monthlyFeeYuan * d.days) / d.daysBasis),
      d.rule,
      BASIC_LABEL,
      inBase,
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

function basicLine(
  id: string,
  quantity: number,
  unit: "kVA" | "kW",
  price: number,
  days: number,
  daysBasis: number,
  amountYuan: number,
  rule: RuleText,
  label: Readonly<Record<Locale, string>>,
  pfAdjusted: boolean,
): BillLine {
  return {
    id,
    kind: "basic",
    label,
    quantity,
    unit,
    price,
    days,
    daysBasis,
    amountYuan,
    rule,
    pfAdjusted,
    block: null,
  };
}

// Power factor -------------------------------------------------------------------------------------------------

function pfSection(
  section: NonNullable<ParsedBill["powerFactor"]>,
  defaultActiveKwh: number,
  lines: readonly BillLine[],
  surchargeLines: readonly BillLine[],
  ctx: Ctx,
): BillPowerFactor | null {
  const path = ["powerFactor"];
  const std100 = standardHundredths(section.standard);
  if (std100 === undefined) {
    ctx.issues.push(
      issue("billing_pf_standard_invalid", [...path, "standard"], { received: String(section.standard) }),
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
        issue("billing_pf_rounded", [...path, "powerFactor"], { received: section.powerFactor, rounded: pf100 / 100 }),
      );
    }
  } else {
    if (section.reactiveKvarh === undefined) {
      ctx.issues.push(issue("billing_pf_reactive_required", [...path, "reactiveKvarh"]));
      return null;
    }
    const r = computePowerFactor(
      section.activeKwh ?? defaultActiveKwh,
      section.reactiveKvarh,
      section.reverseKvarh ?? 0,
      {
        pfRounding: ctx.settings.pfRounding,
      },
    );
    if (!r.success) {
      ctx.issues.push(...r.issues.map((i) => ({ ...i, path: [...path, ...i.path] })));
      return null;
    }
    pf100 = Math.round(r.data.powerFactor * 100);
    cosPhi = r.data.cosPhi;
    activeKwh = r.data.activeKwh;
    reactiveKvarh = r.data.reactiveKvarh;
  }
  const bp = pfAdjustmentBasisPoints(pf100, std100);
  let base = 0;
  for (const l of lines) if (l.pfAdjusted) base += l.amountYuan;
  for (const l of surchargeLines) if (l.pfAdjusted) base += l.amountYuan;
  const baseYuan = ctx.settings.moneyRounding === "perLine" ? roundYuan(base) : base;
  return {
    powerFactor: pf100 / 100,
    cosPhi,
    standard: section.standard as PfStandard,
    rate: bp / 10000,
    percent: bp / 100,
    activeKwh,
    reactiveKvarh,
    baseYuan,
    amountYuan: ctx.money((bp * baseYuan) / 10000),
  };
}
