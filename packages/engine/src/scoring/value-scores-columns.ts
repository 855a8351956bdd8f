import { tooManyCells } from "../limits.ts";
import { fail, ok, parseWith, type Issue, type Result, type Warning } from "../result.ts";
import { issue } from "./issue.ts";
import { resolveCriteria, type Criterion, type ResolvedCriterion } from "./criterion.ts";
import { gradeBandTable, gradeScores, type GradeByBandsResult } from "./grade-by-bands.ts";
import { competitionRanksDesc } from "../math/rank.ts";
import { normalizeCriterion, type CriterionReport, type NormalizeSettings } from "./normalize-criterion.ts";
import { DEFAULT_WINSOR, ValueScoreOptions, type ValueScoreSettings } from "./value-score-options.ts";

/** Value scores in columns: one typed array per output, indexed like the input rows. */
export interface ValueScoreColumnsResult {
  /** Weighted score per row, rounded to `decimals`; NaN only for rows with no value at all under `renormalize`. */
  readonly scores: Float64Array;
  /** Competition rank (1, 1, 3) of each score, highest first; NaN where the score is NaN. */
  readonly ranks: Float64Array;
  /** Share (0–1) of the total weight whose criterion has a value in the row (覆盖率). */
  readonly coverage: Float64Array;
  /** Value per criterion and row as scored (NaN where missing; not winsorised). */
  readonly values: readonly Float64Array[];
  /** Rating r per criterion and row (NaN where the value is missing). */
  readonly normalized: readonly Float64Array[];
  /** Per criterion: what its normalisation used. */
  readonly criteria: readonly CriterionReport[];
  /** Grades, when the `gradeBands` option was given. */
  readonly grades: GradeByBandsResult | null;
  readonly scale: number;
  readonly missing: ValueScoreSettings["missing"];
  readonly decimals: number;
  /** Rows with no value for any criterion (score NaN under `renormalize`, 0 under `zero`). */
  readonly rowsWithoutData: number;
}

/** The validated pieces a front function hands to {@link scoreColumns}. */
export interface ScoreColumnsInput {
  readonly values: readonly Float64Array[];
  readonly nonNumeric: readonly number[];
  readonly criteria: readonly ResolvedCriterion[];
  readonly settings: ValueScoreSettings;
  readonly cellPath: (criterion: ResolvedCriterion, row: number) => (string | number)[];
}

/**
 * Returns weighted multi-criteria value scores (价值评分) for data already in columns: `columns[c]` holds one
 * criterion's values (NaN = missing), and criterion j reads column `criteria[j].column` (defaults to j). This is
 * the fast path under {@link valueScores}: no per-row objects. Options as for `valueScores`.
 */
export function valueScoresColumns(
  columns: readonly ArrayLike<number>[],
  criteria: readonly Criterion[],
  options: ValueScoreOptions = {},
): Result<ValueScoreColumnsResult> {
  if (Array.isArray(columns)) {
    for (let j = 0; j < columns.length; j++) {
      const tooMany = tooManyCells(columns[j], criteria, ["columns", j]);
      if (tooMany) return fail([tooMany]);
    }
  }
  const opts = parseWith(ValueScoreOptions, options, ["options"]);
  if (!opts.success) return opts.result;
  if (!Array.isArray(columns)) {
    return fail([issue("invalid_type", ["columns"], { expected: "array", received: typeof columns })]);
  }
  const resolved = resolveCriteria(criteria, opts.data.normalization, false);
  if (!resolved.success) return fail(resolved.issues);
  const issues: Issue[] = [];
  const n = columns[0]?.length ?? 0;
  columns.forEach((col, c) => {
    if (col === null || typeof col !== "object" || typeof col.length !== "number") {
      issues.push(issue("invalid_type", ["columns", c], { expected: "array", received: typeof col }));
    } else if (col.length !== n) {
      issues.push(issue("length_mismatch", ["columns", c], { expected: n, received: col.length }));
    }
  });
  for (const c of resolved.criteria) {
    if (c.column >= columns.length) {
      issues.push(
        issue("scoring_column_out_of_range", ["criteria", c.index, "column"], {
          criterion: c.name,
          column: c.column + 1,
          width: columns.length,
        }),
      );
    }
  }
  if (issues.length) return fail(issues);
  if (n === 0) return fail([issue("empty_input", ["columns"])]);
  const values: Float64Array[] = [];
  const nonNumeric: number[] = [];
  for (const c of resolved.criteria) {
    const col = columns[c.column]!;
    let bad = 0;
    let x: Float64Array;
    if (col instanceof Float64Array) {
      x = col;
      for (let i = 0; i < n; i++) {
        if (col[i] === Infinity || col[i] === -Infinity) {
          if (x === col) x = Float64Array.from(col);
          x[i] = NaN;
          bad++;
        }
      }
    } else {
      x = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const v: unknown = col[i];
        if (typeof v === "number" && Number.isFinite(v)) x[i] = v;
        else {
          x[i] = NaN;
          // NaN, null and undefined are the columnar "missing"; anything else (±∞, text) is non-numeric.
          if (!(v === null || v === undefined || v !== v)) bad++;
        }
      }
    }
    nonNumeric.push(bad);
    values.push(x);
  }
  const core = scoreColumns({
    values,
    nonNumeric,
    criteria: resolved.criteria,
    settings: opts.data,
    cellPath: (c, i) => ["columns", c.column, i],
  });
  if (!core.success) return core;
  return ok(core.data, [...resolved.warnings, ...core.warnings]);
}

/** Returns the scores of validated columns: normalise each criterion, then the weighted sum per row. */
export function scoreColumns(input: ScoreColumnsInput): Result<ValueScoreColumnsResult> {
  const { values, criteria, settings } = input;
  const n = values[0]?.length ?? 0;
  const m = criteria.length;
  const normalizeSettings: NormalizeSettings = {
    constant: settings.constant,
    winsorize: settings.winsorize === true ? DEFAULT_WINSOR : settings.winsorize,
    sigma: settings.sigma,
    zscoreMap: settings.zscoreMap,
  };
  const issues: Issue[] = [];
  const warnings: Warning[] = [];
  const ratings: Float64Array[] = [];
  const reports: CriterionReport[] = [];
  criteria.forEach((c, j) => {
    const x = values[j]!;
    if (settings.missing === "error") {
      let first = -1;
      let count = 0;
      for (let i = 0; i < n; i++) {
        if (x[i] !== x[i]) {
          if (first < 0) first = i;
          count++;
        }
      }
      if (count > 0) {
        issues.push(issue("scoring_missing_value", input.cellPath(c, first), { criterion: c.name, count }));
        return;
      }
    }
    const r = normalizeCriterion(x, c, normalizeSettings, input.nonNumeric[j] ?? 0, (i) => input.cellPath(c, i));
    if (!r.success) {
      issues.push(...r.issues);
      return;
    }
    ratings.push(r.r);
    reports.push(r.report);
    warnings.push(...r.warnings);
  });
  if (issues.length) return fail(issues);
  const hasRaw = criteria.some((c) => c.normalization === "none");
  if (hasRaw && criteria.some((c) => c.normalization !== "none")) {
    warnings.push(issue("scoring_mixed_scales", ["criteria"]));
  }

  const w = Float64Array.from(criteria, (c) => c.weight);
  const factor = Float64Array.from(criteria, (c) =>
    c.normalization === "none" ? c.weight : c.weight * settings.scale,
  );
  const renormalize = settings.missing === "renormalize";
  const decimals = settings.decimals;
  // Criterion-major loops over typed arrays: this is the million-row hot path, and few big allocations keep
  // the garbage collector quiet.
  const scores = new Float64Array(n);
  const coverage = new Float64Array(n);
  for (let j = 0; j < m; j++) {
    const r = ratings[j]!;
    const f = factor[j]!;
    const wj = w[j]!;
    for (let i = 0; i < n; i++) {
      const v = r[i]!;
      if (v === v) {
        scores[i]! += f * v;
        coverage[i]! += wj;
      }
    }
  }
  let rowsWithoutData = 0;
  const unit = 10 ** decimals;
  for (let i = 0; i < n; i++) {
    const p = coverage[i]!;
    if (p === 0) rowsWithoutData++;
    // roundForRank inlined: this loop runs once per row.
    const s = renormalize ? (p > 0 ? scores[i]! / p : NaN) : scores[i]!;
    const rounded = Math.round(s * unit) / unit;
    scores[i] = rounded - rounded === 0 ? rounded + 0 : s;
    coverage[i] = p >= 1 ? 1 : Math.round(p * unit) / unit;
  }
  if (rowsWithoutData > 0) {
    warnings.push(issue("scoring_rows_without_data", ["rows"], { count: rowsWithoutData, policy: settings.missing }));
  }
  const ranks = competitionRanksDesc(scores);
  let grades: GradeByBandsResult | null = null;
  if (settings.gradeBands) {
    const table = gradeBandTable(settings.gradeBands, ["options", "gradeBands"]);
    if (!table.success) return fail(table.issues);
    const graded = gradeScores(scores, table.bands, decimals);
    grades = graded.result;
    warnings.push(...graded.warnings);
  }
  return ok(
    {
      scores,
      ranks,
      coverage,
      values,
      normalized: ratings,
      criteria: reports,
      grades,
      scale: settings.scale,
      missing: settings.missing,
      decimals,
      rowsWithoutData,
    },
    warnings,
  );
}
