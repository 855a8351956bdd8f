import { fail, ok, parseWith, type Result } from "../result.ts";
import { columnsFromMatrix } from "./criterion-columns.ts";
import { resolveCriteria, type Criterion } from "./criterion.ts";
import { ValueScoreOptions } from "./value-score-options.ts";
import { scoreColumns } from "./value-scores-columns.ts";
import type { ValueScoreResult } from "./value-scores.ts";
import { tooManyCells } from "../limits.ts";

/**
 * Returns the weighted value score of each row of a matrix (an Excel range: one row per customer, one column per
 * criterion), as {@link valueScores} does for records. Criterion j reads column `criteria[j].column` (defaults to
 * j). Blank cells (null, undefined, "") are missing; every row must be as long as the first.
 */
export function valueScoresMatrix(
  matrix: readonly (readonly unknown[])[],
  criteria: readonly Criterion[],
  options: ValueScoreOptions = {},
): Result<ValueScoreResult> {
  const tooMany = tooManyCells(matrix, criteria, ["matrix"]);
  if (tooMany) return fail([tooMany]);
  const opts = parseWith(ValueScoreOptions, options, ["options"]);
  if (!opts.success) return opts.result;
  const resolved = resolveCriteria(criteria, opts.data.normalization, false);
  if (!resolved.success) return fail(resolved.issues);
  const cols = columnsFromMatrix(matrix, resolved.criteria);
  if (!cols.success) return fail(cols.issues);
  const core = scoreColumns({
    ...cols.columns,
    criteria: resolved.criteria,
    settings: opts.data,
    cellPath: (c, i) => ["matrix", i, c.column],
  });
  if (!core.success) return core;
  return ok({ ...core.data, ids: null }, [...resolved.warnings, ...core.warnings]);
}
