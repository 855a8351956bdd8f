import * as z from "zod/mini";
import { RfmSegment } from "./rfm-segments.ts";

/** Reads a field of a record: a property name, or a function of the record and its index. */
export const Accessor = z.union([
  z.string().check(z.minLength(1)),
  z.custom<(row: unknown, index: number) => unknown>((v) => typeof v === "function", "expected a function"),
]);
export type Accessor = z.infer<typeof Accessor>;

/**
 * How scores are binned: `quantile` (R-7 quantiles at k/bins, right-closed bins; the default), `ntile` (equal
 * counts, ties split by id), `percentileRank` (⌈bins·rank_avg/n⌉), `custom` (explicit cut points per dimension) or
 * `nested` (F binned within each R bin, M within each R×F cell).
 */
export const RfmMethod = z.enum(["quantile", "ntile", "percentileRank", "custom", "nested"]);
export type RfmMethod = z.infer<typeof RfmMethod>;

// Scores are single digits so that 100R + 10F + M and the "545" code stay readable.
const MAX_BINS = 9;
const CutList = z.array(z.number()).check(z.maxLength(MAX_BINS - 1));

/** Options shared by {@link rfmScores} and {@link rfmFromOrders}. */
export const RfmScoreOptions = z.strictObject({
  method: z._default(RfmMethod, "quantile"),
  bins: z._default(z.number().check(z.int(), z.minimum(2), z.maximum(MAX_BINS)), 5),
  cuts: z.optional(z.partial(z.strictObject({ recency: CutList, frequency: CutList, monetary: CutList }))),
  closed: z._default(z.enum(["right", "left"]), "right"),
  population: z.optional(
    z.strictObject({
      recencyDays: z.array(z.unknown()),
      frequency: z.array(z.unknown()),
      monetary: z.array(z.unknown()),
    }),
  ),
  combine: z._default(z.enum(["digits", "weighted"]), "digits"),
  weights: z._default(
    z.strictObject({
      recency: z.number().check(z.minimum(0)),
      frequency: z.number().check(z.minimum(0)),
      monetary: z.number().check(z.minimum(0)),
    }),
    { recency: 1, frequency: 1, monetary: 1 },
  ),
  segments: z.optional(z.nullable(z.array(RfmSegment))),
  fallbackSegment: z._default(z.string().check(z.minLength(1)), "Others"),
  missing: z._default(z.enum(["exclude", "error"]), "exclude"),
});
export type RfmScoreOptions = z.input<typeof RfmScoreOptions>;
export type RfmScoreSettings = z.output<typeof RfmScoreOptions>;
