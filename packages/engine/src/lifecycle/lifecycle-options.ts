import { z } from "zod";

/** Options of `lifecycleStage` and `lifecycleStages`. Periods are counted after aggregation (quarters by default). */
export const LifecycleOptions = z.strictObject({
  /** Input periods are months; `quarter` (default) sums them into quarters aligned to the last month, `none` keeps them. */
  aggregate: z.enum(["quarter", "none"]).default("quarter"),
  /** k, the periods in the trend and level window; defaults to 4. */
  windowPeriods: z.number().int().min(2).max(60).default(4),
  /** a_min, the age in periods below which a customer is still exploring; defaults to 4 (a year of quarters). */
  minAgePeriods: z.number().int().min(0).default(4),
  /** Shortest series (in periods) that gets a stage; shorter is `insufficient_data`. Defaults to `windowPeriods`. */
  minPeriods: z.number().int().min(1).optional(),
  /** γ, the trend threshold per period (0.1 = 10 % of the recent mean per period); defaults to 0.1. */
  trendThreshold: z.number().min(0).default(0.1),
  /** λ, the level (recent mean / peak rolling mean) below which a customer is off its peak; defaults to 0.8. */
  levelThreshold: z.number().gt(0).max(1).default(0.8),
  /** Blanks after the last reported period: `trim` (default; not reported yet) or `zero` (no orders). */
  trailingMissing: z.enum(["trim", "zero"]).default("trim"),
});
export type LifecycleOptions = z.input<typeof LifecycleOptions>;
export type LifecycleSettings = z.output<typeof LifecycleOptions>;
