import { sortFloat64 } from "../math/sort-float64.ts";
import { roundHalfUp } from "../math/round.ts";
import { fail, ok, type Issue, type Result, type Warning } from "../result.ts";
import { issue } from "./issue.ts";
import { binOf, distinctBins, ntileBins, percentileRankBins, quantileCuts, type CutClosure } from "./rfm-bins.ts";
import type { RfmMethod, RfmScoreSettings } from "./rfm-options.ts";
import { RFM_DEFAULT_SEGMENTS, rfmSegmentIndex, type RfmSegment, type RfmSegmentLabel } from "./rfm-segments.ts";

/** An RFM dimension. */
export type RfmDimensionName = "recency" | "frequency" | "monetary";

/** One customer's aggregated R, F and M inputs. */
export interface RfmRow {
  readonly id: string | number;
  /** Position in the caller's input. */
  readonly index: number;
  readonly recencyDays: number;
  readonly frequency: number;
  readonly monetary: number;
}

/** One customer's RFM scores. */
export interface RfmCustomerScore extends RfmRow {
  /** Recency score: fewer days since the last order → higher score, always. */
  readonly r: number;
  readonly f: number;
  readonly m: number;
  /** 100R + 10F + M, or the weighted mean of R, F and M with `combine: "weighted"`. */
  readonly score: number;
  /** The scores as text, e.g. "545". */
  readonly code: string;
  /** The first matching segment's name, the fallback when none matches, or null without segments. */
  readonly segment: string | null;
}

/** A score's value range: (from, to] for right-closed cuts, [from, to) for left-closed; null = unbounded. */
export interface RfmScoreRange {
  readonly score: number;
  readonly from: number | null;
  readonly to: number | null;
}

/** Customers observed with a score. */
export interface RfmScoreBin {
  readonly score: number;
  readonly count: number;
  /** Smallest and largest input value with this score; null when the bin is empty. */
  readonly min: number | null;
  readonly max: number | null;
}

/** The cut points of one nested group: F within an R bin, or M within an R×F cell. */
export interface RfmNestedGroup {
  readonly recencyScore: number;
  readonly frequencyScore: number | null;
  readonly count: number;
  readonly cuts: readonly number[];
  readonly actualBins: number;
}

/** How one dimension was scored. */
export interface RfmDimensionResult {
  readonly dimension: RfmDimensionName;
  readonly method: RfmMethod;
  /** True for recency: scores run opposite to the values. */
  readonly reversed: boolean;
  readonly requestedBins: number;
  /** Bins the cut points can give (distinct cuts + 1), or bins observed for ntile / percentileRank. */
  readonly actualBins: number;
  /** Value cut points, ascending (quantile, custom; R in nested); null when bins come from ranks. */
  readonly cuts: readonly number[] | null;
  readonly closed: CutClosure;
  /** Value range per score, from `cuts`; null when bins come from ranks or groups. */
  readonly ranges: readonly RfmScoreRange[] | null;
  /** Per score: how many customers got it and their value range. */
  readonly bins: readonly RfmScoreBin[];
  /** Nested method: the cut points used in each group. */
  readonly groups?: readonly RfmNestedGroup[];
}

/** A segment and how many customers it holds. */
export interface RfmSegmentCount extends RfmSegmentLabel {
  readonly count: number;
  /** The rule's ranges; null for the fallback. */
  readonly rule: { readonly R: readonly number[]; readonly F: readonly number[]; readonly M: readonly number[] } | null;
}

/** Scores of every customer and how they were obtained. */
export interface RfmResult {
  readonly customers: readonly RfmCustomerScore[];
  readonly method: RfmMethod;
  readonly dimensions: {
    readonly recency: RfmDimensionResult;
    readonly frequency: RfmDimensionResult;
    readonly monetary: RfmDimensionResult;
  };
  readonly combine: "digits" | "weighted";
  /** The normalised weights with `combine: "weighted"`, else null. */
  readonly weights: { readonly recency: number; readonly frequency: number; readonly monetary: number } | null;
  /** Customers per segment in rule order, the fallback last; null without segments. */
  readonly segments: readonly RfmSegmentCount[] | null;
  /** Rows left out, with the reason. */
  readonly excluded: readonly { readonly index: number; readonly id: string | number; readonly reason: string }[];
}

const DIMENSIONS: readonly RfmDimensionName[] = ["recency", "frequency", "monetary"];
const SEGMENT_KEY = { recency: "R", frequency: "F", monetary: "M" } as const;

interface Scored {
  raw: number[];
  bins: number;
  actualBins: number;
  cuts: number[] | null;
  groups?: RfmNestedGroup[];
  splitTies?: number;
}

/**
 * Returns the RFM scores of validated rows (the engine's shared core of rfmScores and rfmFromOrders).
 * `population` holds already-validated cut-point populations for the quantile method.
 */
export function scoreRfmRows(
  rows: readonly RfmRow[],
  settings: RfmScoreSettings,
  population: Record<RfmDimensionName, number[]> | null,
  warnings: Warning[],
  excluded: RfmResult["excluded"],
): Result<RfmResult> {
  const { method, bins, closed, combine } = settings;
  const issues: Issue[] = [];
  if (rows.length === 0) return fail([issue("empty_input", ["customers"])]);
  if (population && method !== "quantile") {
    return fail([issue("rfm_population_needs_quantile", ["options", "population"], { method })]);
  }
  if (method === "custom") {
    for (const d of DIMENSIONS) {
      const cuts = settings.cuts?.[d];
      if (!cuts) issues.push(issue("rfm_cuts_required", ["options", "cuts", d], { dimension: d }));
      else if (cuts.some((c, i) => i > 0 && !(c > cuts[i - 1]!))) {
        issues.push(issue("rfm_cuts_not_ascending", ["options", "cuts", d], { dimension: d }));
      }
    }
  }
  const segments = resolveSegments(settings, issues);
  let weightSum = 0;
  if (combine === "weighted") {
    weightSum = settings.weights.recency + settings.weights.frequency + settings.weights.monetary;
    if (!(weightSum > 0)) issues.push(issue("rfm_weights_zero", ["options", "weights"]));
  }
  if (issues.length) return fail(issues);

  const ids = rows.map((r) => r.id);
  const values = {
    recency: rows.map((r) => r.recencyDays),
    frequency: rows.map((r) => r.frequency),
    monetary: rows.map((r) => r.monetary),
  };
  const scored = {} as Record<RfmDimensionName, Scored>;
  if (method === "nested") {
    scored.recency = byCuts(values.recency, quantileCuts(sortedCopy(values.recency), bins), bins, closed);
    const rScores = reverse(scored.recency.raw, bins);
    scored.frequency = nested(values.frequency, bins, closed, (i) => [rScores[i]!, null]);
    scored.monetary = nested(values.monetary, bins, closed, (i) => [rScores[i]!, scored.frequency.raw[i]!]);
  } else {
    for (const d of DIMENSIONS) {
      scored[d] = scoreDimension(d, values[d], ids, method, bins, settings.cuts?.[d], closed, population?.[d]);
    }
  }

  for (const d of DIMENSIONS) {
    const s = scored[d];
    const groups = s.groups ?? [];
    const collapsedGroups = groups.filter((g) => g.actualBins < s.bins).length;
    if (collapsedGroups) {
      warnings.push(
        issue("rfm_nested_bins_collapsed", ["dimensions", d], {
          dimension: d,
          groups: collapsedGroups,
          total: groups.length,
          requested: s.bins,
        }),
      );
    } else if (!s.groups && s.actualBins < s.bins) {
      warnings.push(
        issue("rfm_bins_collapsed", ["dimensions", d], { dimension: d, requested: s.bins, actual: s.actualBins }),
      );
    }
  }
  if (method === "ntile") {
    for (const d of DIMENSIONS) {
      const split = scored[d].splitTies;
      if (split) warnings.push(issue("rfm_ntile_split_ties", ["dimensions", d], { dimension: d, count: split }));
    }
  }

  const rFinal = reverse(scored.recency.raw, scored.recency.bins);
  const counts = segments ? new Array<number>(segments.length + 1).fill(0) : null;
  const w = settings.weights;
  const customers = rows.map((row, i): RfmCustomerScore => {
    const r = rFinal[i]!;
    const f = scored.frequency.raw[i]!;
    const m = scored.monetary.raw[i]!;
    const score =
      combine === "digits"
        ? 100 * r + 10 * f + m
        : roundHalfUp((w.recency * r + w.frequency * f + w.monetary * m) / weightSum, 10);
    let segment: string | null = null;
    if (segments && counts) {
      const k = rfmSegmentIndex(r, f, m, segments);
      counts[k < 0 ? segments.length : k]!++;
      segment = k < 0 ? settings.fallbackSegment : segments[k]!.name;
    }
    return { ...row, r, f, m, score, code: `${r}${f}${m}`, segment };
  });

  const final = { recency: rFinal, frequency: scored.frequency.raw, monetary: scored.monetary.raw };
  const dimension = (d: RfmDimensionName): RfmDimensionResult => {
    const s = scored[d];
    const reversed = d === "recency";
    return {
      dimension: d,
      method,
      reversed,
      requestedBins: s.bins,
      actualBins: s.actualBins,
      cuts: s.cuts,
      closed,
      ranges: s.cuts ? ranges(s.cuts, s.bins, reversed) : null,
      bins: observedBins(values[d], final[d], s.bins),
      ...(s.groups ? { groups: s.groups } : {}),
    };
  };
  return ok(
    {
      customers,
      method,
      dimensions: { recency: dimension("recency"), frequency: dimension("frequency"), monetary: dimension("monetary") },
      combine,
      weights:
        combine === "weighted"
          ? { recency: w.recency / weightSum, frequency: w.frequency / weightSum, monetary: w.monetary / weightSum }
          : null,
      segments:
        segments && counts
          ? [
              ...segments.map((s, k) => ({
                name: s.name,
                labels: s.labels,
                count: counts[k]!,
                rule: { R: s.R, F: s.F, M: s.M },
              })),
              {
                name: settings.fallbackSegment,
                labels: settings.fallbackSegment === "Others" ? { "zh-CN": "其他客户", en: "Others" } : undefined,
                count: counts[segments.length]!,
                rule: null,
              },
            ]
          : null,
      excluded,
    },
    warnings,
  );
}

function resolveSegments(settings: RfmScoreSettings, issues: Issue[]): readonly RfmSegment[] | null {
  const given = settings.segments;
  if (given === null) return null;
  if (given === undefined) {
    const allFive =
      settings.method === "custom"
        ? DIMENSIONS.every((d) => (settings.cuts?.[d]?.length ?? 0) === 4)
        : settings.bins === 5;
    return allFive ? RFM_DEFAULT_SEGMENTS : null;
  }
  given.forEach((s, i) => {
    for (const key of Object.values(SEGMENT_KEY)) {
      if (s[key][0] > s[key][1])
        issues.push(issue("rfm_segment_range_invalid", ["options", "segments", i, key], { name: s.name }));
    }
  });
  return given;
}

function scoreDimension(
  d: RfmDimensionName,
  values: number[],
  ids: readonly (string | number)[],
  method: Exclude<RfmMethod, "nested">,
  bins: number,
  customCuts: readonly number[] | undefined,
  closed: CutClosure,
  population: number[] | undefined,
): Scored {
  switch (method) {
    case "quantile": {
      const cuts = quantileCuts(sortedCopy(population ?? values), bins);
      return byCuts(values, cuts, bins, closed);
    }
    case "custom": {
      const cuts = [...(customCuts ?? [])];
      return byCuts(values, cuts, cuts.length + 1, closed);
    }
    case "ntile": {
      const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]! || compareIds(ids[a]!, ids[b]!));
      const { scores, splitTies } = ntileBins(values, order, bins);
      return { raw: scores, bins, actualBins: Math.min(bins, values.length), cuts: null, splitTies };
    }
    case "percentileRank": {
      const raw = percentileRankBins(values, bins);
      return { raw, bins, actualBins: new Set(raw).size, cuts: null };
    }
    default: {
      const never: never = method;
      throw new Error(`Expected an RFM method for ${d}, got ${String(never)}`);
    }
  }
}

function byCuts(values: readonly number[], cuts: number[], bins: number, closed: CutClosure): Scored {
  return { raw: values.map((v) => binOf(v, cuts, closed)), bins, actualBins: distinctBins(cuts), cuts };
}

function nested(
  values: readonly number[],
  bins: number,
  closed: CutClosure,
  groupOf: (i: number) => [number, number | null],
): Scored {
  const members = new Map<string, number[]>();
  values.forEach((_, i) => {
    const key = groupOf(i).join("|");
    const list = members.get(key);
    if (list) list.push(i);
    else members.set(key, [i]);
  });
  const raw = new Array<number>(values.length).fill(0);
  const groups: RfmNestedGroup[] = [];
  for (const list of members.values()) {
    const [recencyScore, frequencyScore] = groupOf(list[0]!);
    const cuts = quantileCuts(sortedCopy(list.map((i) => values[i]!)), bins);
    for (const i of list) raw[i] = binOf(values[i]!, cuts, closed);
    groups.push({ recencyScore, frequencyScore, count: list.length, cuts, actualBins: distinctBins(cuts) });
  }
  groups.sort((a, b) => b.recencyScore - a.recencyScore || (b.frequencyScore ?? 0) - (a.frequencyScore ?? 0));
  return { raw, bins, actualBins: new Set(raw).size, cuts: null, groups };
}

function sortedCopy(values: readonly number[]): Float64Array {
  return sortFloat64(Float64Array.from(values));
}

function reverse(raw: readonly number[], bins: number): number[] {
  return raw.map((s) => bins + 1 - s);
}

function ranges(cuts: readonly number[], bins: number, reversed: boolean): RfmScoreRange[] {
  const out: RfmScoreRange[] = [];
  for (let s = 1; s <= bins; s++) {
    out.push({
      score: reversed ? bins + 1 - s : s,
      from: s > 1 ? cuts[s - 2]! : null,
      to: s < bins ? cuts[s - 1]! : null,
    });
  }
  return out.sort((a, b) => a.score - b.score);
}

function observedBins(values: readonly number[], scores: readonly number[], bins: number): RfmScoreBin[] {
  const out = Array.from({ length: bins }, (_, k) => ({
    score: k + 1,
    count: 0,
    min: null as number | null,
    max: null as number | null,
  }));
  scores.forEach((s, i) => {
    const b = out[s - 1]!;
    const v = values[i]!;
    b.count++;
    b.min = b.min === null ? v : Math.min(b.min, v);
    b.max = b.max === null ? v : Math.max(b.max, v);
  });
  return out;
}

/** Orders ids numbers first (numerically), then text (by code point), so ntile ties break the same way everywhere. */
export function compareIds(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
