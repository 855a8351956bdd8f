import * as z from "zod/mini";
import { fail, ok, parseWith, type Issue, type Result, type Warning } from "../result.ts";
import { issue } from "./issue.ts";
import { DEFAULT_GRADE_BANDS, GradeBand, type LocalizedLabel } from "./grade-bands.ts";
import { roundForRank } from "./round-for-rank.ts";
import { tooManyItems } from "../limits.ts";

/** A grade band as used: its score range `[min, max)` (max null for the top band) and how many scores fell in it. */
export interface GradeBandReport {
  readonly grade: string;
  readonly labels: LocalizedLabel | null;
  readonly min: number;
  readonly max: number | null;
  readonly count: number;
}

/** Grades of scores by bands: one grade per score (null when the score is null or below every band). */
export interface GradeByBandsResult {
  readonly grades: readonly (string | null)[];
  /** The bands highest first, with counts. */
  readonly bands: readonly GradeBandReport[];
  /** Scores that got no grade (null, or below the lowest band). */
  readonly ungraded: number;
}

const GradeByBandsOptions = z.strictObject({
  decimals: z._default(z.number().check(z.int(), z.minimum(0), z.maximum(15)), 10),
});

/** Options of {@link gradeByBands}. */
export type GradeByBandsOptions = z.input<typeof GradeByBandsOptions>;

/**
 * Returns the grade (等级) of each score by score bands: a score gets the band with the highest `min` it reaches
 * (`score ≥ min`, so each band is `[min, next min)`). Scores are rounded to `decimals` (defaults to 10) first, so
 * 84.99999999999999 counts as 85. `bands` defaults to {@link DEFAULT_GRADE_BANDS} (≥ 85 关键, 70–85 重点, 60–70
 * 一般, 0–60 维持). A null score (no data) gets a null grade.
 */
export function gradeByBands(
  scores: readonly (number | null)[],
  bands: readonly GradeBand[] = DEFAULT_GRADE_BANDS,
  options: GradeByBandsOptions = {},
): Result<GradeByBandsResult> {
  const tooMany = tooManyItems(scores, ["scores"]);
  if (tooMany) return fail([tooMany]);
  const opts = parseWith(GradeByBandsOptions, options, ["options"]);
  if (!opts.success) return opts.result;
  if (!Array.isArray(scores)) {
    return fail([issue("invalid_type", ["scores"], { expected: "array", received: typeof scores })]);
  }
  const issues: Issue[] = [];
  const values = new Float64Array(scores.length);
  scores.forEach((s, i) => {
    if (s === null || s === undefined) values[i] = NaN;
    else if (typeof s !== "number") {
      issues.push(issue("invalid_type", ["scores", i], { expected: "number", received: typeof s }));
    } else if (!Number.isFinite(s)) issues.push(issue("not_finite", ["scores", i], { received: String(s) }));
    else values[i] = s;
  });
  if (issues.length) return fail(issues);
  const table = gradeBandTable(bands);
  if (!table.success) return fail(table.issues);
  const graded = gradeScores(values, table.bands, opts.data.decimals);
  return ok(graded.result, graded.warnings);
}

/** Returns the bands validated and sorted highest `min` first, or issues (duplicate `min`, bad band). */
export function gradeBandTable(
  bands: unknown,
  path: readonly (string | number)[] = ["bands"],
): { success: true; bands: GradeBand[] } | { success: false; issues: Issue[] } {
  const parsed = parseWith(z.array(GradeBand).check(z.minLength(1)), bands, path);
  if (!parsed.success) return { success: false, issues: [...(parsed.result.success ? [] : parsed.result.issues)] };
  const sorted = [...parsed.data].sort((a, b) => b.min - a.min);
  for (let k = 1; k < sorted.length; k++) {
    if (sorted[k]!.min === sorted[k - 1]!.min) {
      return { success: false, issues: [issue("scoring_grade_bands_duplicate", path, { min: sorted[k]!.min })] };
    }
  }
  return { success: true, bands: sorted };
}

/** Returns the grades of `scores` (NaN = no score) against bands sorted highest first. */
export function gradeScores(
  scores: ArrayLike<number>,
  bands: readonly GradeBand[],
  decimals: number,
): { result: GradeByBandsResult; warnings: Warning[] } {
  const counts = new Array<number>(bands.length).fill(0);
  const grades: (string | null)[] = new Array(scores.length);
  let ungraded = 0;
  let below = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    grades[i] = null;
    if (s !== s) {
      ungraded++;
      continue;
    }
    const key = roundForRank(s, decimals);
    let k = 0;
    while (k < bands.length && key < bands[k]!.min) k++;
    if (k === bands.length) {
      ungraded++;
      below++;
      continue;
    }
    grades[i] = bands[k]!.grade;
    counts[k]!++;
  }
  const report = bands.map((b, k): GradeBandReport => ({
    grade: b.grade,
    labels: b.labels ?? null,
    min: b.min,
    max: k === 0 ? null : bands[k - 1]!.min,
    count: counts[k]!,
  }));
  const warnings: Warning[] = [];
  if (below > 0) {
    warnings.push(issue("scoring_scores_below_bands", ["bands"], { count: below, min: bands[bands.length - 1]!.min }));
  }
  return { result: { grades, bands: report, ungraded }, warnings };
}
