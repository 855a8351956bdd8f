import { fail, ok, type Issue, type Result, type Warning } from "../result.ts";
import { issue } from "./issue.ts";
import {
  FLOOR_PERCENT,
  OVERRUN_PERCENT,
  resolveBillingOptions,
  type BillingOptions,
  type BillingSettings,
} from "./billing-options.ts";
import { roundDemandKw } from "./demand-kw.ts";
import { yuanOfProduct } from "./money.ts";
import { cleanDecimal } from "./parse-ratio.ts";
import { ruleText, type RuleText } from "./rule-text.ts";

/** What the basic fee is charged on: capacity (按容量), contract demand (按合同需量) or actual demand (按实际需量). */
export type BasicFeeBasis = "capacity" | "demand" | "actual";

/** The month's facts the basic fee needs, in the shape of Excel's `BASIC_FEE`. */
export interface BasicFeeInput {
  readonly basis: BasicFeeBasis;
  /** Chargeable kVA (capacity basis) or the actual maximum demand in kW (demand and actual bases). */
  readonly quantity: number;
  /** Price in yuan per kVA·month (capacity) or per kW·month (demand, actual). */
  readonly price: number;
  /** Contract (核定) demand in kW; required for the demand basis. */
  readonly contractKw?: number | undefined;
  /** Transformer kVA + HV-motor kW without suspended capacity: base of the 40 % floor and of the 260 kWh/kVA test. */
  readonly capacityKva?: number | undefined;
  /** Days charged this month (0–31; a part day counts as a day); defaults to the whole month. */
  readonly billedDays?: number | undefined;
  /** Calendar days of the billing period; needed with `daysBasis: "calendar"`. */
  readonly periodDays?: number | undefined;
  /** The month's kWh over all metering points, for the 526号 90 % price of the actual basis. */
  readonly monthlyKwh?: number | undefined;
  /** Exempt from the capacity/demand charge (EV charging facilities, …). */
  readonly capacityChargeExempt?: boolean | undefined;
}

/** A basic fee and how it was reached. */
export interface BasicFeeResult {
  /** The basic fee (基本电费 / 容（需）量电费) in yuan, rounded half-up to 0.01 unless moneyRounding is `final`. */
  readonly amountYuan: number;
  readonly basis: BasicFeeBasis;
  readonly unit: "kVA" | "kW";
  /** kVA or kW charged: after the 40 % floor, with the part above 105 % counted twice. */
  readonly billingQuantity: number;
  /** Price actually applied per kVA·month or kW·month (90 % of the price under the 260 kWh/kVA rule). */
  readonly priceYuan: number;
  readonly days: number;
  readonly daysBasis: number;
  /** The unprorated monthly fee, yuan, unrounded. */
  readonly monthlyFeeYuan: number;
  /** Actual demand after `demandRounding` (demand and actual bases), else null. */
  readonly actualKw: number | null;
  readonly contractKw: number | null;
  /** 40 % of `capacityKva`, when known. */
  readonly floorKw: number | null;
  /** Contract demand after the 40 % floor. */
  readonly effectiveContractKw: number | null;
  /** 105 % of the effective contract demand (the contract itself under V3legacy). */
  readonly limitKw: number | null;
  /** Demand above `limitKw`, charged twice; 0 when none. */
  readonly excessKw: number;
  readonly over105Formula: "V1" | "V2" | "V3legacy" | null;
  /** monthly kWh ÷ capacity kVA when both are known. */
  readonly kwhPerKva: number | null;
  readonly discounted: boolean;
  readonly rule: RuleText;
}

const BASES: ReadonlySet<string> = new Set(["capacity", "demand", "actual"]);
/** Whether `key` is a field of {@link BasicFeeInput} (a switch: several times quicker than a Set lookup per key). */
function knownKey(key: string): boolean {
  switch (key) {
    case "basis":
    case "quantity":
    case "price":
    case "contractKw":
    case "capacityKva":
    case "billedDays":
    case "periodDays":
    case "monthlyKwh":
    case "capacityChargeExempt":
      return true;
    default:
      return false;
  }
}
const NO_WARNINGS: readonly Warning[] = Object.freeze([]);
const MAX_DAYS = 31;

function number(x: unknown, field: string, issues: Issue[], required: boolean, max = Infinity): x is number {
  if (x === undefined || x === null) {
    if (required) issues.push(issue("invalid_type", [field], { expected: "number", received: String(x) }));
    return false;
  }
  if (typeof x !== "number") {
    issues.push(issue("invalid_type", [field], { expected: "number", received: typeof x }));
  } else if (!Number.isFinite(x)) issues.push(issue("not_finite", [field], { received: String(x) }));
  else if (x < 0) issues.push(issue("too_small", [field], { minimum: 0, inclusive: true }));
  else if (x > max) issues.push(issue("too_big", [field], { maximum: max, inclusive: true }));
  else return true;
  return false;
}

/**
 * Returns a calculator of basic fees for fixed options, which are validated once: the fast path for many bills
 * (the calculator checks each input by hand, without schema parsing).
 */
export function createBasicFeeCalculator(
  options: BillingOptions | BillingSettings = {},
): Result<(input: BasicFeeInput) => Result<BasicFeeResult>> {
  const o = resolveBillingOptions(options);
  if (!o.success) return o;
  const settings = o.data;
  return ok((input: BasicFeeInput) => basicFeeWith(input, settings));
}

/**
 * Returns the month's basic fee (基本电费; since 2023 容（需）量电费) in yuan (domain/billing.md §3):
 * - `capacity`: quantity kVA × price;
 * - `demand`: the contract demand, floored at 40 % of `capacityKva`, when actual ≤ 105 % of it; above, the excess is
 *   charged twice by `over105Formula` (V1: price × [A + (A − 1.05C)], the default; V2: [C + 2(A − 1.05C)];
 *   V3legacy: [C + 2(A − C)]);
 * - `actual`: actual kW × price, at 90 % of the price when `monthlyKwh ÷ capacityKva ≥ 260` (526号), with the
 *   40 % floor only if `floor40AppliesTo` says so.
 * The demand is rounded by `demandRounding` first; the fee is prorated by `billedDays` ÷ 30 (or ÷ `periodDays` with
 * `daysBasis: "calendar"`). Validates the input by hand and reuses options already resolved, so it is cheap enough
 * for millions of calls; see {@link createBasicFeeCalculator}.
 */
export function basicFee(input: BasicFeeInput, options?: BillingOptions | BillingSettings): Result<BasicFeeResult> {
  const o = resolveBillingOptions(options);
  if (!o.success) return o;
  return basicFeeWith(input, o.data);
}

/** Returns the basic fee with resolved settings. */
export function basicFeeWith(input: BasicFeeInput, settings: BillingSettings): Result<BasicFeeResult> {
  if (typeof input !== "object" || input === null) {
    return fail([issue("invalid_type", ["input"], { expected: "object", received: String(input) })]);
  }
  const issues: Issue[] = [];
  for (const key in input) {
    if (!knownKey(key)) issues.push(issue("unrecognized_keys", [], { keys: key }));
  }
  const { basis, quantity, price, contractKw, capacityKva, billedDays, periodDays, monthlyKwh } = input;
  if (!BASES.has(basis)) issues.push(issue("invalid_value", ["basis"], { options: "capacity, demand, actual" }));
  number(quantity, "quantity", issues, true);
  number(price, "price", issues, true);
  const hasContract = number(contractKw, "contractKw", issues, false);
  if (basis === "demand" && (contractKw === undefined || contractKw === null)) {
    issues.push(issue("billing_contract_demand_required", ["contractKw"]));
  }
  const hasCapacity = number(capacityKva, "capacityKva", issues, false);
  const hasDays = number(billedDays, "billedDays", issues, false, MAX_DAYS);
  const calendar = settings.daysBasis === "calendar";
  const hasPeriod = number(periodDays, "periodDays", issues, calendar, MAX_DAYS);
  const hasKwh = number(monthlyKwh, "monthlyKwh", issues, false);
  const exempt = input.capacityChargeExempt;
  if (exempt !== undefined && typeof exempt !== "boolean") {
    issues.push(issue("invalid_type", ["capacityChargeExempt"], { expected: "boolean", received: typeof exempt }));
  }
  if (issues.length > 0) return fail(issues);

  let warnings: Warning[] | undefined;
  const daysBasis = calendar && hasPeriod ? periodDays : 30;
  let days = hasDays ? billedDays : daysBasis;
  if (days !== Math.ceil(days)) {
    (warnings ??= []).push(issue("billing_part_day_counted", ["billedDays"], { received: days }));
    days = Math.ceil(days);
  }
  if (days > daysBasis) days = daysBasis;

  let billingQuantity = quantity;
  let priceYuan = price;
  let actualKw: number | null = null;
  let floorKw: number | null = null;
  let effectiveContractKw: number | null = null;
  let limitKw: number | null = null;
  let excessKw = 0;
  let kwhPerKva: number | null = null;
  let discounted = false;
  let over105Formula: BasicFeeResult["over105Formula"] = null;
  let rule: RuleText;

  if (exempt) {
    billingQuantity = 0;
    rule = ruleText("basic_exempt");
    (warnings ??= []).push(issue("billing_capacity_charge_exempt", ["capacityChargeExempt"]));
  } else if (basis === "capacity") {
    rule = ruleText("basic_capacity");
  } else {
    let a = roundDemandKw(quantity, settings.demandRounding);
    actualKw = a;
    // ×40/100 rather than ×0.4: the division rounds once, so 315 kVA gives 126 kW exactly.
    if (hasCapacity) floorKw = (capacityKva * FLOOR_PERCENT) / 100;
    if (floorKw !== null && settings.floor40AppliesTo === "metered" && a < floorKw) a = floorKw;
    if (basis === "demand") {
      const c = contractKw as number;
      over105Formula = settings.over105Formula;
      effectiveContractKw = floorKw !== null && floorKw > c ? floorKw : c;
      if (!hasCapacity) (warnings ??= []).push(issue("billing_floor_unchecked", ["capacityKva"]));
      const ce = effectiveContractKw;
      limitKw = over105Formula === "V3legacy" ? ce : (ce * OVERRUN_PERCENT) / 100;
      if (a <= limitKw) {
        billingQuantity = ce;
        rule = ruleText(ce > c ? "basic_contract_floor" : "basic_contract");
      } else {
        excessKw = cleanDecimal(a - limitKw);
        billingQuantity = cleanDecimal(
          over105Formula === "V1" ? a + excessKw : over105Formula === "V2" ? ce + 2 * excessKw : ce + 2 * excessKw,
        );
        rule = ruleText(
          over105Formula === "V1"
            ? "basic_over105_v1"
            : over105Formula === "V2"
              ? "basic_over105_v2"
              : "basic_over105_v3",
        );
      }
    } else {
      billingQuantity = a;
      rule = ruleText("basic_actual");
      if (floorKw !== null && settings.floor40AppliesTo === "contract+actual" && a < floorKw) {
        billingQuantity = floorKw;
        rule = ruleText("basic_actual_floor");
      }
      if (hasKwh && hasCapacity && capacityKva > 0) kwhPerKva = monthlyKwh / capacityKva;
      if (settings.highLoadFactorDiscount) {
        if (kwhPerKva === null) {
          (warnings ??= []).push(issue("billing_high_load_unchecked", [hasKwh ? "capacityKva" : "monthlyKwh"]));
        } else if (kwhPerKva >= settings.highLoadFactorKwhPerKva) {
          discounted = true;
          priceYuan = cleanDecimal(price * settings.highLoadFactorPriceFactor);
          rule = ruleText("basic_actual_discount");
        }
      }
    }
  }
  const monthlyFeeYuan = billingQuantity * priceYuan;
  const raw = (monthlyFeeYuan * days) / daysBasis;
  // Finite quantity and price can still overflow (1e308 kVA × 20 yuan): an error, never ∞ yuan.
  if (!Number.isFinite(raw)) {
    return fail([issue("not_finite", ["quantity"], { received: `quantity × price = ${raw}` })]);
  }
  return ok(
    {
      // Rounded on the exact decimals (monthlyFeeYuan × days ÷ daysBasis is the same figure in floating point).
      amountYuan:
        settings.moneyRounding === "perLine" ? yuanOfProduct(billingQuantity, priceYuan, days, daysBasis) : raw,
      basis,
      unit: basis === "capacity" ? "kVA" : "kW",
      billingQuantity,
      priceYuan,
      days,
      daysBasis,
      monthlyFeeYuan,
      actualKw,
      contractKw: hasContract ? contractKw : null,
      floorKw,
      effectiveContractKw,
      limitKw,
      excessKw,
      over105Formula,
      kwhPerKva,
      discounted,
      rule,
    },
    warnings ?? NO_WARNINGS,
  );
}
