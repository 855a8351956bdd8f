import { sortFloat64 } from "../math/sort-float64.ts";
import * as z from "zod/mini";
import { fail, ok, parseWith, type Issue, type Result, type Warning } from "../result.ts";
import { issue } from "./issue.ts";
import { binOf, distinctBins, quantileCuts } from "./rfm-bins.ts";
import { checkNumber, readPopulation } from "./rfm-scores.ts";
import { describeReceived } from "../received.ts";
import { tooManyItems } from "../limits.ts";

/** R-7 quantile cut points of a whole population per dimension, for scoring one customer at a time. */
export interface RfmCuts {
  readonly bins: number;
  readonly recency: readonly number[];
  readonly frequency: readonly number[];
  readonly monetary: readonly number[];
  /** Distinct cuts + 1 per dimension: fewer than `bins` when cut points coincide. */
  readonly actualBins: { readonly recency: number; readonly frequency: number; readonly monetary: number };
}

/** One customer's RFM scores against a population. */
export interface RfmSingleScore {
  /** The three scores as text, e.g. "545". */
  readonly code: string;
  readonly r: number;
  readonly f: number;
  readonly m: number;
  /** 100R + 10F + M. */
  readonly score: number;
  readonly cuts: RfmCuts;
}

const Bins = z._default(z.nullable(z.number().check(z.int(), z.minimum(2), z.maximum(9))), 5);

/**
 * Returns the quantile (R-7, k/bins) cut points of each dimension over the whole population, with the actual bin
 * counts and a warning per dimension whose cuts collapse. `bins` defaults to 5 (null counts as omitted, as Excel
 * passes it); blanks (null, "") are left out and counted; the three lists must have the same length.
 */
export function rfmQuantileCuts(
  allRecency: readonly unknown[],
  allFrequency: readonly unknown[],
  allMonetary: readonly unknown[],
  bins: number | null = 5,
): Result<RfmCuts> {
  const tooMany =
    tooManyItems(allRecency, ["allRecency"]) ??
    tooManyItems(allFrequency, ["allFrequency"]) ??
    tooManyItems(allMonetary, ["allMonetary"]);
  if (tooMany) return fail([tooMany]);
  const b = parseWith(Bins, bins, ["bins"]);
  if (!b.success) return b.result;
  const binCount = b.data ?? 5;
  const lists = { allRecency, allFrequency, allMonetary };
  const issues: Issue[] = [];
  for (const [name, list] of Object.entries(lists)) {
    if (!Array.isArray(list)) issues.push(issue("invalid_type", [name], { expected: "array", received: typeof list }));
  }
  if (issues.length) return fail(issues);
  const [rs, fs, ms] = [allRecency.flat(), allFrequency.flat(), allMonetary.flat()];
  if (fs.length !== rs.length) {
    issues.push(issue("length_mismatch", ["allFrequency"], { expected: rs.length, received: fs.length }));
  }
  if (ms.length !== rs.length) {
    issues.push(issue("length_mismatch", ["allMonetary"], { expected: rs.length, received: ms.length }));
  }
  if (issues.length) return fail(issues);
  if (rs.length === 0) return fail([issue("empty_input", ["allRecency"])]);
  const warnings: Warning[] = [];
  const pop = readPopulation({ recencyDays: rs, frequency: fs, monetary: ms }, issues, warnings, [], {
    recency: "allRecency",
    frequency: "allFrequency",
    monetary: "allMonetary",
  });
  if (issues.length) return fail(issues);
  const sorted = (xs: number[]) => sortFloat64(Float64Array.from(xs));
  const recency = quantileCuts(sorted(pop.recency), binCount);
  const frequency = quantileCuts(sorted(pop.frequency), binCount);
  const monetary = quantileCuts(sorted(pop.monetary), binCount);
  const actualBins = {
    recency: distinctBins(recency),
    frequency: distinctBins(frequency),
    monetary: distinctBins(monetary),
  };
  for (const d of ["recency", "frequency", "monetary"] as const) {
    if (actualBins[d] < binCount) {
      warnings.push(issue("rfm_bins_collapsed", [d], { dimension: d, requested: binCount, actual: actualBins[d] }));
    }
  }
  return ok({ bins: binCount, recency, frequency, monetary, actualBins }, warnings);
}

/**
 * Returns one customer's R, F and M scores against precomputed population cut points (right-closed bins, recency
 * reversed) and the code "545". Compute `cuts` once with {@link rfmQuantileCuts} when scoring many customers.
 */
export function rfmScoreFromCuts(
  recencyDays: unknown,
  frequency: unknown,
  monetary: unknown,
  cuts: RfmCuts,
): Result<RfmSingleScore> {
  const issues: Issue[] = [];
  const num = (v: unknown, name: string, nonNegative: boolean) => {
    const c = checkNumber(v, [name], nonNegative);
    if (c === "missing") issues.push(issue("invalid_type", [name], { expected: "number", received: "blank" }));
    else if (typeof c !== "number") issues.push(c);
    return typeof c === "number" ? c : 0;
  };
  const rv = num(recencyDays, "recencyDays", true);
  const fv = num(frequency, "frequency", true);
  const mv = num(monetary, "monetary", false);
  issues.push(...cutsIssues(cuts));
  if (issues.length) return fail(issues);
  const r = cuts.bins + 1 - binOf(rv, cuts.recency, "right");
  const f = binOf(fv, cuts.frequency, "right");
  const m = binOf(mv, cuts.monetary, "right");
  return ok({ code: `${r}${f}${m}`, r, f, m, score: 100 * r + 10 * f + m, cuts });
}

/**
 * Returns a customer's RFM code (e.g. "545") among all customers, the Excel function RFM_SCORE: quantile scores
 * with R-7 cut points at k/bins over `allRecency`, `allFrequency` and `allMonetary` (`bins` defaults to 5),
 * recency reversed (fewer days → higher score).
 */
export function rfmScore(
  recencyDays: unknown,
  frequency: unknown,
  monetary: unknown,
  allRecency: readonly unknown[],
  allFrequency: readonly unknown[],
  allMonetary: readonly unknown[],
  bins: number | null = 5,
): Result<RfmSingleScore> {
  const cuts = rfmQuantileCuts(allRecency, allFrequency, allMonetary, bins);
  if (!cuts.success) return cuts;
  const scored = rfmScoreFromCuts(recencyDays, frequency, monetary, cuts.data);
  return scored.success ? ok(scored.data, cuts.warnings) : scored;
}

/**
 * Checks cuts passed back by the caller (usually from {@link rfmQuantileCuts}): bins an integer 2–9 and, per
 * dimension, at most bins − 1 finite cut points in ascending order. Anything else would give scores outside 1…bins.
 */
function cutsIssues(cuts: unknown): Issue[] {
  if (typeof cuts !== "object" || cuts === null) {
    return [issue("invalid_type", ["cuts"], { expected: "object", received: describeReceived(cuts) })];
  }
  const c = cuts as Record<string, unknown>;
  const bins = c["bins"];
  if (typeof bins !== "number" || !Number.isInteger(bins) || bins < 2 || bins > 9) {
    return [issue("invalid_type", ["cuts", "bins"], { expected: "integer 2–9", received: describeReceived(bins) })];
  }
  const issues: Issue[] = [];
  for (const name of ["recency", "frequency", "monetary"] as const) {
    const list = c[name];
    if (!Array.isArray(list) || list.some((v) => typeof v !== "number" || !Number.isFinite(v))) {
      issues.push(
        issue("invalid_type", ["cuts", name], {
          expected: "array of finite numbers",
          received: describeReceived(list),
        }),
      );
    } else if (list.length > bins - 1) {
      issues.push(issue("too_big", ["cuts", name], { maximum: bins - 1, inclusive: true }));
    } else if (list.some((v: number, i) => i > 0 && v < list[i - 1])) {
      issues.push(issue("rfm_cuts_not_ascending", ["cuts", name], { dimension: name }));
    }
  }
  return issues;
}
