import * as z from "zod/mini";
import { fail, ok, parseWith, type Result } from "../result.ts";
import { contributionsOf, scoreResultIssue, type CriterionContribution } from "./value-score-breakdown.ts";
import type { ValueScoreColumnsResult } from "./value-scores-columns.ts";
import type { ValueScoreResult } from "./value-scores.ts";

/** One row's value score with its explanation. */
export interface ValueScoreRow {
  /** Position in the input. */
  readonly index: number;
  /** The `idField` value, when that option was given. */
  readonly id?: unknown;
  /** The score, or null when the row has no value for any criterion under `renormalize`. */
  readonly score: number | null;
  /** Competition rank (1, 1, 3), highest score first; null when the score is null. */
  readonly rank: number | null;
  /** Share (0–1) of the total weight with a value in this row (覆盖率). */
  readonly coverage: number;
  /** The grade, when the `gradeBands` option was given. */
  readonly grade?: string | null;
  /** Per criterion: raw value, rating, weight used and contribution; they sum to the score. */
  readonly contributions: readonly CriterionContribution[];
}

const ValueScoreRowsOptions = z.strictObject({
  from: z._default(z.number().check(z.int(), z.minimum(0)), 0),
  to: z.optional(z.number().check(z.int(), z.minimum(0))),
});

/** Options of {@link valueScoreRows}: the row range `[from, to)`, by default every row. */
export type ValueScoreRowsOptions = z.input<typeof ValueScoreRowsOptions>;

/**
 * Returns one plain object per row of a value-score result (index, id, score, rank, coverage, grade and the
 * per-criterion contributions), for tables and JSON. Rows `[from, to)` only when given (defaults to all): for a
 * million rows prefer the result's columns.
 */
export function valueScoreRows(
  result: ValueScoreResult | ValueScoreColumnsResult,
  options: ValueScoreRowsOptions = {},
): Result<ValueScoreRow[]> {
  const opts = parseWith(ValueScoreRowsOptions, options, ["options"]);
  if (!opts.success) return opts.result;
  const bad = scoreResultIssue(result);
  if (bad) return fail([bad]);
  const n = result.scores.length;
  const from = Math.min(opts.data.from, n);
  const to = Math.min(opts.data.to ?? n, n);
  const ids = "ids" in result ? result.ids : null;
  const grades = result.grades?.grades;
  const rows: ValueScoreRow[] = [];
  for (let i = from; i < to; i++) {
    const s = result.scores[i]!;
    rows.push({
      index: i,
      ...(ids ? { id: ids[i] } : {}),
      score: s === s ? s : null,
      rank: s === s ? result.ranks[i]! : null,
      coverage: result.coverage[i]!,
      ...(grades ? { grade: grades[i] ?? null } : {}),
      contributions: contributionsOf(result, i),
    });
  }
  return ok(rows);
}
