import * as z from "zod/mini";
import { fail, ok, parseWith, type Issue, type Result, type Warning } from "../result.ts";
import { issue } from "./issue.ts";
import { columnsFromMatrix, columnsFromRows, type CriterionColumns } from "./criterion-columns.ts";
import { resolveCriteria, type Criterion, type Direction, type ResolvedCriterion } from "./criterion.ts";
import { competitionRanksDesc } from "../math/rank.ts";
import { roundForRank } from "./round-for-rank.ts";
import { tooManyCells } from "../limits.ts";

/** Options of {@link topsis} and {@link topsisMatrix}. */
export const TopsisOptions = z.strictObject({
  /** Closeness given to everyone when all alternatives are identical (d⁺ + d⁻ = 0); defaults to 1. */
  constant: z._default(z.number().check(z.minimum(0), z.maximum(1)), 1),
  /** Decimals closeness is rounded to before ranking and in the output; defaults to 10. */
  decimals: z._default(z.number().check(z.int(), z.minimum(0), z.maximum(15)), 10),
  /** Record field copied to `ids` (record API only). */
  idField: z.optional(z.string().check(z.minLength(1))),
});
export type TopsisOptions = z.input<typeof TopsisOptions>;

/** One criterion as TOPSIS used it. */
export interface TopsisCriterion {
  readonly criterion: string;
  readonly field?: string;
  readonly column: number;
  readonly direction: Direction;
  readonly givenWeight: number;
  readonly weight: number;
  /** √Σx², the vector normaliser. */
  readonly norm: number;
  /** Best weighted normalised value: the max for benefit, the min for cost (positive ideal solution). */
  readonly ideal: number;
  /** Worst weighted normalised value (negative ideal solution). */
  readonly antiIdeal: number;
}

/** TOPSIS results in columns, indexed like the input rows. */
export interface TopsisResult {
  /** Relative closeness C = d⁻ / (d⁺ + d⁻), 0–1, rounded to `decimals`. */
  readonly closeness: Float64Array;
  /** Euclidean distance d⁺ to the ideal. */
  readonly distanceToIdeal: Float64Array;
  /** Euclidean distance d⁻ to the anti-ideal. */
  readonly distanceToAntiIdeal: Float64Array;
  /** Competition rank (1, 1, 3) by closeness, highest first. */
  readonly ranks: Float64Array;
  /** Weighted normalised values v = w·x/√Σx², one array per criterion. */
  readonly weighted: readonly Float64Array[];
  readonly criteria: readonly TopsisCriterion[];
  /** The `idField` value of each row, when that option is given; otherwise null. */
  readonly ids: readonly unknown[] | null;
}

/**
 * Returns the TOPSIS (逼近理想解排序法) closeness of each record to the ideal solution (Hwang & Yoon 1981):
 * vector normalisation r = x/√Σx², weighted v = w·r (weights renormalised to sum 1), ideal = best v per criterion
 * (max for benefit, min for cost), anti-ideal = worst, d⁺ and d⁻ Euclidean distances, C = d⁻/(d⁺ + d⁻) in 0–1, and
 * the competition rank. Every value must be present (TOPSIS has no missing-value rule); negatives are allowed.
 * Defaults: `constant` 1, `decimals` 10.
 */
export function topsis(
  rows: readonly Readonly<Record<string, unknown>>[],
  criteria: readonly Criterion[],
  options: TopsisOptions = {},
): Result<TopsisResult> {
  const tooMany = tooManyCells(rows, criteria, ["rows"]);
  if (tooMany) return fail([tooMany]);
  const opts = parseWith(TopsisOptions, options, ["options"]);
  if (!opts.success) return opts.result;
  const resolved = resolveCriteria(criteria, "vector", true);
  if (!resolved.success) return fail(resolved.issues);
  const cols = columnsFromRows(rows, resolved.criteria);
  if (!cols.success) return fail(cols.issues);
  const idField = opts.data.idField;
  const ids = idField === undefined ? null : rows.map((row) => row[idField]);
  return topsisColumns(cols.columns, resolved.criteria, resolved.warnings, opts.data, ids, (c, i) => [
    "rows",
    i,
    c.field!,
  ]);
}

/** Returns TOPSIS closeness for the rows of a matrix (an Excel range), criterion j reading column `column` (or j). */
export function topsisMatrix(
  matrix: readonly (readonly unknown[])[],
  criteria: readonly Criterion[],
  options: TopsisOptions = {},
): Result<TopsisResult> {
  const tooMany = tooManyCells(matrix, criteria, ["matrix"]);
  if (tooMany) return fail([tooMany]);
  const opts = parseWith(TopsisOptions, options, ["options"]);
  if (!opts.success) return opts.result;
  const resolved = resolveCriteria(criteria, "vector", false);
  if (!resolved.success) return fail(resolved.issues);
  const cols = columnsFromMatrix(matrix, resolved.criteria);
  if (!cols.success) return fail(cols.issues);
  return topsisColumns(cols.columns, resolved.criteria, resolved.warnings, opts.data, null, (c, i) => [
    "matrix",
    i,
    c.column,
  ]);
}

function topsisColumns(
  columns: CriterionColumns,
  criteria: readonly ResolvedCriterion[],
  criteriaWarnings: readonly Warning[],
  settings: z.output<typeof TopsisOptions>,
  ids: readonly unknown[] | null,
  cellPath: (c: ResolvedCriterion, i: number) => (string | number)[],
): Result<TopsisResult> {
  const issues: Issue[] = [];
  const warnings: Warning[] = [...criteriaWarnings];
  const n = columns.values[0]?.length ?? 0;
  criteria.forEach((c, j) => {
    if (c.normalization !== "vector") {
      warnings.push(issue("scoring_topsis_normalization_ignored", ["criteria", j], { criterion: c.name }));
    }
    const x = columns.values[j]!;
    let first = -1;
    let count = 0;
    for (let i = 0; i < n; i++) {
      if (x[i] !== x[i]) {
        if (first < 0) first = i;
        count++;
      }
    }
    if (count > 0) issues.push(issue("scoring_topsis_missing", cellPath(c, first), { criterion: c.name, count }));
  });
  if (issues.length) return fail(issues);

  const weighted: Float64Array[] = [];
  const reports: TopsisCriterion[] = [];
  for (const [j, c] of criteria.entries()) {
    const x = columns.values[j]!;
    let big = 0;
    for (let i = 0; i < n; i++) big = Math.max(big, Math.abs(x[i]!));
    // Divide by the largest magnitude before squaring so the norm neither overflows nor underflows.
    const unit = big > 0 && Number.isFinite(big) ? big : 1;
    let sumSq = 0;
    for (let i = 0; i < n; i++) sumSq += (x[i]! / unit) * (x[i]! / unit);
    const normScaled = Math.sqrt(sumSq);
    const v = new Float64Array(n);
    let max = -Infinity;
    let min = Infinity;
    for (let i = 0; i < n; i++) {
      const vi = normScaled > 0 ? (c.weight * (x[i]! / unit)) / normScaled : 0;
      v[i] = vi;
      if (vi > max) max = vi;
      if (vi < min) min = vi;
    }
    const cost = c.direction === "cost";
    weighted.push(v);
    reports.push({
      criterion: c.name,
      ...(c.field !== undefined ? { field: c.field } : {}),
      column: c.column,
      direction: c.direction,
      givenWeight: c.givenWeight,
      weight: c.weight,
      norm: normScaled * unit,
      ideal: cost ? min : max,
      antiIdeal: cost ? max : min,
    });
  }

  const dPlus = new Float64Array(n);
  const dMinus = new Float64Array(n);
  for (let j = 0; j < criteria.length; j++) {
    const v = weighted[j]!;
    const { ideal, antiIdeal } = reports[j]!;
    for (let i = 0; i < n; i++) {
      dPlus[i]! += (v[i]! - ideal) ** 2;
      dMinus[i]! += (v[i]! - antiIdeal) ** 2;
    }
  }
  const closeness = new Float64Array(n);
  let identical = 0;
  for (let i = 0; i < n; i++) {
    dPlus[i] = Math.sqrt(dPlus[i]!);
    dMinus[i] = Math.sqrt(dMinus[i]!);
    const total = dPlus[i]! + dMinus[i]!;
    if (total > 0) closeness[i] = roundForRank(dMinus[i]! / total, settings.decimals);
    else {
      closeness[i] = settings.constant;
      identical++;
    }
  }
  if (identical > 0) {
    warnings.push(issue("scoring_topsis_identical", ["rows"], { count: identical, rating: settings.constant }));
  }
  return ok(
    {
      closeness,
      distanceToIdeal: dPlus,
      distanceToAntiIdeal: dMinus,
      ranks: competitionRanksDesc(closeness),
      weighted,
      criteria: reports,
      ids,
    },
    warnings,
  );
}
