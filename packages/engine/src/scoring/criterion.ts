import * as z from "zod/mini";
import { issuesFromZod, type Issue, type Warning } from "../result.ts";
import { issue } from "./issue.ts";

/**
 * How a criterion's raw values become comparable ratings r:
 * `none` (raw values, a plain weighted sum), `minmax` (the default), `max` (max-ratio, SAW), `zscore`,
 * `percentile` (percentile rank), `vector` (x / √Σx², as TOPSIS) or `bands` (a scoring-standard table).
 */
export const Normalization = z.enum(["none", "minmax", "max", "zscore", "percentile", "vector", "bands"]);
export type Normalization = z.infer<typeof Normalization>;

/** Whether more is better (`benefit`) or less is better (`cost`). */
export const Direction = z.enum(["benefit", "cost"]);
export type Direction = z.infer<typeof Direction>;

/**
 * One row of a scoring-standard table (评分标准): values in `[lo, hi)` earn `points`. A missing `lo` means
 * "from −∞", a missing `hi` "to +∞".
 */
export const ScoreBand = z.strictObject({
  lo: z.optional(z.number()),
  hi: z.optional(z.number()),
  points: z.number().check(z.minimum(0)),
});
export type ScoreBand = z.infer<typeof ScoreBand>;

/**
 * One scoring criterion: the `field` of a record (or the `column` of a matrix), its `weight` (any finite number
 * ≥ 0; weights are renormalised to sum 1), its `direction` (defaults to benefit), an optional per-criterion
 * `normalization` and, for `bands`, the band table.
 */
export const Criterion = z.strictObject({
  field: z.optional(z.string().check(z.minLength(1))),
  column: z.optional(z.number().check(z.int(), z.minimum(0))),
  label: z.optional(z.string().check(z.minLength(1))),
  // Checked by hand so the issue names the criterion (a text or NaN weight is the most common spreadsheet slip).
  weight: z.unknown(),
  direction: z._default(Direction, "benefit"),
  normalization: z.optional(Normalization),
  bands: z.optional(z.array(ScoreBand).check(z.minLength(1))),
});
export type Criterion = z.input<typeof Criterion>;

/** A criterion after validation: its display name, normalised weight and resolved normalisation. */
export interface ResolvedCriterion {
  readonly index: number;
  readonly name: string;
  readonly field: string | undefined;
  readonly column: number;
  readonly givenWeight: number;
  readonly weight: number;
  readonly direction: Direction;
  readonly normalization: Normalization;
  readonly bands: readonly ScoreBand[] | undefined;
}

/** Tolerance for "the weights already sum to 1". */
const WEIGHT_SUM_EPSILON = 1e-9;

/**
 * Returns the validated criteria with weights renormalised to sum 1 (and a warning when they did not), or the
 * issues found. `keyed` says whether criteria address record fields (true) or matrix columns (false).
 */
export function resolveCriteria(
  input: unknown,
  defaultNormalization: Normalization,
  keyed: boolean,
): { success: true; criteria: ResolvedCriterion[]; warnings: Warning[] } | { success: false; issues: Issue[] } {
  if (!Array.isArray(input)) {
    return {
      success: false,
      issues: [issue("invalid_type", ["criteria"], { expected: "array", received: typeof input })],
    };
  }
  if (input.length === 0) return { success: false, issues: [issue("empty_input", ["criteria"])] };
  const issues: Issue[] = [];
  const parsed: { c: z.output<typeof Criterion>; name: string; weight: number }[] = [];
  input.forEach((raw, j) => {
    const r = Criterion.safeParse(raw);
    if (!r.success) {
      issues.push(...issuesFromZod(r.error, ["criteria", j]));
      return;
    }
    const c = r.data;
    const name = c.label ?? c.field ?? (c.column !== undefined ? `#${c.column + 1}` : `#${j + 1}`);
    if (keyed && c.field === undefined) issues.push(issue("scoring_criterion_field_missing", ["criteria", j]));
    const w = c.weight;
    if (typeof w !== "number" || !Number.isFinite(w)) {
      issues.push(issue("scoring_weight_invalid", ["criteria", j, "weight"], { criterion: name, received: shown(w) }));
    } else if (w < 0) {
      issues.push(issue("scoring_weight_negative", ["criteria", j, "weight"], { criterion: name, received: w }));
    }
    const normalization = c.normalization ?? (c.bands ? "bands" : defaultNormalization);
    if (normalization === "bands" && !c.bands) {
      issues.push(issue("scoring_bands_missing", ["criteria", j, "bands"], { criterion: name }));
    }
    parsed.push({ c, name, weight: typeof w === "number" ? w : NaN });
  });
  if (issues.length) return { success: false, issues };
  let sum = 0;
  for (const p of parsed) sum += p.weight;
  if (!(sum > 0)) return { success: false, issues: [issue("scoring_weights_zero", ["criteria"])] };
  const warnings: Warning[] = [];
  if (Math.abs(sum - 1) > WEIGHT_SUM_EPSILON) {
    warnings.push(issue("scoring_weights_renormalized", ["criteria"], { sum: Number(sum.toPrecision(12)) }));
  }
  const criteria = parsed.map(({ c, name, weight }, j): ResolvedCriterion => {
    const normalization = c.normalization ?? (c.bands ? "bands" : defaultNormalization);
    return {
      index: j,
      name,
      field: c.field,
      column: c.column ?? j,
      givenWeight: weight,
      weight: weight / sum,
      direction: c.direction,
      normalization,
      bands: normalization === "bands" ? c.bands : undefined,
    };
  });
  return { success: true, criteria, warnings };
}

function shown(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === null) return "null";
  if (typeof value === "number") return String(value);
  return typeof value;
}
