import * as z from "zod/mini";
import { parseWith, type Result, ok } from "../result.ts";

/** Which rule set applies: the 1996 供电营业规则 as first issued, the 2016 1583号 changes, or the 2024 rules. */
export const RuleVersion = z.enum(["1996", "2016", "2024"]);
/** How the part of actual demand above 105 % of the contract demand is charged (domain/billing.md §3.2). */
export const Over105Formula = z.enum(["V1", "V2", "V3legacy"]);
/** Where the 40 % floor applies: the contract demand only, also to actual-demand billing, or to the metered demand. */
export const Floor40AppliesTo = z.enum(["contract", "contract+actual", "metered"]);
/** Rounding of the demand figure in kW before billing: none, half-up to an integer, or up to the next integer. */
export const DemandRounding = z.enum(["none", "integer", "ceil"]);
/** A part of the bill the power-factor adjustment may be applied to. */
export const PfBaseComponent = z.enum(["basic", "energy", "loss", "fixedLoad", "surcharge"]);
/** How the month's power factor is rounded to two decimals: half-up (the 1983 rules) or down. */
export const PfRounding = z.enum(["halfUp", "down"]);
/** Round money per line to 0.01 yuan (the worked examples) or only the total. */
export const MoneyRounding = z.enum(["perLine", "final"]);

const DayCount = z.strictObject({
  /** The sealing day is a suspended (free) day; defaults to true (加封当日不收). */
  sealDayFree: z.optional(z.boolean()),
  /** The resume (unsealing) day is a charged day; defaults to true (启用当日计收). */
  resumeDayCharged: z.optional(z.boolean()),
  /** A change day (new connection, addition, swap, termination) is charged at the new or the old capacity; defaults to `new`. */
  changeDayAt: z.optional(z.enum(["new", "old"])),
});

/**
 * Options of the billing functions (domain/billing.md §8). Every field is optional; defaults depend on
 * `ruleVersion` where the rules changed and are listed in {@link resolveBillingOptions}.
 */
export const BillingOptions = z.strictObject({
  ruleVersion: z.optional(RuleVersion),
  dayCount: z.optional(DayCount),
  daysBasis: z.optional(z.union([z.literal(30), z.literal("calendar")])),
  over105Formula: z.optional(Over105Formula),
  floor40AppliesTo: z.optional(Floor40AppliesTo),
  demandRounding: z.optional(DemandRounding),
  legacyNewUserHalfCharge: z.optional(z.boolean()),
  minSuspensionDays: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(366))),
  maxSuspensionMonthsPerYear: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(12))),
  highLoadFactorDiscount: z.optional(z.boolean()),
  highLoadFactorKwhPerKva: z.optional(z.number().check(z.positive())),
  highLoadFactorPriceFactor: z.optional(z.number().check(z.positive(), z.maximum(1))),
  singlePartMaxKva: z.optional(z.number().check(z.minimum(0))),
  pfBase: z.optional(z.array(PfBaseComponent)),
  lightingMeter: z.optional(z.enum(["series", "parallel"])),
  pfRounding: z.optional(PfRounding),
  moneyRounding: z.optional(MoneyRounding),
});

/** Options of the billing functions as written by the caller (every field optional). */
export type BillingOptions = z.input<typeof BillingOptions>;

/** Billing options with every default filled in. */
export interface BillingSettings {
  readonly ruleVersion: "1996" | "2016" | "2024";
  readonly dayCount: {
    readonly sealDayFree: boolean;
    readonly resumeDayCharged: boolean;
    readonly changeDayAt: "new" | "old";
  };
  readonly daysBasis: 30 | "calendar";
  readonly over105Formula: "V1" | "V2" | "V3legacy";
  readonly floor40AppliesTo: "contract" | "contract+actual" | "metered";
  readonly demandRounding: "none" | "integer" | "ceil";
  readonly legacyNewUserHalfCharge: boolean;
  readonly minSuspensionDays: number;
  readonly maxSuspensionMonthsPerYear: number;
  readonly highLoadFactorDiscount: boolean;
  readonly highLoadFactorKwhPerKva: number;
  readonly highLoadFactorPriceFactor: number;
  readonly singlePartMaxKva: number;
  readonly pfBase: readonly ("basic" | "energy" | "loss" | "fixedLoad" | "surcharge")[];
  readonly lightingMeter: "series" | "parallel";
  readonly pfRounding: "halfUp" | "down";
  readonly moneyRounding: "perLine" | "final";
}

// The 40 % floor of the contract demand (发改办价格〔2016〕1583号; domain/billing.md §3.2).
export const FLOOR_PERCENT = 40;
// Up to 105 % of the contract demand the contract value is billed (1583号; domain/billing.md §3.2).
export const OVERRUN_PERCENT = 105;
// Suspensions shorter than this are charged in full (供电营业规则 suspension rules; domain/billing.md §3.4).
const MIN_SUSPENSION_DAYS = 15;
// At most six months of suspension per calendar year (domain/billing.md §3.4).
const MAX_SUSPENSION_MONTHS = 6;
// 526号: the demand price is 90 % when monthly kWh ÷ contract kVA ≥ 260 (domain/billing.md §3.2).
const HIGH_LOAD_KWH_PER_KVA = 260;
const HIGH_LOAD_PRICE_FACTOR = 0.9;
// 526号: 100 kVA and below is single-part; before it, users below 315 kVA were (domain/billing.md §3.6, §8 #17).
const SINGLE_PART_MAX_KVA = { "1996": 314, "2016": 314, "2024": 100 } as const;

function defaultsFor(ruleVersion: "1996" | "2016" | "2024"): BillingSettings {
  return {
    ruleVersion,
    dayCount: { sealDayFree: true, resumeDayCharged: true, changeDayAt: "new" },
    daysBasis: 30,
    over105Formula: ruleVersion === "1996" ? "V3legacy" : "V1",
    floor40AppliesTo: "contract",
    demandRounding: "none",
    legacyNewUserHalfCharge: false,
    minSuspensionDays: MIN_SUSPENSION_DAYS,
    maxSuspensionMonthsPerYear: MAX_SUSPENSION_MONTHS,
    highLoadFactorDiscount: ruleVersion === "2024",
    highLoadFactorKwhPerKva: HIGH_LOAD_KWH_PER_KVA,
    highLoadFactorPriceFactor: HIGH_LOAD_PRICE_FACTOR,
    singlePartMaxKva: SINGLE_PART_MAX_KVA[ruleVersion],
    pfBase: ["basic", "energy", "loss"],
    lightingMeter: "series",
    pfRounding: "halfUp",
    moneyRounding: "perLine",
  };
}

const resolved = new WeakSet<object>();

function freeze(settings: BillingSettings): BillingSettings {
  Object.freeze(settings.dayCount);
  Object.freeze(settings.pfBase);
  Object.freeze(settings);
  resolved.add(settings);
  return settings;
}

/** The settings used when no options are given (ruleVersion 2024). */
export const DEFAULT_BILLING_SETTINGS: BillingSettings = freeze(defaultsFor("2024"));

const DEFAULT_RESULT: Result<BillingSettings> = ok(DEFAULT_BILLING_SETTINGS);

/**
 * Returns the billing options with every default filled in (frozen, so the fast paths can reuse it without
 * checking again). Defaults: ruleVersion `"2024"`; dayCount sealDayFree true, resumeDayCharged true, changeDayAt
 * `"new"`; daysBasis 30; over105Formula `"V1"` (`"V3legacy"` under 1996); floor40AppliesTo `"contract"`;
 * demandRounding `"none"`; legacyNewUserHalfCharge false (only honoured under 1996); minSuspensionDays 15;
 * maxSuspensionMonthsPerYear 6; highLoadFactorDiscount true under 2024 (false before), with 260 kWh/kVA and
 * factor 0.9; singlePartMaxKva 100 under 2024 (314, i.e. below 315 kVA, before); pfBase basic + energy + loss;
 * lightingMeter `"series"`; pfRounding `"halfUp"`; moneyRounding `"perLine"`.
 */
export function resolveBillingOptions(options?: BillingOptions | BillingSettings): Result<BillingSettings> {
  if (options === undefined) return DEFAULT_RESULT;
  if (resolved.has(options)) return ok(options as BillingSettings);
  const parsed = parseWith(BillingOptions, options, ["options"]);
  if (!parsed.success) return parsed.result;
  const o = parsed.data;
  const base =
    o.ruleVersion === undefined || o.ruleVersion === "2024" ? DEFAULT_BILLING_SETTINGS : defaultsFor(o.ruleVersion);
  const settings: BillingSettings = {
    ruleVersion: base.ruleVersion,
    dayCount: {
      sealDayFree: o.dayCount?.sealDayFree ?? base.dayCount.sealDayFree,
      resumeDayCharged: o.dayCount?.resumeDayCharged ?? base.dayCount.resumeDayCharged,
      changeDayAt: o.dayCount?.changeDayAt ?? base.dayCount.changeDayAt,
    },
    daysBasis: o.daysBasis ?? base.daysBasis,
    over105Formula: o.over105Formula ?? base.over105Formula,
    floor40AppliesTo: o.floor40AppliesTo ?? base.floor40AppliesTo,
    demandRounding: o.demandRounding ?? base.demandRounding,
    legacyNewUserHalfCharge: o.legacyNewUserHalfCharge ?? base.legacyNewUserHalfCharge,
    minSuspensionDays: o.minSuspensionDays ?? base.minSuspensionDays,
    maxSuspensionMonthsPerYear: o.maxSuspensionMonthsPerYear ?? base.maxSuspensionMonthsPerYear,
    highLoadFactorDiscount: o.highLoadFactorDiscount ?? base.highLoadFactorDiscount,
    highLoadFactorKwhPerKva: o.highLoadFactorKwhPerKva ?? base.highLoadFactorKwhPerKva,
    highLoadFactorPriceFactor: o.highLoadFactorPriceFactor ?? base.highLoadFactorPriceFactor,
    singlePartMaxKva: o.singlePartMaxKva ?? base.singlePartMaxKva,
    pfBase: o.pfBase ? [...new Set(o.pfBase)] : base.pfBase,
    lightingMeter: o.lightingMeter ?? base.lightingMeter,
    pfRounding: o.pfRounding ?? base.pfRounding,
    moneyRounding: o.moneyRounding ?? base.moneyRounding,
  };
  return ok(freeze(settings));
}

/** Returns the option in the form a caller writes, with `settings` merged over `options` (for trying alternatives). */
export function withSetting(settings: BillingSettings, patch: Partial<BillingSettings>): BillingSettings {
  return freeze({ ...settings, ...patch, dayCount: { ...settings.dayCount, ...patch.dayCount } });
}
