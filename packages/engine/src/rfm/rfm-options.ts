import { z } from "zod";
import { RfmSegment } from "./rfm-segments.ts";

/** Reads a field of a record: a property name, or a function of the record and its index. */
export const Accessor = z.union([
  z.string().min(1),
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
const CutList = z.array(z.number()).max(MAX_BINS - 1);

/** Options shared by {@link rfmScores} and {@link rfmFromOrders}. */
export const RfmScoreOptions = z.strictObject({
  method: RfmMethod.default("quantile"),
  bins: z.number().int().min(2).max(MAX_BINS).default(5),
  cuts: z.strictObject({ recency: CutList, frequency: CutList, monetary: CutList }).partial().optional(),
  closed: z.enum(["right", "left"]).default("right"),
  population: z
    .strictObject({
      recencyDays: z.array(z.unknown()),
      frequency: z.array(z.unknown()),
      monetary: z.array(z.unknown()),
    })
    .optional(),
  combine: z.enum(["digits", "weighted"]).default("digits"),
  weights: z
    .strictObject({ recency: z.number().min(0), frequency: z.number().min(0), monetary: z.number().min(0) })
    .default({ recency: 1, frequency: 1, monetary: 1 }),
  segments: z.array(RfmSegment).nullable().optional(),
  fallbackSegment: z.string().min(1).default("Others"),
  missing: z.enum(["exclude", "error"]).default("exclude"),
});
export type RfmScoreOptions = z.input<typeof RfmScoreOptions>;
export type RfmScoreSettings = z.output<typeof RfmScoreOptions>;
