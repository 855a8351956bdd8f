import { fail, ok, type Issue, type Result } from "../result.ts";
import { issue } from "./issue.ts";
import { roundForRank } from "./round-for-rank.ts";
import type { ValueScoreColumnsResult } from "./value-scores-columns.ts";
import { describeReceived } from "../received.ts";

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
  const bad = scoreResultIssue(result);
  if (bad) return fail([bad]);
  const n = result.scores.length;
  if (typeof index !== "number" || !Number.isInteger(index) || index < 0) {
    return fail([issue("invalid_type", ["index"], { expected: "integer ≥ 0", received: describeReceived(index) })]);
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

/**
 * Returns an issue when `result` is not shaped like a value-score result (the columns this module reads, of one
 * length, and finite weights and scale), or undefined. O(criteria): the columns' numbers are not re-checked, as only
 * the engine makes these results and NaN in them means "missing".
 */
export function scoreResultIssue(result: unknown): Issue | undefined {
  const bad = (path: (string | number)[], expected: string) =>
    issue("invalid_type", ["result", ...path], { expected, received: "something else" });
  if (typeof result !== "object" || result === null) return bad([], "value-score result");
  const r = result as Partial<Record<keyof ValueScoreColumnsResult, unknown>>;
  if (!(r.scores instanceof Float64Array)) return bad(["scores"], "Float64Array");
  const n = r.scores.length;
  for (const key of ["ranks", "coverage"] as const) {
    const col = r[key];
    if (!(col instanceof Float64Array) || col.length !== n) return bad([key], `Float64Array of ${n}`);
  }
  if (!Array.isArray(r.criteria)) return bad(["criteria"], "array");
  const k = r.criteria.length;
  for (const key of ["values", "normalized"] as const) {
    const cols = r[key];
    if (!Array.isArray(cols) || cols.length !== k) return bad([key], `${k} columns`);
    for (let j = 0; j < k; j++) {
      if (!(cols[j] instanceof Float64Array) || (cols[j] as Float64Array).length !== n) {
        return bad([key, j], `Float64Array of ${n}`);
      }
    }
  }
  for (let j = 0; j < k; j++) {
    const c = r.criteria[j] as { criterion?: unknown; weight?: unknown } | null;
    if (typeof c !== "object" || c === null || typeof c.criterion !== "string")
      return bad(["criteria", j], "criterion");
    if (typeof c.weight !== "number" || !Number.isFinite(c.weight))
      return bad(["criteria", j, "weight"], "finite number");
  }
  if (typeof r.scale !== "number" || !Number.isFinite(r.scale)) return bad(["scale"], "finite number");
  if (typeof r.decimals !== "number" || !Number.isInteger(r.decimals) || r.decimals < 0 || r.decimals > 15) {
    return bad(["decimals"], "integer 0–15");
  }
  return undefined;
}
