import * as z from "zod/mini";
import { parseWith, type Issue } from "../result.ts";
import { issue } from "./issue.ts";
import {
  addFractions,
  compareFractions,
  decimalFraction,
  fractionToNumber,
  type DecimalFraction,
} from "./decimal-fraction.ts";
import { defaultTierLabels } from "./tier-labels.ts";

/**
 * How ABC classes are cut: `value` (cumulative value share, Pareto thresholds, the default), `count` (cumulative
 * count-share quotas, the seed's A/B/C/D = 20/30/30/20) or `computed` (Ultsch–Lötsch computed ABC).
 */
export const AbcMethod = z.enum(["value", "count", "computed"]);
export type AbcMethod = z.infer<typeof AbcMethod>;

/**
 * Which class the item whose cumulative share S_k meets a threshold t falls in (domain/tiering.md §2.1): `cumLE`
 * (S_k ≤ t stays in the higher class, the default), `cumLT` (S_k < t) or `crossingIncluded` (S_{k−1} < t: the item
 * that crosses t stays in the higher class).
 */
export const AbcBoundary = z.enum(["cumLE", "cumLT", "crossingIncluded"]);
export type AbcBoundary = z.infer<typeof AbcBoundary>;

/**
 * What happens to equal values that a cut falls between (§2.1): `row` (split in row order, by id else input order,
 * with a warning; the default), `group` (every member takes the cumulative share through the whole group, DAX) or
 * `majority` (row-wise, then the whole group moves to the class holding most of it, cABC).
 */
export const AbcTies = z.enum(["row", "group", "majority"]);
export type AbcTies = z.infer<typeof AbcTies>;

/** Rounding of count boundaries n·Σq: `halfUp` (JS/Excel, the default) or `halfEven` (R). */
export const AbcRounding = z.enum(["halfUp", "halfEven"]);
export type AbcRounding = z.infer<typeof AbcRounding>;

/** Missing or non-numeric values: `exclude` (the default), `zero` (ABCanalysis) or `error` (Excel's #VALUE!). */
export const MissingPolicy = z.enum(["exclude", "zero", "error"]);
export type MissingPolicy = z.infer<typeof MissingPolicy>;

/**
 * Zero and negative values: `exclude` (the default), `clip0` (negatives count as 0 and zeros stay, ABCanalysis),
 * `error`, or `separate` (their own class after the others, labelled `separateLabel`).
 */
export const NonPositivePolicy = z.enum(["exclude", "clip0", "error", "separate"]);
export type NonPositivePolicy = z.infer<typeof NonPositivePolicy>;

/** Options of `abcTiers`; every field is optional and documented on {@link AbcOptions}. */
export const AbcOptionsSchema = z.strictObject({
  method: z._default(AbcMethod, "value"),
  cutoffs: z.nullish(z.array(z.number()).check(z.minLength(1), z.maxLength(20))),
  quotas: z.nullish(z.array(z.number()).check(z.minLength(2), z.maxLength(21))),
  labels: z.nullish(z.array(z.string().check(z.minLength(1))).check(z.minLength(2), z.maxLength(21))),
  boundary: z._default(AbcBoundary, "cumLE"),
  ties: z._default(AbcTies, "row"),
  rounding: z._default(AbcRounding, "halfUp"),
  missing: z._default(MissingPolicy, "exclude"),
  nonPositive: z._default(NonPositivePolicy, "exclude"),
  separateLabel: z._default(z.string().check(z.minLength(1)), "N"),
  computedMode: z._default(z.enum(["cabc", "legacy"]), "cabc"),
  // Checked by hand: a zod pass over a million ids costs more than the ranking.
  ids: z.optional(z.unknown()),
});

/**
 * Options of `abcTiers`. Defaults follow the "Engine default" column of domain/tiering.md §3.
 * - `method`: defaults to `"value"`.
 * - `cutoffs`: cumulative limits in (0, 1), strictly increasing; defaults to [0.8, 0.95] for `value` (→ A, B, C) and
 *   [0.2, 0.5, 0.8] for `count` (→ A, B, C, D, the seed's 20/30/30/20).
 * - `quotas`: per-class shares summing to 1 (e.g. [0.2, 0.3, 0.3, 0.2]), an alternative to `cutoffs`.
 * - `labels`: one per class (cutoffs + 1; 3 for `computed`); defaults to A, B, C[, D…].
 * - `boundary`: defaults to `"cumLE"`. `ties`: defaults to `"row"`. `rounding`: defaults to `"halfUp"`.
 * - `missing`: defaults to `"exclude"`. `nonPositive`: defaults to `"exclude"`; `separateLabel` defaults to `"N"`.
 * - `computedMode`: `"cabc"` (cABCanalysis 1.0.1, the default) or `"legacy"` (ABCanalysis 1.2.1).
 * - `ids`: one string per value, used to order equal values and reported back.
 */
export type AbcOptions = z.input<typeof AbcOptionsSchema> & { ids?: readonly string[] | null };

/** Options after validation, with cutoffs as exact decimals and labels filled in. */
export interface ResolvedAbcOptions {
  readonly method: AbcMethod;
  readonly cutoffs: readonly DecimalFraction[];
  readonly cutoffNumbers: readonly number[];
  readonly labels: readonly string[];
  readonly boundary: AbcBoundary;
  readonly ties: AbcTies;
  readonly rounding: AbcRounding;
  readonly missing: MissingPolicy;
  readonly nonPositive: NonPositivePolicy;
  readonly separateLabel: string;
  readonly computedMode: "cabc" | "legacy";
  readonly ids: readonly string[] | undefined;
}

// The "Engine default" column of domain/tiering.md §3: 80/95 by value, the seed's 20/30/30/20 by count.
const DEFAULT_VALUE_CUTOFFS = [0.8, 0.95];
const DEFAULT_COUNT_CUTOFFS = [0.2, 0.5, 0.8];
// Quotas typed as decimals (1/3 as 0.3333333333333333) are accepted when they sum to 1 within this tolerance.
const QUOTA_SUM_TOLERANCE = 1e-9;

/** Returns the validated options of `abcTiers` for `n` values, or the issues that make them unusable. */
export function resolveAbcOptions(
  options: unknown,
  n: number,
): { success: true; options: ResolvedAbcOptions } | { success: false; issues: Issue[] } {
  const parsed = parseWith(AbcOptionsSchema, options ?? {}, []);
  if (!parsed.success) return { success: false, issues: parsed.result.success ? [] : [...parsed.result.issues] };
  const o = parsed.data;
  const issues: Issue[] = [];

  const cutoffs: DecimalFraction[] = [];
  if (o.cutoffs && o.quotas) issues.push(issue("tier_cutoffs_conflict", ["quotas"]));
  else if (o.method === "computed" && (o.cutoffs || o.quotas)) {
    issues.push(issue("tier_cutoffs_unused", [o.cutoffs ? "cutoffs" : "quotas"]));
  } else if (o.quotas) {
    let sum: DecimalFraction = { numerator: 0n, denominator: 1n };
    o.quotas.forEach((q, i) => {
      if (!(q > 0 && q < 1)) issues.push(issue("tier_quota_range", ["quotas", i], { received: q }));
      else {
        sum = addFractions(sum, decimalFraction(q));
        if (i < o.quotas!.length - 1) cutoffs.push(sum);
      }
    });
    if (issues.length === 0 && Math.abs(fractionToNumber(sum) - 1) > QUOTA_SUM_TOLERANCE) {
      issues.push(issue("tier_quotas_sum", ["quotas"], { sum: fractionToNumber(sum) }));
    }
  } else if (o.method !== "computed") {
    const given = o.cutoffs ?? (o.method === "count" ? DEFAULT_COUNT_CUTOFFS : DEFAULT_VALUE_CUTOFFS);
    given.forEach((t, i) => {
      if (!(t > 0 && t < 1)) {
        issues.push(issue("tier_cutoff_range", ["cutoffs", i], { received: t }));
        return;
      }
      const f = decimalFraction(t);
      const previous = cutoffs[cutoffs.length - 1];
      if (i > 0 && previous && compareFractions(f, previous) <= 0) {
        issues.push(issue("tier_cutoffs_order", ["cutoffs", i], { received: t, previous: given[i - 1] }));
      }
      cutoffs.push(f);
    });
  }

  const classCount = o.method === "computed" ? 3 : cutoffs.length + 1;
  const labels = o.labels ?? defaultTierLabels(classCount);
  if (issues.length === 0 && labels.length !== classCount) {
    issues.push(issue("tier_labels_count", ["labels"], { expected: classCount, received: labels.length }));
  }
  const seen = new Set<string>();
  labels.forEach((label, i) => {
    if (seen.has(label)) issues.push(issue("tier_labels_duplicate", ["labels", i], { label }));
    seen.add(label);
  });
  if (o.nonPositive === "separate" && seen.has(o.separateLabel)) {
    issues.push(issue("tier_labels_duplicate", ["separateLabel"], { label: o.separateLabel }));
  }

  let ids: readonly string[] | undefined;
  if (o.ids !== undefined && o.ids !== null) {
    if (!Array.isArray(o.ids)) {
      issues.push(issue("invalid_type", ["ids"], { expected: "array", received: typeof o.ids }));
    } else if (o.ids.length !== n) {
      issues.push(issue("length_mismatch", ["ids"], { expected: n, received: o.ids.length }));
    } else {
      const bad = o.ids.findIndex((id) => typeof id !== "string");
      if (bad >= 0) {
        issues.push(issue("invalid_type", ["ids", bad], { expected: "string", received: typeof o.ids[bad] }));
      } else ids = o.ids as string[];
    }
  }

  if (issues.length > 0) return { success: false, issues };
  return {
    success: true,
    options: {
      method: o.method,
      cutoffs,
      cutoffNumbers: cutoffs.map(fractionToNumber),
      labels,
      boundary: o.boundary,
      ties: o.ties,
      rounding: o.rounding,
      missing: o.missing,
      nonPositive: o.nonPositive,
      separateLabel: o.separateLabel,
      computedMode: o.computedMode,
      ids,
    },
  };
}
