import { roundHalfUp } from "../math/round.ts";
import { fail, ok, type Issue, type Result, type Warning } from "../result.ts";
import { issue } from "./issue.ts";
import { roundYuan } from "./money.ts";
import { describeReceived } from "../received.ts";

/** A power-factor standard (功率因数考核标准) of the 1983 办法: 0.90, 0.85 or 0.80. */
export type PfStandard = 0.9 | 0.85 | 0.8;

/** The standards the 1983 办法 defines. */
export const PF_STANDARDS: readonly PfStandard[] = [0.9, 0.85, 0.8];

// Bands of the 1983 功率因数调整电费办法 (domain/billing.md §4.3), in hundredths of a percent per 0.01 of power
// factor, walked outwards from the standard and cumulative. Reductions stop after the last band (the cap).
// Every standard's surcharge: 20 steps of +0.5 %, then 5 steps of +1 %, then +2 % per step without end.
const SURCHARGE_BANDS: readonly (readonly [steps: number, perStep: number])[] = [
  [20, 50],
  [5, 100],
  [Infinity, 200],
];
const REDUCTION_BANDS: Readonly<Record<number, readonly (readonly [steps: number, perStep: number])[]>> = {
  // 0.90: 0.91–0.95 −0.15 % per step, capped at −0.75 % from 0.95.
  90: [[5, 15]],
  // 0.85: 0.86–0.90 −0.10 % per step, 0.91–0.94 −0.15 % per step, capped at −1.10 % from 0.94.
  85: [
    [5, 10],
    [4, 15],
  ],
  // 0.80: 0.81–0.90 −0.10 % per step, 0.91–0.92 −0.15 % per step, capped at −1.30 % from 0.92.
  80: [
    [10, 10],
    [2, 15],
  ],
};
// The lowest power factor the published table lists; below it the +2 % steps are extrapolated.
const TABLE_MIN_PF = 0.5;

/** One band of the adjustment as applied. */
export interface PfBandStep {
  /** Power factor where the band starts (nearest the standard) and ends. */
  readonly from: number;
  readonly to: number;
  readonly steps: number;
  /** Percent per 0.01 of power factor, signed (+ surcharge, − reduction). */
  readonly percentPerStep: number;
  readonly percent: number;
}

/** A power-factor adjustment rate and the bands that make it up. */
export interface PfAdjustmentRateResult {
  /** Signed rate: 0.05 = +5 % surcharge (增收), −0.0075 = 0.75 % reduction (减收). An exact decimal. */
  readonly rate: number;
  /** The same as a percentage: 5, −0.75. */
  readonly percent: number;
  /** The power factor used (rounded to two decimals). */
  readonly powerFactor: number;
  readonly standard: PfStandard;
  readonly bands: readonly PfBandStep[];
}

/** Returns the adjustment in hundredths of a percent for `pf100` (power factor × 100) against `standard100`. */
export function pfAdjustmentBasisPoints(pf100: number, standard100: number, bands?: PfBandStep[]): number {
  let remaining = Math.abs(pf100 - standard100);
  const sign = pf100 < standard100 ? 1 : -1;
  const table = sign > 0 ? SURCHARGE_BANDS : REDUCTION_BANDS[standard100]!;
  let total = 0;
  let at = standard100;
  for (const [steps, perStep] of table) {
    if (remaining <= 0) break;
    const n = Math.min(steps, remaining);
    total += n * perStep;
    remaining -= n;
    if (bands) {
      const end = at - sign * n;
      bands.push({
        from: (at - sign) / 100,
        to: end / 100,
        steps: n,
        percentPerStep: (sign * perStep) / 100,
        percent: (sign * n * perStep) / 100,
      });
      at = end;
    }
  }
  return total === 0 ? 0 : sign * total;
}

/** Returns the standard as 90, 85 or 80, or undefined when it is not one of the 1983 standards. */
export function standardHundredths(standard: number): number | undefined {
  return standard === 0.9 ? 90 : standard === 0.85 ? 85 : standard === 0.8 ? 80 : undefined;
}

function validatePf(powerFactor: unknown, standard: unknown, issues: Issue[], warnings: Warning[]): number {
  if (typeof powerFactor !== "number") {
    issues.push(issue("invalid_type", ["powerFactor"], { expected: "number", received: typeof powerFactor }));
  } else if (!Number.isFinite(powerFactor)) {
    issues.push(issue("not_finite", ["powerFactor"], { received: String(powerFactor) }));
  } else if (powerFactor < 0) {
    issues.push(issue("too_small", ["powerFactor"], { minimum: 0, inclusive: true }));
  } else if (powerFactor > 1) {
    issues.push(issue("too_big", ["powerFactor"], { maximum: 1, inclusive: true }));
  }
  if (typeof standard !== "number" || standardHundredths(standard) === undefined) {
    issues.push(issue("billing_pf_standard_invalid", ["standard"], { received: describeReceived(standard) }));
  }
  if (issues.length > 0) return 0;
  const pf = powerFactor as number;
  const rounded = roundHalfUp(pf, 2);
  const pf100 = Math.round(rounded * 100);
  if (rounded !== pf) {
    warnings.push(issue("billing_pf_rounded", ["powerFactor"], { received: pf, rounded: pf100 / 100 }));
  }
  if (pf100 < TABLE_MIN_PF * 100) {
    warnings.push(issue("billing_pf_below_table", ["powerFactor"], { received: pf100 / 100 }));
  }
  return pf100;
}

/**
 * Returns the power-factor adjustment rate (功率因数调整电费增减比例) of the 1983 办法 for a power factor and a
 * standard (0.90, 0.85 or 0.80; defaults to 0.9), built from the 办法's cumulative bands rather than typed in:
 * e.g. 0.60 at 0.90 → 10 + 5 + 2×5 = +25 %. A power factor with more than two decimals is rounded half-up first
 * (with a warning). The rate is an exact decimal (−0.0075, not −0.007499…).
 */
export function pfAdjustmentRate(powerFactor: number, standard: number = 0.9): Result<PfAdjustmentRateResult> {
  const issues: Issue[] = [];
  const warnings: Warning[] = [];
  const pf100 = validatePf(powerFactor, standard ?? 0.9, issues, warnings);
  if (issues.length > 0) return fail(issues);
  const std = (standard ?? 0.9) as PfStandard;
  const bands: PfBandStep[] = [];
  const bp = pfAdjustmentBasisPoints(pf100, standardHundredths(std)!, bands);
  return ok({ rate: bp / 10000, percent: bp / 100, powerFactor: pf100 / 100, standard: std, bands }, warnings);
}

/** A power-factor adjustment in yuan. */
export interface PfAdjustmentResult extends PfAdjustmentRateResult {
  /** Basic fee + energy charge the rate applies to, yuan. */
  readonly baseYuan: number;
  /** The adjustment (功率因数调整电费), yuan, rounded half-up to 0.01; negative is a reduction. */
  readonly amountYuan: number;
}

/**
 * Returns the power-factor adjustment (功率因数调整电费) in yuan: the 1983 rate for `powerFactor` against
 * `standard` times (basic fee + energy charge), rounded half-up to 0.01 yuan. Surcharges and funds are not part
 * of the base (domain/billing.md §4.4).
 */
export function pfAdjustment(
  powerFactor: number,
  standard: number,
  basicFeeYuan: number,
  energyChargeYuan: number,
): Result<PfAdjustmentResult> {
  const issues: Issue[] = [];
  const warnings: Warning[] = [];
  const pf100 = validatePf(powerFactor, standard, issues, warnings);
  for (const [field, v] of [
    ["basicFeeYuan", basicFeeYuan],
    ["energyChargeYuan", energyChargeYuan],
  ] as const) {
    if (typeof v !== "number") issues.push(issue("invalid_type", [field], { expected: "number", received: typeof v }));
    else if (!Number.isFinite(v)) issues.push(issue("not_finite", [field], { received: String(v) }));
    else if (v < 0) issues.push(issue("too_small", [field], { minimum: 0, inclusive: true }));
  }
  if (issues.length > 0) return fail(issues);
  const std = standard as PfStandard;
  const bands: PfBandStep[] = [];
  const bp = pfAdjustmentBasisPoints(pf100, standardHundredths(std)!, bands);
  const baseYuan = Number((basicFeeYuan + energyChargeYuan).toPrecision(15));
  const amountYuan = roundYuan((bp * baseYuan) / 10000);
  // Finite fees can still overflow (1e304 yuan × 1450 bp = ∞): an error, never ∞ yuan.
  if (!Number.isFinite(amountYuan)) {
    return fail([issue("not_finite", ["basicFeeYuan"], { received: `rate × (basic + energy) = ${amountYuan}` })]);
  }
  return ok(
    {
      rate: bp / 10000,
      percent: bp / 100,
      powerFactor: pf100 / 100,
      standard: std,
      bands,
      baseYuan,
      amountYuan,
    },
    warnings,
  );
}
