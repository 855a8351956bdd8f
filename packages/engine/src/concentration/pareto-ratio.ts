import * as z from "zod/mini";
import { fail, ok, parseWith, type Result } from "../result.ts";
import { NegativePolicy, shareBasis, type ShareBasis } from "./share-basis.ts";

const ParetoRatioArgs = z.strictObject({
  threshold: z.number().check(z.gt(0), z.maximum(1)),
  negative: z._default(NegativePolicy, "error"),
});

/** The smallest group of top customers that reaches a share of the total. */
export interface ParetoRatioResult {
  readonly threshold: number;
  /** How many of the largest customers it takes to reach `threshold`. */
  readonly count: number;
  /** `count / n`: 0.2 reads "20 % of customers hold 80 % of the value". */
  readonly ratio: number;
  /** The share those `count` customers actually hold (≥ threshold). */
  readonly shareReached: number;
  /** The fraction of customers at which the interpolated Lorenz curve reaches `threshold` exactly. */
  readonly ratioInterpolated: number;
  readonly n: number;
  readonly total: number;
}

/** Relative tolerance when comparing a cumulative share with the threshold (domain/tiering.md §2.0: ε = 1e-12). */
const SHARE_EPSILON = 1e-12;

/**
 * Returns the Pareto ratio (帕累托比率): the smallest fraction of customers, largest first, whose cumulative share
 * is ≥ `threshold` (defaults to 0.8), with the count and the interpolated fraction. `options.negative` as in
 * {@link gini}.
 */
export function paretoRatio(
  values: ArrayLike<unknown>,
  threshold = 0.8,
  options: { negative?: NegativePolicy } = {},
): Result<ParetoRatioResult> {
  const args = parseWith(ParetoRatioArgs, { threshold, ...options }, []);
  if (!args.success) return args.result;
  const b = shareBasis(values, args.data.negative);
  if (!b.success) return fail(b.issues);
  return ok(paretoRatioOf(b.basis, args.data.threshold), b.warnings);
}

/** Returns the Pareto ratio of a share basis. */
export function paretoRatioOf({ sorted, cum, n, total }: ShareBasis, threshold: number): ParetoRatioResult {
  const target = threshold * total - SHARE_EPSILON * total;
  const top = (k: number) => total - cum[n - k]!;
  let lo = 1;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (top(mid) >= target) hi = mid;
    else lo = mid + 1;
  }
  const count = lo;
  const before = top(count - 1);
  const x = sorted[n - count]!;
  const fraction = x > 0 ? Math.min(1, Math.max(0, (threshold * total - before) / x)) : 1;
  return {
    threshold,
    count,
    ratio: count / n,
    shareReached: top(count) / total,
    ratioInterpolated: (count - 1 + fraction) / n,
    n,
    total,
  };
}
