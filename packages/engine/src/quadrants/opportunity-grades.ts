import * as z from "zod/mini";
import { fail, ok, parseWith, type Issue, type Result, type Warning } from "../result.ts";
import { issue } from "./issue.ts";
import { gradeOf, readMonths, readProbability, type OpportunityGradeResult } from "./opportunity-grade.ts";
import { OpportunityGradeOptions, opportunitySettings, type OpportunityGradeKey } from "./opportunity-grade-options.ts";
import type { Accessor } from "./quadrant-options.ts";
import { tooManyItems } from "../limits.ts";

const AccessorSchema = z.union([
  z.string().check(z.minLength(1)),
  z.custom<(row: never, index: number) => unknown>((v) => typeof v === "function", "expected a function"),
]);

const OpportunityGradesOptions = z.extend(OpportunityGradeOptions, {
  /** Field name or accessor of the months to close; defaults to `"monthsToClose"`. */
  months: z._default(AccessorSchema, "monthsToClose"),
  /** Field name or accessor of the probability; defaults to `"probability"`. */
  probability: z._default(AccessorSchema, "probability"),
  /** Field name or accessor copied to each output row as `id`; none by default. */
  id: z.optional(AccessorSchema),
});

/** Options of `opportunityGrades`: those of `opportunityGrade` plus where to read each row's values. */
export type OpportunityGradesOptions<R> = Omit<
  z.input<typeof OpportunityGradesOptions>,
  "months" | "probability" | "id"
> & { months?: Accessor<R>; probability?: Accessor<R>; id?: Accessor<R> };

/** One row's grade, or the issues that kept it from being graded. */
export interface OpportunityGradeRow {
  readonly index: number;
  readonly id?: unknown;
  /** The grade result, or null when the row's values were invalid. */
  readonly result: OpportunityGradeResult | null;
  readonly issues: readonly Issue[];
}

/** Grades of many opportunities with the count per grade. */
export interface OpportunityGradesResult {
  readonly rows: readonly OpportunityGradeRow[];
  /** The grade of every input row (null when not graded), for spilling next to the input. */
  readonly grades: readonly (OpportunityGradeKey | null)[];
  readonly counts: Readonly<Record<OpportunityGradeKey, number>>;
  readonly graded: number;
  readonly excluded: number;
  /** Whether probabilities were read as percentages (0–100). */
  readonly percent: boolean;
}

/**
 * Returns the grade A / B / C / D of each opportunity row (销售机会分级), with counts per grade; rows with a
 * missing, non-numeric or out-of-range value are not graded and carry their issues. Same grid and defaults as
 * `opportunityGrade`; fields default to `monthsToClose` and `probability`. With `probabilityScale: "auto"` the
 * whole column is read as percentages when any valid probability is above 1 (one warning), so 0.5 in such a
 * column means 0.5 %.
 */
export function opportunityGrades<R = Readonly<Record<string, unknown>>>(
  rows: readonly R[],
  options: OpportunityGradesOptions<R> = {},
): Result<OpportunityGradesResult> {
  const tooMany = tooManyItems(rows, ["rows"]);
  if (tooMany) return fail([tooMany]);
  const opts = parseWith(OpportunityGradesOptions, options, ["options"]);
  if (!opts.success) return opts.result;
  const { months, probability, id, ...gradeOptions } = opts.data;
  const parsed = opportunitySettings(gradeOptions, ["options"]);
  if (!parsed.success) return parsed.result;
  const settings = parsed.data;
  if (!Array.isArray(rows))
    return fail([issue("invalid_type", ["rows"], { expected: "array", received: typeof rows })]);
  if (rows.length === 0) return fail([issue("empty_input", ["rows"])]);

  const read = (accessor: unknown, row: R, i: number): unknown => {
    if (typeof accessor === "function") return (accessor as (r: R, i: number) => unknown)(row, i);
    if (row === null || typeof row !== "object") return undefined;
    return (row as Record<string, unknown>)[accessor as string];
  };
  const field = (a: unknown, fallback: string) => (typeof a === "string" ? a : fallback);
  const n = rows.length;
  const checked: { months?: number; p?: number; issues: Issue[] }[] = [];
  let anyAboveOne = false;
  for (let i = 0; i < n; i++) {
    const row = rows[i] as R;
    const issues: Issue[] = [];
    const m = readMonths(read(months, row, i), ["rows", i, field(months, "monthsToClose")], issues);
    const p = readProbability(
      read(probability, row, i),
      ["rows", i, field(probability, "probability")],
      settings.probabilityScale,
      issues,
    );
    if (p !== undefined && p > 1) anyAboveOne = true;
    checked.push({ ...(m === undefined ? {} : { months: m }), ...(p === undefined ? {} : { p }), issues });
  }
  const percent = settings.probabilityScale === "percent" || (settings.probabilityScale === "auto" && anyAboveOne);
  const counts: Record<OpportunityGradeKey, number> = { A: 0, B: 0, C: 0, D: 0 };
  const out: OpportunityGradeRow[] = [];
  const grades: (OpportunityGradeKey | null)[] = [];
  let excluded = 0;
  for (let i = 0; i < n; i++) {
    const c = checked[i]!;
    const base = id === undefined ? { index: i } : { index: i, id: read(id, rows[i] as R, i) };
    if (c.issues.length || c.months === undefined || c.p === undefined) {
      excluded++;
      grades.push(null);
      out.push({ ...base, result: null, issues: c.issues });
      continue;
    }
    const result = gradeOf(c.months, percent ? c.p / 100 : c.p, settings);
    counts[result.grade]++;
    grades.push(result.grade);
    out.push({ ...base, result, issues: [] });
  }
  const warnings: Warning[] = [];
  if (percent && settings.probabilityScale === "auto") {
    warnings.push(issue("opportunity_probability_percent", ["rows"], { received: "> 1", fraction: "value / 100" }));
  }
  if (excluded) warnings.push(issue("opportunity_rows_excluded", ["rows"], { count: excluded }));
  return ok({ rows: out, grades, counts, graded: n - excluded, excluded, percent }, warnings);
}
