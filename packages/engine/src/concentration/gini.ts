import * as z from "zod/mini";
import { fail, ok, parseWith, type Result } from "../result.ts";
import { issue } from "./issue.ts";
import { NegativePolicy, shareBasis, type ShareBasis } from "./share-basis.ts";

const GiniOptions = z.strictObject({
  correction: z._default(z.boolean(), false),
  negative: z._default(NegativePolicy, "error"),
});

/** Options of {@link gini}. */
export type GiniOptions = z.input<typeof GiniOptions>;

/** A Gini coefficient and what it was computed from. */
export interface GiniResult {
  /** The Gini coefficient: the population form, or the n/(n−1)-corrected one when `correction` is set. */
  readonly gini: number;
  /** The population (uncorrected) form, 0 for perfect equality, (n−1)/n when one item holds everything. */
  readonly giniPopulation: number;
  readonly correction: boolean;
  readonly n: number;
  readonly total: number;
}

/**
 * Returns the Gini coefficient (基尼系数) of nonnegative `values` in its population form
 * G = Σ(2i − n − 1)·x_(i) / (n·Σx) with x ascending (domain/tiering.md §2.8; 0.38625 on the 20-incomes sheet), or
 * the small-sample form G·n/(n−1) with `correction: true` (defaults to false). Missing values (null, "") are
 * excluded and counted; negatives are an issue unless `negative` is `"exclude"` or `"clip0"` (defaults to
 * `"error"`); a zero total is an issue.
 */
export function gini(values: ArrayLike<unknown>, options: GiniOptions = {}): Result<GiniResult> {
  const opts = parseWith(GiniOptions, options, ["options"]);
  if (!opts.success) return opts.result;
  const { correction, negative } = opts.data;
  const b = shareBasis(values, negative);
  if (!b.success) return fail(b.issues);
  const { n, total } = b.basis;
  if (correction && n < 2) return fail([issue("concentration_correction_needs_two", ["values"], { n })]);
  const g = giniOf(b.basis);
  return ok({ gini: correction ? (g * n) / (n - 1) : g, giniPopulation: g, correction, n, total }, b.warnings);
}

// Above this, n·Σx or the weighted sum could overflow; shares are summed instead (slightly less exact).
const SAFE_MAGNITUDE = 1e290;

/** Returns the population Gini of a share basis. */
export function giniOf({ sorted, n, total }: ShareBasis): number {
  // Σ(2i − n − 1)·x_(i) paired from both ends: every term (n − 1 − 2i)·(x_(n−1−i) − x_(i)) is ≥ 0, so equal values
  // give exactly 0 and nothing cancels.
  let s = 0;
  const half = n >>> 1;
  const denominator = n * total;
  if (denominator < SAFE_MAGNITUDE) {
    for (let i = 0; i < half; i++) s += (n - 1 - 2 * i) * (sorted[n - 1 - i]! - sorted[i]!);
    return s / denominator;
  }
  for (let i = 0; i < half; i++) s += (n - 1 - 2 * i) * (sorted[n - 1 - i]! / total - sorted[i]! / total);
  return s / n;
}
