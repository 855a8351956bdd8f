import { z } from "zod";
import { CapacityUnit, HvMotor, SupplyRoute } from "./chargeable-capacity.ts";

const Key = z.union([z.string().min(1), z.number().int().min(0)]);
const Kwh = z.number().min(0).finite();
const Yuan = z.number().min(0).finite();
/** An ISO date `YYYY-MM-DD`. */
const IsoDate = z.string();
/** A transformer ratio or multiplier: a number, or text such as `"600/5"` or `"(10000/100)×(10/5)"`. */
const Ratio = z.union([z.number().positive().finite(), z.string()]);

/** The billing period (计费周期), both days included: from the day after the last reading to this reading. */
export const BillPeriod = z.strictObject({ start: IsoDate, end: IsoDate });

/** A demand meter on one supply route: reading × CT ratio × PT ratio = kW. */
export const DemandMeter = z.strictObject({
  route: Key.optional(),
  reading: z.number().min(0).finite(),
  ctRatio: Ratio,
  ptRatio: Ratio.optional(),
});

/** A suspension (暂停) of one unit: by days in this period, or by sealing and resume dates. */
export const Suspension = z.strictObject({
  /** The unit: its `id`, or its index in `transformers` (HV motors follow the transformers). */
  unit: Key,
  /** Days suspended in this period (without dates). */
  days: z.number().int().min(0).max(31).optional(),
  /** Sealing day (加封), ISO date. */
  sealDate: IsoDate.optional(),
  /** Resume (unsealing, 启封) day, ISO date; none = still suspended at the period's end. */
  resumeDate: IsoDate.optional(),
  /** Length of the whole suspension in days, for the 15-day minimum, when it runs past this period. */
  totalDays: z.number().int().min(0).optional(),
  /** Months already suspended this calendar year including this one, for the 6-month cap. */
  monthsThisYear: z.number().min(0).max(12).optional(),
  /** A new or increased user within two years (only the legacy 1996 rules charge 50 % then). */
  newUserWithin2Years: z.boolean().optional(),
});

/** The basic-fee section: basis, price, capacity and demand facts. */
export const BasicSection = z.strictObject({
  basis: z.enum(["capacity", "demand", "actual"]),
  /** Capacity price, yuan per kVA·month (capacity basis). */
  priceYuanPerKvaMonth: Yuan.optional(),
  /** Demand price, yuan per kW·month (demand and actual bases). */
  priceYuanPerKwMonth: Yuan.optional(),
  /** Chargeable capacity in kVA when no transformer list is given. */
  capacityKva: z.number().min(0).finite().optional(),
  transformers: z.array(CapacityUnit).optional(),
  hvMotors: z.array(HvMotor).optional(),
  routes: z.array(SupplyRoute).optional(),
  contractDemandKw: z.number().min(0).finite().optional(),
  /** Maximum demand in kW (already × multiplier); or give `demandMeters`. */
  maxDemandKw: z.number().min(0).finite().optional(),
  demandMeters: z.array(DemandMeter).optional(),
  /** Days charged when the whole account started or ended this month (0–31); or use the period and unit dates. */
  billedDays: z.number().min(0).max(31).optional(),
  suspensions: z.array(Suspension).optional(),
  /** kWh over all metering points for the 260 kWh/kVA test; defaults to the bill's consumption. */
  monthlyKwh: Kwh.optional(),
  capacityChargeExempt: z.boolean().optional(),
});

/** A time-of-use period (分时时段). `single` is a one-rate tariff. */
export const TouPeriod = z.enum(["sharp", "peak", "flat", "valley", "deepValley", "single"]);

/** One period's energy and price: an all-in price, a factor of the flat price, or component prices. */
export const EnergyPeriod = z.strictObject({
  period: TouPeriod,
  /** kWh; or `units` × the block's multiplier; omit on one period to derive it from the total. */
  kwh: Kwh.optional(),
  units: Kwh.optional(),
  priceYuanPerKwh: Yuan.optional(),
  /** Multiplier of the flat price (1.6 = peak +60 %). */
  factor: z.number().positive().finite().optional(),
  components: z
    .array(z.strictObject({ name: z.string().min(1), priceYuanPerKwh: z.number().finite() }))
    .min(1)
    .optional(),
});

/** A fixed-quantity sub-load (定量定比, e.g. lighting) priced at its own tariff. */
export const FixedLoad = z.strictObject({ name: z.string().min(1), kwh: Kwh, priceYuanPerKwh: Yuan });

/** Transformer or line loss energy (变损 / 线损) added when metering is not at the boundary. */
export const EnergyLoss = z.strictObject({
  name: z.string().min(1).optional(),
  kwh: Kwh.optional(),
  units: Kwh.optional(),
  /** Defaults to the block's flat price. */
  priceYuanPerKwh: Yuan.optional(),
});

/** A block of metered energy: one meter (or one segment of a month) with its periods, sub-loads and losses. */
export const EnergyBlock = z.strictObject({
  id: z.string().min(1).optional(),
  label: z.string().optional(),
  /** Meter multiplier (综合倍率) applied to every `units`. */
  multiplier: Ratio.optional(),
  totalKwh: Kwh.optional(),
  totalUnits: Kwh.optional(),
  flatPriceYuanPerKwh: Yuan.optional(),
  /** Part of the flat price not floated by TOU factors (funds included in it); defaults to 0. */
  nonFloatingYuanPerKwh: Yuan.optional(),
  periods: z.array(EnergyPeriod).optional(),
  fixedLoads: z.array(FixedLoad).optional(),
  losses: z.array(EnergyLoss).optional(),
  /** Whether this block's charges are power-factor adjusted; defaults to true. */
  pfAdjusted: z.boolean().optional(),
});

/** The power-factor section: the standard and the month's P and Q, or a given power factor. */
export const PowerFactorSection = z.strictObject({
  standard: z.number(),
  /** Defaults to the metered kWh of the PF-adjusted blocks. */
  activeKwh: Kwh.optional(),
  reactiveKvarh: z.number().finite().optional(),
  reverseKvarh: z.number().finite().optional(),
  powerFactor: z.number().min(0).max(1).optional(),
});

/** A government fund or surcharge (政府性基金及附加) per kWh: never PF-adjusted, never TOU-floated. */
export const Surcharge = z.strictObject({
  name: z.string().min(1),
  priceYuanPerKwh: Yuan,
  /** Defaults to every kWh on the bill (sub-loads and losses included). */
  kwh: Kwh.optional(),
});

/**
 * A month's two-part bill as JSON (packages/engine/docs/billing.md): the basic-fee facts, energy blocks by
 * time-of-use period, the power-factor facts and the surcharges.
 */
export const BillInput = z.strictObject({
  id: z.string().optional(),
  customer: z.string().optional(),
  period: BillPeriod.optional(),
  basic: BasicSection.optional(),
  energy: z.array(EnergyBlock).optional(),
  powerFactor: PowerFactorSection.optional(),
  surcharges: z.array(Surcharge).optional(),
});

/** A bill as written by the caller. */
export type BillInput = z.input<typeof BillInput>;
/** A bill after parsing. */
export type ParsedBill = z.output<typeof BillInput>;
