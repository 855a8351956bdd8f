import type { RandomSource } from "./random-source.ts";
import type { SampleIndustryProfile } from "./sample-industries.ts";

/**
 * A transformer's state for the basic fee: `running`, `hot_standby` (热备用), `standby` (cold standby, not sealed,
 * 冷备用) or `sealed` (cold standby, sealed by the utility, 加封).
 */
export type SampleTransformerStatus = "running" | "hot_standby" | "standby" | "sealed";

/** One transformer (变压器) at the customer's supply point. */
export interface SampleTransformer {
  readonly id: string;
  /** Nameplate capacity in kVA, a standard size (315, 400, 500 … 63000). */
  readonly capacityKva: number;
  readonly status: SampleTransformerStatus;
  /** Units sharing a group are interlocked mutual backups (一次侧连锁，互为备用): only one can run at a time. */
  readonly interlockGroup?: string;
}

/** One month of meter readings after multipliers, except the demand register, which is the raw reading. */
export interface SampleReading {
  /** The month, "2024-11". */
  readonly month: string;
  /** Active energy by time-of-use period (峰 / 平 / 谷), kWh. */
  readonly peakKwh: number;
  readonly flatKwh: number;
  readonly valleyKwh: number;
  /** Reactive energy imported (正向无功), kvarh. */
  readonly reactiveKvarh: number;
  /** Reactive energy exported by over-compensating capacitors (反向无功), kvarh; 0 for most customers. */
  readonly reverseKvarh: number;
  /** The maximum-demand register (最大需量示数) before multipliers: kW = reading × CT ratio × PT ratio. */
  readonly maxDemandReading: number;
}

/** The electricity supply facts of one sample customer. */
export interface SampleSupply {
  readonly supplyVoltageKv: number;
  readonly transformers: readonly SampleTransformer[];
  readonly hvMotorKw: number;
  readonly billingBasis: "capacity" | "demand";
  readonly contractDemandKw: number | null;
  readonly ctRatio: string;
  readonly ptRatio: string;
  readonly pfStandard: number;
  readonly monthlyReadings: readonly SampleReading[];
}

// GB/T 6451 and GB/T 10228 standard transformer ratings, kVA.
const STANDARD_KVA = [
  315, 400, 500, 630, 800, 1000, 1250, 1600, 2000, 2500, 3150, 4000, 5000, 6300, 8000, 10000, 12500, 16000, 20000,
  25000, 31500, 40000, 50000, 63000,
];
// Common current-transformer primary ratings, A (secondary 5 A).
const CT_PRIMARY_A = [
  20, 30, 40, 50, 75, 100, 150, 200, 300, 400, 500, 600, 800, 1000, 1200, 1500, 2000, 2500, 3000, 4000, 5000,
];
const HV_MOTOR_KW = [560, 630, 710, 800, 1000, 1250, 1600, 2000, 2500, 3150];
// Roughly how utilities pick the supply voltage by installed capacity (typical, not a rule).
const VOLTAGE_STEPS = [
  { upToKva: 8000, kv: 10 },
  { upToKva: 40000, kv: 35 },
  { upToKva: Infinity, kv: 110 },
];

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const smallestAtLeast = (sizes: readonly number[], x: number) => sizes.find((s) => s >= x) ?? sizes[sizes.length - 1]!;

/** What the supply generator needs to know about a customer's consumption. */
export interface SupplyInput {
  readonly industry: SampleIndustryProfile;
  readonly months: readonly string[];
  /** Hours in each month (days × 24). */
  readonly monthHours: readonly number[];
  /** Active energy per month, kWh (integers). */
  readonly monthlyKwh: readonly number[];
  readonly dormant: boolean;
}

/**
 * Returns a customer's transformers, metering and monthly readings, sized from its consumption: transformers of
 * standard sizes loaded to 55–80 % at the largest month's maximum demand, CT and PT ratios matching the supply
 * voltage, a contract demand near the expected maximum (never under 40 % of running capacity plus HV motors).
 */
export function sampleSupply(
  random: RandomSource,
  { industry, months, monthHours, monthlyKwh, dormant }: SupplyInput,
): SampleSupply {
  const loadFactor = clamp(industry.loadFactor + 0.06 * random.normal(), 0.3, 0.95);
  let maxKwh = 0;
  for (const kwh of monthlyKwh) maxKwh = Math.max(maxKwh, kwh);
  const designPeakKw = Math.max(100, maxKwh / 730 / loadFactor);
  const needKva = designPeakKw / (0.92 * random.between(0.55, 0.8));
  const count =
    needKva <= 1600
      ? 1
      : needKva <= 5000
        ? random.integer(1, 2)
        : needKva <= 20000
          ? random.integer(2, 3)
          : random.integer(2, 4);
  const unitKva = smallestAtLeast(STANDARD_KVA, needKva / count);
  const units = Math.max(count, Math.ceil(needKva / unitKva));

  const transformers: SampleTransformer[] = [];
  const add = (capacityKva: number, status: SampleTransformerStatus, interlockGroup?: string) =>
    transformers.push({
      id: `T${transformers.length + 1}`,
      capacityKva,
      status: dormant ? "sealed" : status,
      ...(interlockGroup ? { interlockGroup } : {}),
    });
  const interlocked = random.chance(0.3);
  const backup = random.chance(0.3);
  for (let k = 0; k < units; k++) add(unitKva, "running", backup && interlocked && k === 0 ? "L1" : undefined);
  if (backup) add(unitKva, random.chance(0.5) ? "hot_standby" : "standby", interlocked ? "L1" : undefined);
  if (random.chance(0.12)) add(smallestAtLeast(STANDARD_KVA, unitKva * random.between(0.3, 0.8)), "sealed");

  let hvMotorKw = 0;
  if (random.chance(industry.hvMotorChance)) {
    const motors = random.integer(1, 3);
    for (let k = 0; k < motors; k++) hvMotorKw += random.pick(HV_MOTOR_KW);
  }
  let installedKva = 0;
  let runningKva = 0;
  for (const t of transformers) {
    installedKva += t.capacityKva;
    if (t.status === "running") runningKva += t.capacityKva;
  }
  const kv = VOLTAGE_STEPS.find((s) => installedKva + hvMotorKw <= s.upToKva)!.kv;
  const ratedCurrentA = (installedKva + hvMotorKw) / (Math.sqrt(3) * kv);
  const ctPrimaryA = smallestAtLeast(CT_PRIMARY_A, 1.2 * ratedCurrentA);
  const multiplier = (ctPrimaryA / 5) * ((kv * 1000) / 100);

  const billingBasis =
    industry.key === "data_center" || random.chance(installedKva < 1000 ? 0.25 : 0.65) ? "demand" : "capacity";
  // The 40 % floor on contract demand: domain/billing.md §3.2.
  const floorKw = Math.ceil(0.4 * (runningKva + hvMotorKw));
  const contractDemandKw =
    billingBasis === "demand"
      ? Math.ceil(Math.max(designPeakKw * random.between(0.85, 1.05), floorKw) / 10) * 10
      : null;
  const pfStandard = random.chance(0.1) ? 0.85 : 0.9;

  const powerFactor = clamp(0.935 + 0.03 * random.normal(), 0.75, 0.995);
  const overCompensates = random.chance(0.15);
  const peakShare = clamp(industry.peakShare + 0.03 * random.normal(), 0.2, 0.45);
  const valleyShare = clamp(industry.valleyShare + 0.03 * random.normal(), 0.15, 0.45);
  const monthlyReadings = months.map((month, t): SampleReading => {
    const kwh = monthlyKwh[t]!;
    if (kwh === 0) {
      return { month, peakKwh: 0, flatKwh: 0, valleyKwh: 0, reactiveKvarh: 0, reverseKvarh: 0, maxDemandReading: 0 };
    }
    const peakKwh = Math.round(kwh * clamp(peakShare + 0.015 * random.normal(), 0.1, 0.5));
    const valleyKwh = Math.round(kwh * clamp(valleyShare + 0.015 * random.normal(), 0.1, 0.5));
    const pf = clamp(powerFactor + 0.012 * random.normal(), 0.6, 0.999);
    const reactiveKvarh = Math.round(kwh * Math.tan(Math.acos(pf)));
    const reverseKvarh = overCompensates ? Math.round(reactiveKvarh * random.between(0.02, 0.1)) : 0;
    const maxDemandKw = kwh / monthHours[t]! / clamp(loadFactor * Math.exp(0.05 * random.normal()), 0.2, 0.98);
    return {
      month,
      peakKwh,
      flatKwh: kwh - peakKwh - valleyKwh,
      valleyKwh,
      reactiveKvarh,
      reverseKvarh,
      maxDemandReading: Math.round((maxDemandKw / multiplier) * 10000) / 10000,
    };
  });

  return {
    supplyVoltageKv: kv,
    transformers,
    hvMotorKw,
    billingBasis,
    contractDemandKw,
    ctRatio: `${ctPrimaryA}/5`,
    ptRatio: `${kv * 1000}/100`,
    pfStandard,
    monthlyReadings,
  };
}

/** Returns the number of days in a "YYYY-MM" month. */
export function daysInMonth(month: string): number {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
