import * as z from "zod/mini";
import { mean, medianSorted, quantileSorted } from "../math/quantile.ts";

/**
 * Where an axis is split into low and high: `{ by: "median" }` (the default), `{ by: "mean" }`,
 * `{ by: "quantile", q }` (R-7, q in [0, 1]) or a fixed `{ value }`. Shorthands: `"median"`, `"mean"` or a number.
 * Computed statistics use the finite values of the included points only.
 */
export const AxisSplit = z.union([
  z.pipe(
    z.enum(["median", "mean"]),
    z.transform((by) => ({ by })),
  ),
  z.pipe(
    z.number(),
    z.transform((value) => ({ by: "value" as const, value })),
  ),
  z.strictObject({ by: z.enum(["median", "mean"]) }),
  z.strictObject({ by: z.literal("quantile"), q: z.number().check(z.minimum(0), z.maximum(1)) }),
  z.pipe(
    z.strictObject({ by: z.optional(z.literal("value")), value: z.number() }),
    z.transform((s) => ({
      by: "value" as const,
      value: s.value,
    })),
  ),
]);
export type AxisSplit = z.input<typeof AxisSplit>;

/** A split after parsing. */
export type AxisSplitSpec =
  | { readonly by: "median" | "mean" }
  | { readonly by: "quantile"; readonly q: number }
  | { readonly by: "value"; readonly value: number };

/** Returns the split value of `spec` over ascending finite `sorted` values (NaN for a statistic of no values). */
export function axisSplitValue(sorted: Float64Array, spec: AxisSplitSpec): number {
  switch (spec.by) {
    case "median":
      return medianSorted(sorted);
    case "mean":
      return mean(sorted);
    case "quantile":
      return quantileSorted(sorted, spec.q);
    case "value":
      return spec.value;
  }
}
