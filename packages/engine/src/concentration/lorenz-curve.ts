import * as z from "zod/mini";
import { fail, ok, parseWith, type Result } from "../result.ts";
import { NegativePolicy, shareBasis, type ShareBasis } from "./share-basis.ts";

/** A point of a cumulative curve: x = share of customers, y = share of value, both 0–1. */
export interface CurvePoint {
  readonly x: number;
  readonly y: number;
}

/** The Lorenz curve and its mirror, the ABC (Pareto) curve. */
export interface LorenzCurveResult {
  /** Ascending: the poorest x of customers hold y; from (0, 0) to (1, 1). */
  readonly lorenz: readonly CurvePoint[];
  /** Descending (ABC / Pareto curve): the largest x of customers hold y; from (0, 0) to (1, 1). */
  readonly abc: readonly CurvePoint[];
  readonly n: number;
  readonly total: number;
}

const LorenzOptions = z.strictObject({
  maxPoints: z._default(z.number().check(z.int(), z.minimum(2)), 201),
  negative: z._default(NegativePolicy, "error"),
});

/** Options of {@link lorenzCurve}. */
export type LorenzCurveOptions = z.input<typeof LorenzOptions>;

/**
 * Returns the Lorenz curve (洛伦兹曲线) of `values` and the matching ABC curve as chart points, every item's point when
 * n + 1 ≤ `maxPoints` (defaults to 201) and otherwise evenly spaced items with the exact endpoints (0, 0) and
 * (1, 1). `negative` as in {@link gini}.
 */
export function lorenzCurve(values: ArrayLike<unknown>, options: LorenzCurveOptions = {}): Result<LorenzCurveResult> {
  const opts = parseWith(LorenzOptions, options, ["options"]);
  if (!opts.success) return opts.result;
  const b = shareBasis(values, opts.data.negative);
  if (!b.success) return fail(b.issues);
  return ok(lorenzCurveOf(b.basis, opts.data.maxPoints), b.warnings);
}

/** Returns the curve points of a share basis. */
export function lorenzCurveOf({ cum, n, total }: ShareBasis, maxPoints: number): LorenzCurveResult {
  const m = Math.min(maxPoints, n + 1);
  const lorenz: CurvePoint[] = new Array(m);
  const abc: CurvePoint[] = new Array(m);
  for (let j = 0; j < m; j++) {
    const i = j === m - 1 ? n : Math.round((j * n) / (m - 1));
    lorenz[j] = { x: i / n, y: i === n ? 1 : cum[i]! / total };
    // The ABC curve is the Lorenz curve turned about (½, ½), each share computed from its own sums: 1 − 0.8 would
    // report the top 20 % as 0.19999999999999996.
    abc[m - 1 - j] = { x: (n - i) / n, y: i === n ? 0 : (total - cum[i]!) / total };
  }
  return { lorenz, abc, n, total };
}
