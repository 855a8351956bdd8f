import type { IssueCode } from "../messages.ts";
import { formatMessage } from "../messages/format.ts";
import type { Locale, MessageParams } from "../messages/types.ts";
import { fail, ok, parseWith, type Issue, type Result, type Warning } from "../result.ts";
import { issue } from "./issue.ts";
import { lifecycleMetrics, type LifecycleMetricName, type LifecycleMetrics } from "./lifecycle-metrics.ts";
import { LifecycleOptions, type LifecycleSettings } from "./lifecycle-options.ts";
import {
  LIFECYCLE_STAGES,
  RELATIONSHIP_LEVELS,
  type LifecycleStageKey,
  type MarketingMix,
  type RelationshipLevel,
} from "./lifecycle-stage-data.ts";
import { aggregatePeriods, readPeriodValues } from "./period-values.ts";
import { tooManyItems } from "../limits.ts";

/** Why a customer got its stage: a message code, the measure it is about, the figures, and the text in both languages. */
export interface LifecycleReason {
  readonly code: IssueCode;
  /** The measure the reason is about, or null for a reason about the data as a whole. */
  readonly metric: LifecycleMetricName | null;
  readonly params: MessageParams;
  readonly text: Readonly<Record<Locale, string>>;
}

/** A customer's lifecycle stage with the reason, figures per measure and the stage's recommended marketing mix. */
export interface LifecycleStageResult {
  readonly stage: LifecycleStageKey;
  readonly label: Readonly<Record<Locale, string>>;
  /** The deciding reason (for decline, the first declining measure: volume before profit). */
  readonly reason: LifecycleReason;
  /** Every measure's reason, the deciding one first. */
  readonly reasons: readonly LifecycleReason[];
  readonly metrics: { readonly volume: LifecycleMetrics | null; readonly profit: LifecycleMetrics | null };
  /** The stage's marketing mix (relationship vs brand) as data; null without a stage. */
  readonly marketingMix: MarketingMix | null;
  /** The suggested relationship level and its label; null without a stage. */
  readonly relationshipLevel: {
    readonly level: RelationshipLevel;
    readonly label: Readonly<Record<Locale, string>>;
  } | null;
  readonly periods: {
    /** `quarter` when months were summed into quarters, else `period`. */
    readonly unit: "quarter" | "period";
    /** Periods after trimming and aggregation. */
    readonly count: number;
    /** Input periods dropped as not yet reported (trailing blanks). */
    readonly trimmed: number;
    /** The period (0-based, aggregated) of the first order, or null. */
    readonly firstOrder: number | null;
  };
  /** The thresholds used: k, a_min, the shortest series, γ and λ. */
  readonly thresholds: {
    readonly windowPeriods: number;
    readonly minAgePeriods: number;
    readonly minPeriods: number;
    readonly trendThreshold: number;
    readonly levelThreshold: number;
  };
}

/**
 * Returns the customer relationship lifecycle stage (客户生命周期阶段: 考察期 / 形成期 / 稳定期 / 退化期) from
 * period series of volume and, optionally, profit (oldest first), with the reason naming the measure and its
 * figures (age a, level L, trend g), the figures per measure, the stage's marketing mix and a relationship level
 * (domain/tiering.md §2.7).
 *
 * Per measure: a = periods since the first order (volume > 0); L = mean of the last k periods / the highest
 * rolling k-period mean; g = Theil–Sen slope of the last k periods / their mean. Rules, in order: exploration if
 * a < a_min and no earlier window was stable; decline if g < −γ, or if L < λ after an earlier stable window;
 * formation if g > γ; stability if |g| ≤ γ and L ≥ λ; else unclassified. §2.7 also asks L < λ for formation, but
 * L is 1 whenever the latest window is the peak, so steady growth could never be formation; the engine uses g > γ.
 * Decline on either measure gives decline; otherwise the volume's stage stands.
 *
 * Defaults: input periods are months summed into quarters aligned to the last month (`aggregate` "quarter"),
 * k = 4 (`windowPeriods`), a_min = 4 (`minAgePeriods`), at least k periods (`minPeriods`), γ = 0.1 per period
 * (`trendThreshold`), λ = 0.8 (`levelThreshold`). A blank period (null, undefined, "") is 0 orders; blanks after
 * the last reported period are not reported yet and trimmed (`trailingMissing` "trim"). An all-blank series, a
 * series without orders and one shorter than `minPeriods` give `insufficient_data`. NaN, ±∞ and text fail.
 */
export function lifecycleStage(
  volumes: readonly unknown[],
  profits?: readonly unknown[] | null,
  options: LifecycleOptions = {},
): Result<LifecycleStageResult> {
  const tooMany = tooManyItems(volumes, ["volumes"]) ?? tooManyItems(profits, ["profits"]);
  if (tooMany) return fail([tooMany]);
  const opts = parseWith(LifecycleOptions, options, ["options"]);
  if (!opts.success) return opts.result;
  const s = opts.data;
  const issues: Issue[] = [];
  const vol = readPeriodValues(volumes, "volumes");
  if (!vol.success) issues.push(...vol.issues);
  const hasProfit = profits !== undefined && profits !== null;
  const pro = hasProfit ? readPeriodValues(profits, "profits") : null;
  if (pro && !pro.success) issues.push(...pro.issues);
  if (issues.length || !vol.success || (pro !== null && !pro.success)) return fail(issues);
  const v = vol.values;
  const p = pro?.values ?? null;
  if (p !== null && p.length !== v.length) {
    return fail([issue("length_mismatch", ["profits"], { expected: v.length, received: p.length })]);
  }
  const [data, warnings] = stageOfSeries(v, p, s);
  // Finite periods can still overflow when summed into quarters or windows (1e308 + 1e308): fail, never ∞ in a metric.
  if (data.metrics.volume && !allFinite(data.metrics.volume)) {
    return fail([issue("not_finite", ["volumes"], { received: "a sum of periods = ∞" })]);
  }
  if (data.metrics.profit && !allFinite(data.metrics.profit)) {
    return fail([issue("not_finite", ["profits"], { received: "a sum of periods = ∞" })]);
  }
  return ok(data, warnings);
}

function stageOfSeries(
  v: (number | null)[],
  p: (number | null)[] | null,
  s: LifecycleSettings,
): [LifecycleStageResult, Warning[]] {
  const warnings: Warning[] = [];
  const unit = s.aggregate === "quarter" ? "quarter" : "period";
  const minPeriods = s.minPeriods ?? s.windowPeriods;
  const thresholds = {
    windowPeriods: s.windowPeriods,
    minAgePeriods: s.minAgePeriods,
    minPeriods,
    trendThreshold: s.trendThreshold,
    levelThreshold: s.levelThreshold,
  };
  let last = -1;
  for (let i = v.length - 1; i >= 0 && last < 0; i--) if (v[i] !== null || (p !== null && p[i] !== null)) last = i;
  const insufficient = (code: IssueCode, params: MessageParams, count: number, trimmed: number) => {
    const reason = reasonOf(code, null, { unit, ...params });
    const result: LifecycleStageResult = {
      stage: "insufficient_data",
      label: LIFECYCLE_STAGES.insufficient_data.label,
      reason,
      reasons: [reason],
      metrics: { volume: null, profit: null },
      marketingMix: null,
      relationshipLevel: null,
      periods: { unit, count, trimmed, firstOrder: null },
      thresholds,
    };
    return [result, warnings] as [LifecycleStageResult, Warning[]];
  };
  if (last < 0) return insufficient("lifecycle_no_data", {}, 0, v.length);

  const end = s.trailingMissing === "trim" ? last + 1 : v.length;
  const trimmed = v.length - end;
  if (trimmed > 0) warnings.push(issue("lifecycle_trailing_trimmed", ["volumes"], { count: trimmed }));
  const months = end;
  const volume = aggregatePeriods(
    v.slice(0, end).map((x) => x ?? 0),
    s.aggregate,
  );
  const profit =
    p === null
      ? null
      : aggregatePeriods(
          p.slice(0, end).map((x) => x ?? 0),
          s.aggregate,
        );
  const n = volume.length;
  const first = volume.findIndex((x) => x > 0);
  if (first < 0) return insufficient("lifecycle_no_orders", { periods: n }, n, trimmed);
  if (n < minPeriods) return insufficient("lifecycle_too_short", { periods: n, minPeriods }, n, trimmed);
  const partial = months % 3;
  if (s.aggregate === "quarter" && partial !== 0 && first === 0) {
    warnings.push(issue("lifecycle_partial_quarter", ["volumes"], { months, partial }));
  }

  const vm = lifecycleMetrics(volume, first, "volume", s);
  const pm = profit === null ? null : lifecycleMetrics(profit, first, "profit", s);
  const reasonFor = (m: LifecycleMetrics) =>
    reasonOf(`lifecycle_${m.rule}`, m.metric, {
      unit,
      age: m.age,
      level: m.level ?? undefined,
      trend: m.trend ?? undefined,
      minAge: s.minAgePeriods,
      gamma: s.trendThreshold,
      lambda: s.levelThreshold,
    });
  const declining = [vm, pm].filter((m): m is LifecycleMetrics => m !== null && m.stage === "decline");
  const others = [vm, pm].filter((m): m is LifecycleMetrics => m !== null && m.stage !== "decline");
  const stage: LifecycleStageKey = declining.length ? "decline" : vm.stage;
  const reasons = [...declining, ...others].map(reasonFor);
  const info = LIFECYCLE_STAGES[stage];
  return [
    {
      stage,
      label: info.label,
      reason: reasons[0]!,
      reasons,
      metrics: { volume: vm, profit: pm },
      marketingMix: info.marketingMix,
      relationshipLevel: info.relationshipLevel
        ? { level: info.relationshipLevel, label: RELATIONSHIP_LEVELS[info.relationshipLevel].label }
        : null,
      periods: { unit, count: n, trimmed, firstOrder: first },
      thresholds,
    },
    warnings,
  ];
}

function reasonOf(code: string, metric: LifecycleMetricName | null, params: MessageParams): LifecycleReason {
  const all = metric ? { metric, ...params } : params;
  return {
    code: code as IssueCode,
    metric,
    params: all,
    text: { "zh-CN": formatMessage(code, all, "zh-CN"), en: formatMessage(code, all, "en") },
  };
}

/** True when every number of `m`, its series included, is finite. */
function allFinite(m: LifecycleMetrics): boolean {
  for (const v of Object.values(m)) if (typeof v === "number" && !Number.isFinite(v)) return false;
  return m.series.every(Number.isFinite);
}
