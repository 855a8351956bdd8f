import * as z from "zod/mini";
import { fail, parseWith, type Issue, type Result } from "../result.ts";
import { issue } from "./issue.ts";

/** A sales-opportunity grade: A all-in, B control time, C watch, D last. */
export const OpportunityGradeKey = z.enum(["A", "B", "C", "D"]);
export type OpportunityGradeKey = z.infer<typeof OpportunityGradeKey>;

/**
 * Default months-to-close cut-offs: ≤ 3 months is near, ≤ 6 mid, later far. The seed (domain/tiering.md §2.6)
 * leaves the buckets open ("A = likely within 1 month" is its example); a quarter and a half-year are the usual
 * B2B forecast horizons.
 */
export const DEFAULT_MONTHS_CUTOFFS = [3, 6] as const;
/** Default probability cut-offs: ≥ 0.7 likely, ≥ 0.4 medium, below unlikely (same ≥-is-high rule as quadrants). */
export const DEFAULT_PROBABILITY_CUTOFFS = [0.4, 0.7] as const;
/**
 * Default grade grid, rows = probability bucket (likely first), columns = close-time bucket (soonest first):
 * one step down per bucket away from "likely and near", so A = likely within 3 months, B = likely in 3–6 months
 * or medium within 3, C = the next diagonal, D = the rest (domain/tiering.md seed: A all-in … D last).
 */
export const DEFAULT_OPPORTUNITY_GRID: readonly (readonly OpportunityGradeKey[])[] = [
  ["A", "B", "C"],
  ["B", "C", "D"],
  ["C", "D", "D"],
];

/** Options of `opportunityGrade` and `opportunityGrades`. */
export const OpportunityGradeOptions = z.strictObject({
  /** Ascending months-to-close cut-offs; bucket j holds months ≤ cutoff j (first match); defaults to [3, 6]. */
  monthsCutoffs: z._default(z.array(z.number().check(z.minimum(0))), [...DEFAULT_MONTHS_CUTOFFS]),
  /** Ascending probability cut-offs (fractions, 0–1); p ≥ cut-off moves up a bucket; defaults to [0.4, 0.7]. */
  probabilityCutoffs: z._default(z.array(z.number().check(z.gt(0), z.maximum(1))), [...DEFAULT_PROBABILITY_CUTOFFS]),
  /** Grades by [probability bucket, likely first][close-time bucket, soonest first]; defaults to the 3×3 diagonal. */
  grid: z.optional(z.array(z.array(OpportunityGradeKey))),
  /**
   * How probabilities are read: `auto` (default; ≤ 1 is a fraction, above 1 up to 100 a percentage, with a
   * warning), `fraction` (0–1 only) or `percent` (0–100).
   */
  probabilityScale: z._default(z.enum(["auto", "fraction", "percent"]), "auto"),
});
export type OpportunityGradeOptions = z.input<typeof OpportunityGradeOptions>;

/** Options after defaults and checks. */
export interface OpportunityGradeSettings {
  readonly monthsCutoffs: readonly number[];
  readonly probabilityCutoffs: readonly number[];
  readonly grid: readonly (readonly OpportunityGradeKey[])[];
  readonly probabilityScale: "auto" | "fraction" | "percent";
}

/** Returns the checked settings of `options` (at `prefix`), or the failed result. */
export function opportunitySettings(
  options: unknown,
  prefix: readonly (string | number)[],
): { success: true; data: OpportunityGradeSettings } | { success: false; result: Result<never> } {
  const parsed = parseWith(OpportunityGradeOptions, options, prefix);
  if (!parsed.success) return parsed;
  const { monthsCutoffs, probabilityCutoffs, probabilityScale } = parsed.data;
  const issues: Issue[] = [];
  if (!ascending(monthsCutoffs)) issues.push(issue("opportunity_cutoffs_not_ascending", [...prefix, "monthsCutoffs"]));
  if (!ascending(probabilityCutoffs)) {
    issues.push(issue("opportunity_cutoffs_not_ascending", [...prefix, "probabilityCutoffs"]));
  }
  const rows = probabilityCutoffs.length + 1;
  const columns = monthsCutoffs.length + 1;
  const grid = parsed.data.grid ?? (columns === 3 && rows === 3 ? DEFAULT_OPPORTUNITY_GRID : null);
  if (grid === null || grid.length !== rows || grid.some((row) => row.length !== columns)) {
    issues.push(issue("opportunity_grid_shape", [...prefix, "grid"], { rows, columns }));
  }
  if (issues.length) return { success: false, result: fail(issues) };
  return { success: true, data: { monthsCutoffs, probabilityCutoffs, grid: grid!, probabilityScale } };
}

function ascending(values: readonly number[]): boolean {
  for (let i = 1; i < values.length; i++) if (!(values[i]! > values[i - 1]!)) return false;
  return true;
}
