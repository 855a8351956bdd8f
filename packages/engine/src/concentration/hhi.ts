import * as z from "zod/mini";
import { fail, ok, parseWith, type Result, type Warning } from "../result.ts";
import { issue } from "./issue.ts";
import { NegativePolicy, shareBasis, type ShareBasis } from "./share-basis.ts";

const HhiOptions = z.strictObject({
  input: z._default(z.enum(["values", "percentShares", "fractionShares"]), "values"),
  negative: z._default(NegativePolicy, "error"),
});

/** Options of {@link hhi}. */
export type HhiOptions = z.input<typeof HhiOptions>;

/** A Herfindahl–Hirschman index on both scales. */
export interface HhiResult {
  /** Σ(100·share)², 0–10,000. */
  readonly hhi: number;
  /** Σ share², 0–1. */
  readonly hhiFraction: number;
  /** (H − 1/n)/(1 − 1/n) on the 0–1 scale; null when n = 1, where it is undefined. */
  readonly hhiNormalized: number | null;
  readonly n: number;
  /** The sum of the values, or of the shares as given (100 or 1 for a complete market). */
  readonly total: number;
}

/** Relative tolerance for "the shares add up to 100 % (or 1)". */
const SHARE_SUM_TOLERANCE = 1e-9;

/**
 * Returns the Herfindahl–Hirschman index (赫芬达尔指数) of `values` on the 0–10,000 scale (`hhi`, 2600 for four firms
 * with 30/30/20/20 %), on the 0–1 scale (`hhiFraction`) and normalised. `input` says what the numbers are:
 * `"values"` (the default: shares are computed as x/Σx), `"percentShares"` (30 for 30 %) or `"fractionShares"`
 * (0.3). Shares that add up to less than the whole are used as given with a warning; more than the whole is an
 * issue.
 */
export function hhi(values: ArrayLike<unknown>, options: HhiOptions = {}): Result<HhiResult> {
  const opts = parseWith(HhiOptions, options, ["options"]);
  if (!opts.success) return opts.result;
  const { input, negative } = opts.data;
  const b = shareBasis(values, negative);
  if (!b.success) return fail(b.issues);
  if (input === "values") return ok(hhiOf(b.basis), b.warnings);
  const whole = input === "percentShares" ? 100 : 1;
  const { sorted, n, total } = b.basis;
  const warnings: Warning[] = [...b.warnings];
  if (total > whole * (1 + SHARE_SUM_TOLERANCE)) {
    return fail([issue("concentration_shares_exceed_total", ["values"], { sum: total, expected: whole })]);
  }
  if (total < whole * (1 - SHARE_SUM_TOLERANCE)) {
    warnings.push(issue("concentration_shares_incomplete", ["values"], { sum: total, expected: whole }));
  }
  let sq = 0;
  for (let i = 0; i < n; i++) sq += sorted[i]! * sorted[i]!;
  // Squares of percent shares are already on the 0–10,000 scale; one division gives the fraction exactly.
  const hhiPoints = input === "percentShares" ? sq : sq * 10_000;
  const fraction = input === "percentShares" ? sq / 10_000 : sq;
  return ok({ hhi: hhiPoints, hhiFraction: fraction, hhiNormalized: normalized(fraction, n), n, total }, warnings);
}

/** Returns the HHI of a share basis of raw values. */
export function hhiOf({ sorted, n, total }: ShareBasis): HhiResult {
  let sq = 0;
  for (let i = 0; i < n; i++) sq += sorted[i]! * sorted[i]!;
  const t2 = total * total;
  if (Number.isFinite(t2) && Number.isFinite(sq * 10_000) && t2 > 0) {
    // Integer data stays exact up to the one division: 30/30/20/20 gives 2600, not 2600.0000000000005.
    const fraction = sq / t2;
    return { hhi: (sq * 10_000) / t2, hhiFraction: fraction, hhiNormalized: normalized(fraction, n), n, total };
  }
  let f = 0;
  for (let i = 0; i < n; i++) f += (sorted[i]! / total) ** 2;
  return { hhi: f * 10_000, hhiFraction: f, hhiNormalized: normalized(f, n), n, total };
}

function normalized(fraction: number, n: number): number | null {
  if (n < 2) return null;
  return Math.min(1, Math.max(0, (fraction - 1 / n) / (1 - 1 / n)));
}
