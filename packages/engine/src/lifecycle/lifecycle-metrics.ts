import { mean } from "../math/quantile.ts";
import { roundHalfUp } from "../math/round.ts";
import type { LifecycleSettings } from "./lifecycle-options.ts";
import { theilSenSlope } from "./theil-sen-slope.ts";

/** Float tolerance for threshold comparisons (domain/tiering.md §2.0: "otherwise use ε = 1e-12"). */
const EPSILON = 1e-12;

/** A measure a stage is judged on. */
export type LifecycleMetricName = "volume" | "profit";

/** Why a measure got its stage: a rule code and the figures it compared. */
export type MetricRule =
  "exploration" | "formation" | "stability" | "decline_trend" | "decline_level" | "unclassified" | "metric_undefined";

/** The lifecycle figures of one measure, and the stage they give on their own. */
export interface LifecycleMetrics {
  readonly metric: LifecycleMetricName;
  readonly stage: "exploration" | "formation" | "stability" | "decline" | "unclassified";
  readonly rule: MetricRule;
  /** a: periods from the first order to the last period, both included. */
  readonly age: number;
  /** L: mean of the last window / the highest rolling window mean so far; null when that peak is ≤ 0. */
  readonly level: number | null;
  /** g: Theil–Sen slope of the last window / its mean, per period; null when the mean is ≤ 0 or the window < 2. */
  readonly trend: number | null;
  /** The Theil–Sen slope of the last window, per period; null for a window shorter than 2. */
  readonly slope: number | null;
  /** Periods in the window: k, or the age when younger. */
  readonly windowPeriods: number;
  readonly recentMean: number;
  /** The highest rolling window mean (the peak), and the period (0-based) its window ends at. */
  readonly peakMean: number | null;
  readonly peakEndPeriod: number | null;
  /** Whether an earlier window (at age ≥ a_min) met the stability rule: the peak is established. */
  readonly wasStable: boolean;
  /** The last earlier period that met the stability rule, or null. */
  readonly stablePeriod: number | null;
  /** The aggregated series the figures come from, oldest first. */
  readonly series: readonly number[];
}

/** Returns the lifecycle figures and stage of one aggregated series, given the first order's period `first`. */
export function lifecycleMetrics(
  series: readonly number[],
  first: number,
  metric: LifecycleMetricName,
  s: LifecycleSettings,
): LifecycleMetrics {
  const n = series.length;
  const age = n - first;
  const w = Math.min(s.windowPeriods, age);
  const gamma = s.trendThreshold;
  const lambda = s.levelThreshold;
  let peak = -Infinity;
  let peakEnd: number | null = null;
  let wasStable = false;
  let stablePeriod: number | null = null;
  let trend: number | null = null;
  let level: number | null = null;
  let slope: number | null = null;
  let recentMean = 0;
  for (let t = first + w - 1; t < n; t++) {
    const win = series.slice(t - w + 1, t + 1);
    const m = mean(win);
    if (m > peak) {
      peak = m;
      peakEnd = t;
    }
    const sl = w >= 2 ? theilSenSlope(win) : NaN;
    const g = m > 0 && Number.isFinite(sl) ? sl / m : null;
    const l = peak > 0 ? m / peak : null;
    if (t < n - 1) {
      const grownUp = t - first + 1 >= s.minAgePeriods;
      if (grownUp && g !== null && l !== null && Math.abs(g) <= gamma + EPSILON && l >= lambda - EPSILON) {
        wasStable = true;
        stablePeriod = t;
      }
    } else {
      trend = g;
      level = l;
      slope = Number.isFinite(sl) ? sl : null;
      recentMean = m;
    }
  }
  let rule: MetricRule;
  if (age < s.minAgePeriods && !wasStable) rule = "exploration";
  else if (trend === null || level === null) rule = "metric_undefined";
  else if (trend < -gamma - EPSILON) rule = "decline_trend";
  else if (level < lambda - EPSILON && wasStable) rule = "decline_level";
  else if (trend > gamma + EPSILON) rule = "formation";
  else if (level >= lambda - EPSILON) rule = "stability";
  else rule = "unclassified";
  return {
    metric,
    stage: stageOf(rule),
    rule,
    age,
    level: level === null ? null : roundHalfUp(level, 10),
    trend: trend === null ? null : roundHalfUp(trend, 10),
    slope,
    windowPeriods: w,
    recentMean,
    peakMean: peakEnd === null ? null : peak,
    peakEndPeriod: peakEnd,
    wasStable,
    stablePeriod,
    series,
  };
}

function stageOf(rule: MetricRule): LifecycleMetrics["stage"] {
  switch (rule) {
    case "decline_trend":
    case "decline_level":
      return "decline";
    case "metric_undefined":
      return "unclassified";
    default:
      return rule;
  }
}
