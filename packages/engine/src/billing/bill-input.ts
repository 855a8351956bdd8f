import * as z from "zod/mini";
import { CapacityUnit, HvMotor, SupplyRoute } from "./chargeable-capacity.ts";

const Key = z.union([z.string().check(z.minLength(1)), z.number().check(z.int(), z.minimum(0))]);
const Kwh = z.number().check(z.minimum(0));
const Yuan = z.number().check(z.minimum(0));
/** An ISO date `YYYY-MM-DD`. */
const IsoDate = z.string();
/** A transformer ratio or multiplier: a number, or text such as `"600/5"` or `"(10000/100)×(10/5)"`. */
const Ratio = z.union([z.number().check(z.positive()), z.string()]);

/** The billing period (计费周期), both days included: from the day after the last reading to this reading. */
export const BillPeriod = z.strictObject({ start: IsoDate, end: IsoDate });

/** A demand meter on one supply route: reading × CT ratio × PT ratio = kW. */
export const DemandMeter = z.strictObject({
  route: z.optional(Key),
  reading: z.number().check(z.minimum(0)),
  ctRatio: Ratio,
  ptRatio: z.optional(Ratio),
});

/** A suspension (暂停) of one unit: by days in this period, or by sealing and resume dates. */
export const Suspension = z.strictObject({
  /** The unit: its `id`, or its index in `transformers` (HV motors follow the transformers). */
  unit: Key,
  /** Days suspended in this period (without dates). */
  days: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(31))),
  /** Sealing day (加封), ISO date. */
  sealDate: z.optional(IsoDate),
  /** Resume (unsealing, 启封) day, ISO date; none = still suspended at the period's end. */
  resumeDate: z.optional(IsoDate),
  /** Length of the whole suspension in days, for the 15-day minimum, when it runs past this period. */
  totalDays: z.optional(z.number().check(z.int(), z.minimum(0))),
  /** Months already suspended this calendar year including this one, for the 6-month cap. */
  monthsThisYear: z.optional(z.number().check(z.minimum(0), z.maximum(12))),
  /** A new or increased user within two years (only the legacy 1996 rules charge 50 % then). */
  newUserWithin2Years: z.optional(z.boolean()),
});

/** The basic-fee section: basis, price, capacity and demand facts. */
export const BasicSection = z.strictObject({
  basis: z.enum(["capacity", "demand", "actual"]),
  /** Capacity price, yuan per kVA·month (capacity basis). */
  priceYuanPerKvaMonth: z.optional(Yuan),
  /** Demand price, yuan per kW·month (demand and actual bases). */
  priceYuanPerKwMonth: z.optional(Yuan),
  /** Chargeable capacity in kVA when no transformer list is given. */
  capacityKva: z.optional(z.number().check(z.minimum(0))),
  transformers: z.optional(z.array(CapacityUnit)),
  hvMotors: z.optional(z.array(HvMotor)),
  routes: z.optional(z.array(SupplyRoute)),
  contractDemandKw: z.optional(z.number().check(z.minimum(0))),
  /** Maximum demand in kW (already × multiplier); or give `demandMeters`. */
  maxDemandKw: z.optional(z.number().check(z.minimum(0))),
  demandMeters: z.optional(z.array(DemandMeter)),
  /** Days charged when the whole account started or ended this month (0–31); or use the period and unit dates. */
  billedDays: z.optional(z.number().check(z.minimum(0), z.maximum(31))),
  suspensions: z.optional(z.array(Suspension)),
  /** kWh over all metering points for the 260 kWh/kVA test; defaults to the bill's consumption. */
  monthlyKwh: z.optional(Kwh),
  capacityChargeExempt: z.optional(z.boolean()),
});

/** A time-of-use period (分时时段). `single` is a one-rate tariff. */
export const TouPeriod = z.enum(["sharp", "peak", "flat", "valley", "deepValley", "single"]);

/** One period's energy and price: an all-in price, a factor of the flat price, or component prices. */
export const EnergyPeriod = z.strictObject({
  period: TouPeriod,
  /** kWh; or `units` × the block's multiplier; omit on one period to derive it from the total. */
  kwh: z.optional(Kwh),
  units: z.optional(Kwh),
  priceYuanPerKwh: z.optional(Yuan),
  /** Multiplier of the flat price (1.6 = peak +60 %). */
  factor: z.optional(z.number().check(z.positive())),
  components: z.optional(
    z
      .array(z.strictObject({ name: z.string().check(z.minLength(1)), priceYuanPerKwh: z.number() }))
      .check(z.minLength(1)),
  ),
});

/** A fixed-quantity sub-load (定量定比, e.g. lighting) priced at its own tariff. */
export const FixedLoad = z.strictObject({ name: z.string().check(z.minLength(1)), kwh: Kwh, priceYuanPerKwh: Yuan });

/** Transformer or line loss energy (变损 / 线损) added when metering is not at the boundary. */
export const EnergyLoss = z.strictObject({
  name: z.optional(z.string().check(z.minLength(1))),
  kwh: z.optional(Kwh),
  units: z.optional(Kwh),
  /** Defaults to the block's flat price. */
  priceYuanPerKwh: z.optional(Yuan),
});

/** A block of metered energy: one meter (or one segment of a month) with its periods, sub-loads and losses. */
export const EnergyBlock = z.strictObject({
  id: z.optional(z.string().check(z.minLength(1))),
  label: z.optional(z.string()),
  /** Meter multiplier (综合倍率) applied to every `units`. */
  multiplier: z.optional(Ratio),
  totalKwh: z.optional(Kwh),
  totalUnits: z.optional(Kwh),
  flatPriceYuanPerKwh: z.optional(Yuan),
  /** Part of the flat price not floated by TOU factors (funds included in it); defaults to 0. */
  nonFloatingYuanPerKwh: z.optional(Yuan),
  periods: z.optional(z.array(EnergyPeriod)),
  fixedLoads: z.optional(z.array(FixedLoad)),
  losses: z.optional(z.array(EnergyLoss)),
  /** Whether this block's charges are power-factor adjusted; defaults to true. */
  pfAdjusted: z.optional(z.boolean()),
});

/** The power-factor section: the standard and the month's P and Q, or a given power factor. */
export const PowerFactorSection = z.strictObject({
  standard: z.number(),
  /** Defaults to the metered kWh of the PF-adjusted blocks. */
  activeKwh: z.optional(Kwh),
  reactiveKvarh: z.optional(z.number()),
  reverseKvarh: z.optional(z.number()),
  powerFactor: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
});

/** A government fund or surcharge (政府性基金及附加) per kWh: never PF-adjusted, never TOU-floated. */
export const Surcharge = z.strictObject({
  name: z.string().check(z.minLength(1)),
  priceYuanPerKwh: Yuan,
  /** Defaults to every kWh on the bill (sub-loads and losses included). */
  kwh: z.optional(Kwh),
});

/**
 * A month's two-part bill as JSON (packages/engine/docs/billing.md): the basic-fee facts, energy blocks by
 * time-of-use period, the power-factor facts and the surcharges.
 */
export const BillInput = z.strictObject({
  id: z.optional(z.string()),
  customer: z.optional(z.string()),
  period: z.optional(BillPeriod),
  basic: z.optional(BasicSection),
  energy: z.optional(z.array(EnergyBlock)),
  powerFactor: z.optional(PowerFactorSection),
  surcharges: z.optional(z.array(Surcharge)),
});

/** A bill as written by the caller. */
export type BillInput = z.input<typeof BillInput>;
/** A bill after parsing. */
export type ParsedBill = z.output<typeof BillInput>;
