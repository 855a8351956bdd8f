import { atPath, fail, ok, type Issue, type Result, type Warning } from "../result.ts";
import { issue } from "./issue.ts";
import {
  opportunitySettings,
  type OpportunityGradeKey,
  type OpportunityGradeOptions,
  type OpportunityGradeSettings,
} from "./opportunity-grade-options.ts";
import type { LocalizedText } from "./quadrant-preset.ts";
import { measureIssue } from "./quadrant.ts";
import { readMeasure } from "./read-measure.ts";

/** What each opportunity grade means and what to do, in both languages (the seed: A all-in, B control time, C watch, D last). */
export const OPPORTUNITY_GRADES: Readonly<
  Record<OpportunityGradeKey, { readonly label: LocalizedText; readonly action: LocalizedText }>
> = {
  A: {
    label: { "zh-CN": "全力以赴", en: "All-in" },
    action: { "zh-CN": "全力投入资源，尽快促成签约", en: "Put full resources behind it and close it" },
  },
  B: {
    label: { "zh-CN": "把控时间", en: "Control time" },
    action: {
      "zh-CN": "把控推进节奏和关键节点，防止拖延",
      en: "Manage the timeline and milestones so the close does not slip",
    },
  },
  C: {
    label: { "zh-CN": "保持关注", en: "Watch" },
    action: { "zh-CN": "定期跟进，关注变化", en: "Follow up periodically and watch for change" },
  },
  D: {
    label: { "zh-CN": "最后考虑", en: "Last" },
    action: { "zh-CN": "最后分配资源，低成本维护", en: "Serve last, with minimal resources" },
  },
};

/** A bucket an opportunity fell in: its index and range. */
export interface OpportunityBucket {
  readonly index: number;
  /** Lower bound, or null for the first bucket. Months: exclusive (m > min); probability: inclusive (p ≥ min). */
  readonly min: number | null;
  /** Upper bound, or null for the last bucket. Months: inclusive (m ≤ max); probability: exclusive (p < max). */
  readonly max: number | null;
}

/** One opportunity's grade and why. */
export interface OpportunityGradeResult {
  readonly grade: OpportunityGradeKey;
  readonly label: LocalizedText;
  readonly action: LocalizedText;
  readonly monthsToClose: number;
  /** The probability as a fraction 0–1 (after reading a percentage). */
  readonly probability: number;
  /** Close-time bucket, 0 = soonest. */
  readonly timeBucket: OpportunityBucket;
  /** Probability bucket, 0 = most likely. */
  readonly probabilityBucket: OpportunityBucket;
}

/**
 * Returns the grade A / B / C / D of a sales opportunity (销售机会分级) from its expected months to close and its
 * probability, looked up in a grid of close-time bucket × probability bucket.
 *
 * Defaults (all options): months buckets ≤ 3, ≤ 6, > 6; probability buckets ≥ 0.7, ≥ 0.4, < 0.4; grid
 * (likely first, soonest first) A B C / B C D / C D D, so A = p ≥ 0.7 within 3 months, B = p ≥ 0.7 in 3–6 months
 * or 0.4 ≤ p < 0.7 within 3 months, C = the next diagonal, D = the rest. `probability` is a fraction 0–1; with the
 * default `probabilityScale: "auto"` a value above 1 (up to 100) is read as a percentage with a warning, so 1
 * means 100 %. Negative months, a probability below 0 or above 100, and non-numbers fail.
 */
export function opportunityGrade(
  monthsToClose: number,
  probability: number,
  options: OpportunityGradeOptions = {},
): Result<OpportunityGradeResult> {
  const parsed = opportunitySettings(options, ["options"]);
  if (!parsed.success) return parsed.result;
  const settings = parsed.data;
  const issues: Issue[] = [];
  const months = readMonths(monthsToClose, ["monthsToClose"], issues);
  const p = readProbability(probability, ["probability"], settings.probabilityScale, issues);
  if (issues.length) return fail(issues);
  const warnings: Warning[] = [];
  let fraction = p!;
  if (settings.probabilityScale === "percent" || (settings.probabilityScale === "auto" && p! > 1)) {
    fraction = p! / 100;
    if (settings.probabilityScale === "auto") {
      warnings.push(issue("opportunity_probability_percent", ["probability"], { received: p!, fraction }));
    }
  }
  return ok(gradeOf(months!, fraction, settings), warnings);
}

/** Returns the grade of checked values (months ≥ 0, probability a fraction 0–1). */
export function gradeOf(months: number, p: number, s: OpportunityGradeSettings): OpportunityGradeResult {
  const mc = s.monthsCutoffs;
  let t = mc.findIndex((c) => months <= c);
  if (t < 0) t = mc.length;
  const pc = s.probabilityCutoffs;
  let above = 0;
  while (above < pc.length && p >= pc[above]!) above++;
  const pb = pc.length - above;
  const grade = s.grid[pb]![t]!;
  return {
    grade,
    label: OPPORTUNITY_GRADES[grade].label,
    action: OPPORTUNITY_GRADES[grade].action,
    monthsToClose: months,
    probability: p,
    timeBucket: { index: t, min: t === 0 ? null : mc[t - 1]!, max: t < mc.length ? mc[t]! : null },
    probabilityBucket: {
      index: pb,
      min: above === 0 ? null : pc[above - 1]!,
      max: above < pc.length ? pc[above]! : null,
    },
  };
}

/** Returns months ≥ 0, or undefined after pushing the issue. */
export function readMonths(value: unknown, path: (string | number)[], issues: Issue[]): number | undefined {
  const v = readMeasure(value);
  if (typeof v !== "number") {
    issues.push(withPath(measureIssue(v, "monthsToClose", value), path));
    return undefined;
  }
  if (v < 0) {
    issues.push(issue("too_small", path, { minimum: 0, inclusive: true }));
    return undefined;
  }
  return v;
}

/** Returns the raw probability if within the scale's range (not yet divided), or undefined after pushing the issue. */
export function readProbability(
  value: unknown,
  path: (string | number)[],
  scale: OpportunityGradeSettings["probabilityScale"],
  issues: Issue[],
): number | undefined {
  const v = readMeasure(value);
  if (typeof v !== "number") {
    issues.push(withPath(measureIssue(v, "probability", value), path));
    return undefined;
  }
  if (v < 0 || v > (scale === "fraction" ? 1 : 100)) {
    issues.push(issue("opportunity_probability_range", path, { received: v }));
    return undefined;
  }
  return v;
}

function withPath(i: Issue, path: (string | number)[]): Issue {
  return atPath(i, path);
}
