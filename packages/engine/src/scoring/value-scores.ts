import { fail, ok, parseWith, type Result } from "../result.ts";
import { columnsFromRows } from "./criterion-columns.ts";
import { resolveCriteria, type Criterion } from "./criterion.ts";
import { ValueScoreOptions } from "./value-score-options.ts";
import { scoreColumns, type ValueScoreColumnsResult } from "./value-scores-columns.ts";
import { tooManyCells } from "../limits.ts";

/**
 * Value scores in columns (one typed array per output, indexed like the input rows) plus what each criterion's
 * normalisation used. {@link valueScoreRows} turns it into one object per row with contributions and
 * {@link valueScoreBreakdown} explains one row. Columns, not per-row objects, because a million row objects cost
 * the garbage collector more than the whole computation.
 */
export interface ValueScoreResult extends ValueScoreColumnsResult {
  /** The `idField` value of each row, when that option is given; otherwise null. */
  readonly ids: readonly unknown[] | null;
}

/**
 * Returns the weighted multi-criteria value score (加权价值评分) of each record: every criterion's values are
 * normalised to ratings r (min-max by default; cost criteria reversed), then score = Σ w·r·scale with weights
 * renormalised to sum 1. Per row (in columns): score, competition rank and coverage; per criterion: the ratings
 * and the min, max, mean, σ and norm used. Scores are NaN only for rows with no value at all under
 * `renormalize`; {@link valueScoreRows} shows them as null.
 *
 * Defaults: `normalization` "minmax", `scale` 100, `missing` "renormalize", `constant` 1 (rating when max = min),
 * `winsorize` false, `sigma` "population", `zscoreMap` "cdf", `decimals` 10. A value is missing when it is null,
 * undefined or ""; any other non-number (text, NaN, ±∞) is missing too and counted in a warning.
 */
export function valueScores(
  rows: readonly Readonly<Record<string, unknown>>[],
  criteria: readonly Criterion[],
  options: ValueScoreOptions = {},
): Result<ValueScoreResult> {
  const tooMany = tooManyCells(rows, criteria, ["rows"]);
  if (tooMany) return fail([tooMany]);
  const opts = parseWith(ValueScoreOptions, options, ["options"]);
  if (!opts.success) return opts.result;
  const resolved = resolveCriteria(criteria, opts.data.normalization, true);
  if (!resolved.success) return fail(resolved.issues);
  const cols = columnsFromRows(rows, resolved.criteria);
  if (!cols.success) return fail(cols.issues);
  const core = scoreColumns({
    ...cols.columns,
    criteria: resolved.criteria,
    settings: opts.data,
    cellPath: (c, i) => ["rows", i, c.field!],
  });
  if (!core.success) return core;
  const idField = opts.data.idField;
  const ids = idField === undefined ? null : rows.map((row) => row[idField]);
  return ok({ ...core.data, ids }, [...resolved.warnings, ...core.warnings]);
}
