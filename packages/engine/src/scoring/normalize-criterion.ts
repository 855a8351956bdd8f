import { averageRanks } from "../math/rank.ts";
import { quantileSorted, sortedFinite } from "../math/quantile.ts";
import { type Issue, type Warning } from "../result.ts";
import { issue } from "./issue.ts";
import type { Direction, Normalization, ResolvedCriterion } from "./criterion.ts";
import { normalCdf } from "./normal-cdf.ts";
import { bandPoints, scoreBandTable, type ScoreBandTable } from "./score-bands.ts";

/** Settings shared by every criterion of one scoring run. */
export interface NormalizeSettings {
  readonly constant: number;
  readonly winsorize: false | { readonly lower: number; readonly upper: number };
  readonly sigma: "population" | "sample";
  readonly zscoreMap: "cdf" | "none";
}

/** What one criterion's normalisation used, so a reader can redo it: present-value statistics and parameters. */
export interface CriterionReport {
  readonly criterion: string;
  readonly field?: string;
  readonly column: number;
  readonly direction: Direction;
  readonly normalization: Normalization;
  /** The weight as given. */
  readonly givenWeight: number;
  /** The weight after renormalising all weights to sum 1. */
  readonly weight: number;
  /** Rows with a value. */
  readonly count: number;
  /** Rows without a usable value (blank, null or non-numeric). */
  readonly missing: number;
  /** Of the missing rows, those holding something that is not a number (text, NaN, ±∞). */
  readonly nonNumeric: number;
  /** Statistics of the present values as normalised (after winsorising); null when no row has a value. */
  readonly min: number | null;
  readonly max: number | null;
  readonly mean: number | null;
  /** Standard deviation, population or sample as the `sigma` option says. */
  readonly sd: number | null;
  /** Euclidean norm √Σx², the vector normaliser. */
  readonly norm: number | null;
  /** True when every present value is equal, so every rating is the `constant` option. */
  readonly constant: boolean;
  /** The clip bounds (R-7 quantiles) and how many values were clipped, when winsorising applied. */
  readonly winsorized: { readonly lower: number; readonly upper: number; readonly clipped: number } | null;
  /** The band table used, sorted, with the most points a band gives (ratings are points / maxPoints). */
  readonly bands: ScoreBandTable | null;
  /** Present values that fell in no band (they score 0 points). */
  readonly outsideBands: number;
}

/** Normalisations for which winsorising makes sense (rank-based, absolute and raw ones are left alone). */
const WINSORIZED: ReadonlySet<Normalization> = new Set(["minmax", "max", "zscore", "vector"]);

/**
 * Returns the ratings r (NaN where the value is missing) of one criterion's column `x` (NaN = missing) and the
 * report of what was used, or the issues that stop it (for example a cost criterion with max-ratio and a zero).
 * `cellPath(i)` names row i's cell in issues.
 */
export function normalizeCriterion(
  x: Float64Array,
  c: ResolvedCriterion,
  settings: NormalizeSettings,
  nonNumeric: number,
  cellPath: (i: number) => (string | number)[],
):
  | { success: true; r: Float64Array; report: CriterionReport; warnings: Warning[] }
  | { success: false; issues: Issue[] } {
  const n = x.length;
  const warnings: Warning[] = [];
  const cost = c.direction === "cost";
  let values = x;
  let winsorized: CriterionReport["winsorized"] = null;
  if (settings.winsorize && WINSORIZED.has(c.normalization)) {
    const sorted = sortedFinite(x);
    if (sorted.length > 0) {
      const lower = quantileSorted(sorted, settings.winsorize.lower);
      const upper = quantileSorted(sorted, settings.winsorize.upper);
      values = new Float64Array(n);
      let clipped = 0;
      for (let i = 0; i < n; i++) {
        const v = x[i]!;
        values[i] = v < lower ? (clipped++, lower) : v > upper ? (clipped++, upper) : v;
      }
      winsorized = { lower, upper, clipped };
    }
  }

  let count = 0;
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v !== v) continue;
    count++;
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
  }
  // Sums of squares are taken on values divided by the largest magnitude so that neither huge nor tiny
  // (subnormal) values overflow or underflow to a zero norm.
  const big = Math.max(Math.abs(min), Math.abs(max));
  const unit = big > 0 && Number.isFinite(big) ? big : 1;
  const mean = count ? (Number.isFinite(sum) ? sum / count : meanScaled(values, unit, count)) : NaN;
  let dev = 0;
  let sumSq = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v !== v) continue;
    const d = (v - mean) / unit;
    dev += d * d;
    sumSq += (v / unit) * (v / unit);
  }
  const divisor = settings.sigma === "sample" ? count - 1 : count;
  const sdScaled = divisor > 0 ? Math.sqrt(dev / divisor) : NaN;
  const sd = sdScaled * unit;
  const normScaled = Math.sqrt(sumSq);
  const norm = normScaled * unit;
  // A spread that is zero or cannot be represented (overflow, underflow) is treated as "all equal".
  const degenerate =
    min === max ||
    (c.normalization === "zscore" && !(sdScaled > 0)) ||
    (c.normalization === "vector" && !(normScaled > 0));
  const constant = count > 0 && degenerate && c.normalization !== "none" && c.normalization !== "bands";

  const issues: Issue[] = [];
  if (c.normalization === "max" || c.normalization === "vector") {
    // Max-ratio divides by x for cost criteria (needs x > 0); both need x ≥ 0 to keep ratings in [0, 1].
    const strict = c.normalization === "max" && cost;
    let bad = 0;
    let first = -1;
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      if (strict ? v <= 0 : v < 0) {
        if (first < 0) first = i;
        bad++;
      }
    }
    if (bad > 0) {
      const code = strict ? "scoring_values_not_positive" : "scoring_values_negative";
      issues.push(issue(code, cellPath(first), { criterion: c.name, count: bad, normalization: c.normalization }));
    }
  }
  let table: ScoreBandTable | null = null;
  if (c.normalization === "bands" && c.bands) {
    const t = scoreBandTable(c.bands, c.name, ["criteria", c.index, "bands"]);
    if (!t.success) issues.push(...t.issues);
    else {
      table = t.table;
      warnings.push(...t.warnings);
      if (cost) warnings.push(issue("scoring_bands_direction_ignored", ["criteria", c.index], { criterion: c.name }));
    }
  }
  if (issues.length) return { success: false, issues };

  const r = new Float64Array(n);
  let outsideBands = 0;
  if (constant) {
    for (let i = 0; i < n; i++) r[i] = values[i] === values[i] ? settings.constant : NaN;
    warnings.push(
      issue("scoring_constant_criterion", ["criteria", c.index], { criterion: c.name, rating: settings.constant }),
    );
  } else {
    switch (c.normalization) {
      case "none":
        for (let i = 0; i < n; i++) r[i] = cost ? -values[i]! : values[i]!;
        break;
      case "minmax": {
        // Halving first keeps max − min finite for values near ±1.8e308.
        const h = Number.isFinite(max - min) ? 1 : 0.5;
        const range = max * h - min * h;
        for (let i = 0; i < n; i++) {
          const v = values[i]! * h;
          r[i] = cost ? (max * h - v) / range : (v - min * h) / range;
        }
        break;
      }
      case "max":
        for (let i = 0; i < n; i++) r[i] = cost ? min / values[i]! : values[i]! / max;
        break;
      case "zscore": {
        const cdf = settings.zscoreMap === "cdf";
        for (let i = 0; i < n; i++) {
          const z = (cost ? mean - values[i]! : values[i]! - mean) / unit / sdScaled;
          r[i] = cdf ? normalCdf(z) : z;
        }
        break;
      }
      case "percentile": {
        const ranks = averageRanks(values);
        for (let i = 0; i < n; i++) {
          const p = (ranks[i]! - 1) / (count - 1);
          r[i] = cost ? 1 - p : p;
        }
        break;
      }
      case "vector":
        for (let i = 0; i < n; i++) {
          const q = values[i]! / unit / normScaled;
          r[i] = cost ? 1 - q : q;
        }
        break;
      case "bands": {
        const t = table!;
        for (let i = 0; i < n; i++) {
          const v = values[i]!;
          if (v !== v) {
            r[i] = NaN;
            continue;
          }
          const points = bandPoints(t, v);
          if (points !== points) outsideBands++;
          r[i] = points === points ? points / t.maxPoints : 0;
        }
        if (outsideBands > 0) {
          warnings.push(
            issue("scoring_values_outside_bands", ["criteria", c.index], { criterion: c.name, count: outsideBands }),
          );
        }
        break;
      }
    }
  }

  if (count === 0) warnings.push(issue("scoring_criterion_all_missing", ["criteria", c.index], { criterion: c.name }));
  else if (count < n) {
    warnings.push(issue("scoring_missing_values", ["criteria", c.index], { criterion: c.name, count: n - count }));
  }
  if (nonNumeric > 0) {
    warnings.push(issue("scoring_non_numeric", ["criteria", c.index], { criterion: c.name, count: nonNumeric }));
  }
  const finite = (v: number) => (count > 0 && Number.isFinite(v) ? v : null);
  const report: CriterionReport = {
    criterion: c.name,
    ...(c.field !== undefined ? { field: c.field } : {}),
    column: c.column,
    direction: c.direction,
    normalization: c.normalization,
    givenWeight: c.givenWeight,
    weight: c.weight,
    count,
    missing: n - count,
    nonNumeric,
    min: finite(min),
    max: finite(max),
    mean: finite(mean),
    sd: finite(sd),
    norm: finite(norm),
    constant,
    winsorized,
    bands: table,
    outsideBands,
  };
  return { success: true, r, report, warnings };
}

function meanScaled(values: Float64Array, unit: number, count: number): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) s += values[i]! / unit;
  return (s / count) * unit;
}
