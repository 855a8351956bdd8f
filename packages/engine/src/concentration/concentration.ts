import * as z from "zod/mini";
import { fail, ok, parseWith, type Result, type Warning } from "../result.ts";
import { issue } from "./issue.ts";
import { giniOf } from "./gini.ts";
import { hhiOf } from "./hhi.ts";
import { lorenzCurveOf, type CurvePoint } from "./lorenz-curve.ts";
import { paretoRatioOf, type ParetoRatioResult } from "./pareto-ratio.ts";
import { NegativePolicy, shareBasis } from "./share-basis.ts";
import { topShareOf, type TopShareResult } from "./top-share.ts";

const ConcentrationOptions = z.strictObject({
  giniCorrection: z._default(z.boolean(), false),
  negative: z._default(NegativePolicy, "error"),
  p: z._default(z.number().check(z.gt(0), z.maximum(1)), 0.2),
  threshold: z._default(z.number().check(z.gt(0), z.maximum(1)), 0.8),
  k: z._default(z.array(z.number().check(z.int(), z.minimum(1))), [4, 8]),
  maxPoints: z._default(z.number().check(z.int(), z.minimum(2)), 201),
});

/** Options of {@link concentration}. */
export type ConcentrationOptions = z.input<typeof ConcentrationOptions>;

/** CR_k: the share of the k largest customers. */
export interface ConcentrationRatio {
  readonly k: number;
  /** How many customers were counted: min(k, n). */
  readonly count: number;
  readonly share: number;
}

/** Every concentration measure of one set of values, with what was excluded. */
export interface ConcentrationResult {
  readonly n: number;
  readonly total: number;
  readonly excluded: { readonly missing: number; readonly negative: number };
  readonly clippedNegative: number;
  /** Population Gini, or corrected when `giniCorrection` is set. */
  readonly gini: number;
  readonly giniPopulation: number;
  /** G·n/(n−1); null when n = 1. */
  readonly giniCorrected: number | null;
  readonly giniCorrection: boolean;
  /** HHI on 0–10,000. */
  readonly hhi: number;
  /** HHI on 0–1. */
  readonly hhiFraction: number;
  /** (H − 1/n)/(1 − 1/n); null when n = 1. */
  readonly hhiNormalized: number | null;
  readonly topShare: TopShareResult;
  readonly paretoRatio: ParetoRatioResult;
  readonly cr: readonly ConcentrationRatio[];
  readonly lorenz: readonly CurvePoint[];
  readonly abcCurve: readonly CurvePoint[];
}

/**
 * Returns every concentration measure (集中度) of `values` from one sort: Gini (population form;
 * `giniCorrection` defaults to false), HHI on both scales and normalised, the top-`p` share (defaults to 0.2),
 * the Pareto ratio at `threshold` (defaults to 0.8), CR_k for each of `k` (defaults to [4, 8]) and the Lorenz and
 * ABC curves downsampled to at most `maxPoints` points (defaults to 201). Missing values are excluded and counted;
 * negatives are an issue unless `negative` is `"exclude"` or `"clip0"` (defaults to `"error"`); a zero total is an
 * issue (domain/tiering.md §2.8).
 */
export function concentration(
  values: ArrayLike<unknown>,
  options: ConcentrationOptions = {},
): Result<ConcentrationResult> {
  const opts = parseWith(ConcentrationOptions, options, ["options"]);
  if (!opts.success) return opts.result;
  const { giniCorrection, negative, p, threshold, k, maxPoints } = opts.data;
  const b = shareBasis(values, negative);
  if (!b.success) return fail(b.issues);
  const basis = b.basis;
  const { n, total, cum } = basis;
  const warnings: Warning[] = [...b.warnings];
  const giniPopulation = giniOf(basis);
  const giniCorrected = n > 1 ? (giniPopulation * n) / (n - 1) : null;
  if (giniCorrection && giniCorrected === null) {
    return fail([issue("concentration_correction_needs_two", ["values"], { n })]);
  }
  const cr = k.map((kk, j): ConcentrationRatio => {
    if (kk > n) warnings.push(issue("concentration_k_exceeds_n", ["options", "k", j], { k: kk, n }));
    const count = Math.min(kk, n);
    return { k: kk, count, share: (total - cum[n - count]!) / total };
  });
  const h = hhiOf(basis);
  const curve = lorenzCurveOf(basis, maxPoints);
  return ok(
    {
      n,
      total,
      excluded: { missing: basis.excludedMissing, negative: basis.excludedNegative },
      clippedNegative: basis.clippedNegative,
      gini: giniCorrection && giniCorrected !== null ? giniCorrected : giniPopulation,
      giniPopulation,
      giniCorrected,
      giniCorrection,
      hhi: h.hhi,
      hhiFraction: h.hhiFraction,
      hhiNormalized: h.hhiNormalized,
      topShare: topShareOf(basis, p),
      paretoRatio: paretoRatioOf(basis, threshold),
      cr,
      lorenz: curve.lorenz,
      abcCurve: curve.abc,
    },
    warnings,
  );
}
