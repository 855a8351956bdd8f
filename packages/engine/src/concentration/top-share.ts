import * as z from "zod/mini";
import { fail, ok, parseWith, type Result } from "../result.ts";
import { NegativePolicy, shareBasis, type ShareBasis } from "./share-basis.ts";

const TopShareArgs = z.strictObject({
  p: z.number().check(z.gt(0), z.maximum(1)),
  negative: z._default(NegativePolicy, "error"),
});

/** The share of value held by the top p of customers. */
export interface TopShareResult {
  /** The fraction of customers asked for (0.2 = top 20 %). */
  readonly p: number;
  /** How many customers that is: ⌈p·n⌉, at least 1. */
  readonly count: number;
  /** Σ of the top `count` values / Σx. */
  readonly share: number;
  /** 1 − L(1 − p) on the piecewise-linear Lorenz curve: smoother than `share` when n is small. */
  readonly shareInterpolated: number;
  readonly n: number;
  readonly total: number;
}

/** Slack for p·n computed in floating point (0.1·30 = 3.0000000000000004 must give 3 customers, not 4). */
const COUNT_EPSILON = 1e-9;

/**
 * Returns the share of the total held by the top ⌈p·n⌉ customers (头部客户占比) and the interpolated Lorenz value
 * 1 − L(1 − p) (domain/tiering.md §2.8). `p` defaults to 0.2; `options.negative` as in {@link gini}.
 */
export function topShare(
  values: ArrayLike<unknown>,
  p = 0.2,
  options: { negative?: NegativePolicy } = {},
): Result<TopShareResult> {
  const args = parseWith(TopShareArgs, { p, ...options }, []);
  if (!args.success) return args.result;
  const b = shareBasis(values, args.data.negative);
  if (!b.success) return fail(b.issues);
  return ok(topShareOf(b.basis, args.data.p), b.warnings);
}

/** Returns the top-p share of a share basis. */
export function topShareOf(basis: ShareBasis, p: number): TopShareResult {
  const { n, total, cum } = basis;
  const count = Math.min(n, Math.max(1, Math.ceil(p * n - COUNT_EPSILON)));
  const share = (total - cum[n - count]!) / total;
  return { p, count, share, shareInterpolated: 1 - lorenzAt(basis, 1 - p), n, total };
}

/** Returns L(u), the share of the total held by the poorest fraction u, interpolated linearly between items. */
export function lorenzAt({ sorted, cum, n, total }: ShareBasis, u: number): number {
  if (u <= 0) return 0;
  if (u >= 1) return 1;
  const h = u * n;
  const i = Math.floor(h);
  return (cum[i]! + (h - i) * sorted[i]!) / total;
}
