import { fail, issue, ok, parseWith, type Issue, type Result } from "../result.ts";
import { resolveCriteria, type Criterion } from "./criterion.ts";
import { ValueScoreOptions } from "./value-score-options.ts";
import { scoreColumns } from "./value-scores-columns.ts";
import { isBlank, type ValueScoreResult } from "./value-scores.ts";

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
  const opts = parseWith(ValueScoreOptions, options, ["options"]);
  if (!opts.success) return opts.result;
  if (!Array.isArray(matrix)) {
    return fail([issue("invalid_type", ["matrix"], { expected: "array", received: typeof matrix })]);
  }
  const resolved = resolveCriteria(criteria, opts.data.normalization, false);
  if (!resolved.success) return fail(resolved.issues);
  if (matrix.length === 0) return fail([issue("empty_input", ["matrix"])]);
  const n = matrix.length;
  const first: unknown = matrix[0];
  const width = Array.isArray(first) ? first.length : 0;
  const issues: Issue[] = [];
  for (let i = 0; i < n && issues.length < 20; i++) {
    const row: unknown = matrix[i];
    if (!Array.isArray(row)) {
      issues.push(
        issue("invalid_type", ["matrix", i], { expected: "array", received: row === null ? "null" : typeof row }),
      );
    } else if (row.length !== width) {
      issues.push(issue("length_mismatch", ["matrix", i], { expected: width, received: row.length }));
    }
  }
  for (const c of resolved.criteria) {
    if (c.column >= width) {
      issues.push(
        issue("scoring_column_out_of_range", ["criteria", c.index, "column"], {
          criterion: c.name,
          column: c.column + 1,
          width,
        }),
      );
    }
  }
  if (issues.length) return fail(issues);
  const values: Float64Array[] = [];
  const nonNumeric: number[] = [];
  for (const c of resolved.criteria) {
    const x = new Float64Array(n);
    let bad = 0;
    for (let i = 0; i < n; i++) {
      const v = matrix[i]![c.column];
      if (typeof v === "number" && v - v === 0) x[i] = v;
      else {
        x[i] = NaN;
        if (!isBlank(v)) bad++;
      }
    }
    values.push(x);
    nonNumeric.push(bad);
  }
  const core = scoreColumns({
    values,
    nonNumeric,
    criteria: resolved.criteria,
    settings: opts.data,
    cellPath: (c, i) => ["matrix", i, c.column],
  });
  if (!core.success) return core;
  return ok({ ...core.data, ids: null }, [...resolved.warnings, ...core.warnings]);
}
