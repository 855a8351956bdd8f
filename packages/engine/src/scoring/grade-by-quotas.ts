import * as z from "zod/mini";
import { atPath, fail, ok, parseWith, type Issue, type Result } from "../result.ts";
import { issue } from "./issue.ts";
import { abcTiers } from "../tiering/abc-tiers.ts";
import type { AbcResult } from "../tiering/abc-result.ts";
import { tooManyItems } from "../limits.ts";

/** One grade's share of the scores. */
export interface QuotaGradeReport {
  readonly grade: string;
  readonly count: number;
  /** count / graded scores: the actual share, which can differ from the quota with `ties: "group"`. */
  readonly countShare: number;
  /** The cumulative quota Σq the grade was cut at (1 for the last grade). */
  readonly limit: number | null;
  /** Lowest and highest score in the grade; null when empty. */
  readonly minScore: number | null;
  readonly maxScore: number | null;
}

/** Grades of scores by count quotas. */
export interface GradeByQuotasResult {
  /** Grade per score in input order; null for a null score. */
  readonly grades: readonly (string | null)[];
  readonly bands: readonly QuotaGradeReport[];
  /** Scores without a grade (null scores). */
  readonly ungraded: number;
  /** The count-quota ABC classification behind the grades (ranks, boundary and tie flags). */
  readonly detail: AbcResult;
}

const GradeByQuotasOptions = z.strictObject({
  labels: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(2))),
  rounding: z._default(z.enum(["halfUp", "halfEven"]), "halfUp"),
  ties: z._default(z.enum(["row", "group", "majority"]), "row"),
  ids: z.optional(z.array(z.string())),
});

/**
 * Options of {@link gradeByQuotas}: `labels` (one per quota; defaults to A, B, C, D …), `rounding` of the
 * cumulative count boundaries (`halfUp`, the default, or `halfEven`), `ties` (`row`, the default, `group` or
 * `majority`) and `ids` to order equal scores.
 */
export type GradeByQuotasOptions = z.input<typeof GradeByQuotasOptions>;

/**
 * Returns the grade (等级) of each score by count quotas, best scores first: the seed's A/B/C/D = 20/30/30/20 of
 * customers by default. Boundaries are cumulative, b_j = round(n·Σq), computed by the count-quota ABC engine
 * (`abcTiers`, domain/tiering.md §2.2), so 13 customers give 3/4/3/3 (half-up) or 3/3/4/3 (half-even). Null scores
 * get no grade and do not count in n; scores may be negative.
 */
export function gradeByQuotas(
  scores: readonly (number | null)[] | Float64Array,
  quotas: readonly number[] = [0.2, 0.3, 0.3, 0.2],
  options: GradeByQuotasOptions = {},
): Result<GradeByQuotasResult> {
  const tooMany = tooManyItems(scores, ["scores"]);
  if (tooMany) return fail([tooMany]);
  const opts = parseWith(GradeByQuotasOptions, options, ["options"]);
  if (!opts.success) return opts.result;
  if (!(Array.isArray(scores) || scores instanceof Float64Array)) {
    return fail([issue("invalid_type", ["scores"], { expected: "array", received: typeof scores })]);
  }
  if (!Array.isArray(quotas)) {
    return fail([issue("invalid_type", ["quotas"], { expected: "array", received: typeof quotas })]);
  }
  const n = scores.length;
  const issues: Issue[] = [];
  const values = new Float64Array(n);
  let min = Infinity;
  for (let i = 0; i < n; i++) {
    const s: unknown = scores[i];
    if (s === null || s === undefined || (typeof s === "number" && s !== s)) values[i] = NaN;
    else if (typeof s !== "number") {
      issues.push(issue("invalid_type", ["scores", i], { expected: "number", received: typeof s }));
    } else if (!Number.isFinite(s)) issues.push(issue("not_finite", ["scores", i], { received: String(s) }));
    else {
      values[i] = s;
      if (s < min) min = s;
    }
  }
  if (issues.length) return fail(issues);
  // Quotas only need the order of the scores; shifting them to start at 0 keeps zero and negative scores ranked
  // (the ABC engine leaves values ≤ 0 out by default, and clip0 would merge negatives).
  const shift = min < 0 ? -min : 0;
  const shifted = shift ? values.map((v) => v + shift) : values;
  const tiers = abcTiers(shifted, {
    method: "count",
    quotas: [...quotas],
    rounding: opts.data.rounding,
    ties: opts.data.ties,
    nonPositive: "clip0",
    ...(opts.data.labels ? { labels: opts.data.labels } : {}),
    ...(opts.data.ids ? { ids: opts.data.ids } : {}),
  });
  if (!tiers.success) {
    // Re-made, not copied, so that the message names the same path as the issue.
    return fail(tiers.issues.map((i) => (i.path[0] === "values" ? atPath(i, ["scores", ...i.path.slice(1)]) : i)));
  }
  const detail = tiers.data;
  const k = detail.labels.length;
  const lo = new Array<number>(k).fill(Infinity);
  const hi = new Array<number>(k).fill(-Infinity);
  let ungraded = 0;
  for (let i = 0; i < n; i++) {
    const t = detail.tierIndex[i]!;
    if (t < 0) {
      ungraded++;
      continue;
    }
    lo[t] = Math.min(lo[t]!, values[i]!);
    hi[t] = Math.max(hi[t]!, values[i]!);
  }
  const bands = detail.tiers.map((t): QuotaGradeReport => ({
    grade: t.label,
    count: t.count,
    countShare: t.countShare,
    limit: t.limit,
    minScore: t.count > 0 ? lo[t.index]! : null,
    maxScore: t.count > 0 ? hi[t.index]! : null,
  }));
  return ok({ grades: detail.tier, bands, ungraded, detail }, tiers.warnings);
}
