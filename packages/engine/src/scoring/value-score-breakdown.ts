import { fail, issue, ok, type Result } from "../result.ts";
import { roundForRank } from "./round-for-rank.ts";
import type { ValueScoreColumnsResult } from "./value-scores-columns.ts";

/** Why a row scored what it did on one criterion. */
export interface CriterionContribution {
  readonly criterion: string;
  /** The raw value, or null when missing. */
  readonly value: number | null;
  /** The rating r (0–1 for normalised methods); 0 for a missing value under `zero`, null under `renormalize`. */
  readonly normalized: number | null;
  /** The weight used in this row: renormalised over the row's present criteria under `renormalize`. */
  readonly weight: number;
  /** weight · r · scale (weight · ±value for `none`); a row's contributions sum to its score. */
  readonly contribution: number;
}

/**
 * Returns the per-criterion contributions of row `index` of a value-score result (raw value, rating r, weight
 * used and weight · r · scale), the explanation behind one score, e.g. for a tooltip.
 */
export function valueScoreBreakdown(result: ValueScoreColumnsResult, index: number): Result<CriterionContribution[]> {
  const n = result.scores.length;
  if (typeof index !== "number" || !Number.isInteger(index) || index < 0) {
    return fail([issue("invalid_type", ["index"], { expected: "integer ≥ 0", received: String(index) })]);
  }
  if (index >= n) return fail([issue("too_big", ["index"], { maximum: n - 1, inclusive: true })]);
  return ok(contributionsOf(result, index));
}

/** Returns row `index`'s contributions without checking `index`. */
export function contributionsOf(result: ValueScoreColumnsResult, index: number): CriterionContribution[] {
  const zero = result.missing === "zero";
  let present = 0;
  result.criteria.forEach((c, j) => {
    const r = result.normalized[j]![index]!;
    if (r === r) present += c.weight;
  });
  const divisor = zero || present === 0 ? 1 : present;
  return result.criteria.map((c, j): CriterionContribution => {
    const r = result.normalized[j]![index]!;
    if (r !== r) {
      return {
        criterion: c.criterion,
        value: null,
        normalized: zero ? 0 : null,
        weight: zero ? c.weight : 0,
        contribution: 0,
      };
    }
    const factor = c.normalization === "none" ? c.weight : c.weight * result.scale;
    return {
      criterion: c.criterion,
      value: result.values[j]![index]!,
      normalized: r,
      weight: c.weight / divisor,
      contribution: roundForRank((factor * r) / divisor, result.decimals),
    };
  });
}
