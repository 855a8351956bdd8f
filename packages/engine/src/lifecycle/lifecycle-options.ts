import * as z from "zod/mini";

/** Options of `lifecycleStage` and `lifecycleStages`. Periods are counted after aggregation (quarters by default). */
export const LifecycleOptions = z.strictObject({
  /** Input periods are months; `quarter` (default) sums them into quarters aligned to the last month, `none` keeps them. */
  aggregate: z._default(z.enum(["quarter", "none"]), "quarter"),
  /** k, the periods in the trend and level window; defaults to 4. */
  windowPeriods: z._default(z.number().check(z.int(), z.minimum(2), z.maximum(60)), 4),
  /** a_min, the age in periods below which a customer is still exploring; defaults to 4 (a year of quarters). */
  minAgePeriods: z._default(z.number().check(z.int(), z.minimum(0)), 4),
  /** Shortest series (in periods) that gets a stage; shorter is `insufficient_data`. Defaults to `windowPeriods`. */
  minPeriods: z.optional(z.number().check(z.int(), z.minimum(1))),
  /** γ, the trend threshold per period (0.1 = 10 % of the recent mean per period); defaults to 0.1. */
  trendThreshold: z._default(z.number().check(z.minimum(0)), 0.1),
  /** λ, the level (recent mean / peak rolling mean) below which a customer is off its peak; defaults to 0.8. */
  levelThreshold: z._default(z.number().check(z.gt(0), z.maximum(1)), 0.8),
  /** Blanks after the last reported period: `trim` (default; not reported yet) or `zero` (no orders). */
  trailingMissing: z._default(z.enum(["trim", "zero"]), "trim"),
});
export type LifecycleOptions = z.input<typeof LifecycleOptions>;
export type LifecycleSettings = z.output<typeof LifecycleOptions>;
