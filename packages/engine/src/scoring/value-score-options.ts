import * as z from "zod/mini";
import { Normalization } from "./criterion.ts";
import { GradeBand } from "./grade-bands.ts";

/** Options shared by `valueScores`, `valueScoresMatrix` and `valueScoresColumns`. */
export const ValueScoreOptions = z.strictObject({
  /** Normalisation of criteria that name none; defaults to `minmax`. */
  normalization: z._default(Normalization, "minmax"),
  /** Top of the score scale for normalised criteria; defaults to 100 (raw values for `none`). */
  scale: z._default(z.number().check(z.positive()), 100),
  /** Missing values: `renormalize` (default) the weights over present criteria, count them as r = `zero`, or `error`. */
  missing: z._default(z.enum(["renormalize", "zero", "error"]), "renormalize"),
  /** Rating given to everyone when all values of a criterion are equal (max = min); defaults to 1. */
  constant: z._default(z.number().check(z.minimum(0), z.maximum(1)), 1),
  /** Clip values at the given quantiles (true = p1/p99) before minmax, max, zscore and vector; defaults to false. */
  winsorize: z._default(
    z.union([
      z.boolean(),
      z.strictObject({
        lower: z.number().check(z.minimum(0), z.maximum(0.5)),
        upper: z.number().check(z.minimum(0.5), z.maximum(1)),
      }),
    ]),
    false,
  ),
  /** Standard deviation for z-scores: `population` (default, divide by n) or `sample` (n − 1). */
  sigma: z._default(z.enum(["population", "sample"]), "population"),
  /** Map z-scores to 0–1 through the normal CDF (`cdf`, default) or keep them raw (`none`, unbounded). */
  zscoreMap: z._default(z.enum(["cdf", "none"]), "cdf"),
  /** Decimals scores are rounded to before ranking and in the output; defaults to 10. */
  decimals: z._default(z.number().check(z.int(), z.minimum(0), z.maximum(15)), 10),
  /** Grade every score with these bands (see `gradeByBands`); no grades by default. */
  gradeBands: z.optional(z.array(GradeBand).check(z.minLength(1))),
  /** Record field copied to each output row as `id` (row API only). */
  idField: z.optional(z.string().check(z.minLength(1))),
});

/** Options of the value-score functions; every field is optional. */
export type ValueScoreOptions = z.input<typeof ValueScoreOptions>;
/** Options after defaults. */
export type ValueScoreSettings = z.output<typeof ValueScoreOptions>;

/** The p1/p99 clip quantiles used by `winsorize: true`. */
export const DEFAULT_WINSOR = { lower: 0.01, upper: 0.99 } as const;
