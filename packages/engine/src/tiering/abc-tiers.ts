import { fail, ok, type Issue, type Result, type Warning } from "../result.ts";
import { issue } from "./issue.ts";
import { resolveAbcOptions, type AbcOptions, type AbcTies, type ResolvedAbcOptions } from "./abc-options.ts";
import type { AbcResult, AbcTierSummary, ExcludedReason } from "./abc-result.ts";
import { computedAbcCut, type ComputedAbcInfo } from "./computed-abc.ts";
import { countBoundary } from "./count-boundary.ts";
import { cumulativeSums, lastHolding, shareComparator } from "./cumulative-sums.ts";
import { descendingOrder } from "./descending-order.ts";
import { tooManyItems } from "../limits.ts";

// Per-item issues (missing="error", nonPositive="error") stop here: enough to locate the problem.
const MAX_ITEM_ISSUES = 20;
// Tie values quoted in a warning.
const MAX_QUOTED_VALUES = 3;

const STATUS_RANKED = 0;
const STATUS_MISSING = 1;
const STATUS_ZERO = 2;
const STATUS_NEGATIVE = 3;
const STATUS_SEPARATE = 4;
const REASONS: Record<number, ExcludedReason> = {
  [STATUS_MISSING]: "missing",
  [STATUS_ZERO]: "zero",
  [STATUS_NEGATIVE]: "negative",
};

/**
 * Returns the ABC classification (ABC 分类, Pareto tiers) of `values`: a tier, rank, share and cumulative share for
 * every item in input order, a summary per tier with the limits used, the excluded items and why, and warnings
 * (split ties, negatives). `values` may be an array or a Float64Array; `null`, `undefined`, strings and NaN count as
 * missing. Methods, conventions and defaults follow domain/tiering.md §2.0–§2.3 (see {@link AbcOptions}): by default
 * cumulative value share with cutoffs 0.8 / 0.95 → A / B / C, `cumLE`, ties split by row with a warning, missing,
 * zero and negative values excluded. Never throws on bad input; runs in O(n log n) with a native numeric sort.
 */
export function abcTiers(values: ArrayLike<unknown>, options: AbcOptions = {}): Result<AbcResult> {
  const tooMany = tooManyItems(values, ["values"]);
  if (tooMany) return fail([tooMany]);
  if (values === null || typeof values !== "object" || typeof (values as { length?: unknown }).length !== "number") {
    return fail([issue("invalid_type", ["values"], { expected: "array", received: describe(values) })]);
  }
  const n = values.length;
  if (n === 0) return fail([issue("empty_input", ["values"])]);
  const resolved = resolveAbcOptions(options, n);
  if (!resolved.success) return fail(resolved.issues);
  const o = resolved.options;

  const used = new Float64Array(n);
  const status = new Uint8Array(n);
  const itemIssues: Issue[] = [];
  let missingFound = 0;
  let zeroFound = 0;
  let negativeFound = 0;
  let ranked = 0;
  let separateCount = 0;
  for (let i = 0; i < n; i++) {
    const raw = values[i];
    let v: number;
    let wasMissing = false;
    if (typeof raw !== "number" || !Number.isFinite(raw)) {
      missingFound++;
      if (o.missing === "exclude") {
        status[i] = STATUS_MISSING;
        continue;
      }
      if (o.missing === "error") {
        if (itemIssues.length < MAX_ITEM_ISSUES) itemIssues.push(issue("tier_missing_value", ["values", i]));
        continue;
      }
      v = 0;
      wasMissing = true;
    } else v = raw;
    if (v > 0) {
      used[i] = v;
      ranked++;
      continue;
    }
    if (v < 0) negativeFound++;
    else if (!wasMissing) zeroFound++;
    switch (o.nonPositive) {
      case "exclude":
        used[i] = v === 0 ? 0 : v;
        status[i] = wasMissing ? STATUS_MISSING : v < 0 ? STATUS_NEGATIVE : STATUS_ZERO;
        break;
      case "clip0":
        used[i] = 0;
        ranked++;
        break;
      case "error":
        if (itemIssues.length < MAX_ITEM_ISSUES) {
          itemIssues.push(issue("tier_nonpositive_value", ["values", i], { received: v }));
        }
        break;
      case "separate":
        used[i] = v === 0 ? 0 : v;
        status[i] = STATUS_SEPARATE;
        separateCount++;
        break;
    }
  }
  if (itemIssues.length > 0) return fail(itemIssues);

  const excludedIndices: number[] = [];
  const excludedReasons: ExcludedReason[] = [];
  const excludedCounts = { missing: 0, zero: 0, negative: 0 };
  // Without exclusions (the usual case) the values are ranked in place; `used` is not modified below.
  const rankedValues = ranked === n ? used : new Float64Array(ranked);
  const rankedIndex = new Int32Array(ranked);
  if (ranked === n) {
    for (let i = 0; i < n; i++) rankedIndex[i] = i;
  } else {
    for (let i = 0, r = 0; i < n; i++) {
      const s = status[i]!;
      if (s === STATUS_RANKED) {
        rankedValues[r] = used[i]!;
        rankedIndex[r++] = i;
      } else if (s !== STATUS_SEPARATE) {
        const reason = REASONS[s]!;
        excludedIndices.push(i);
        excludedReasons.push(reason);
        excludedCounts[reason]++;
      }
    }
  }
  if (ranked === 0) return fail([issue("tier_all_excluded", ["values"], { ...excludedCounts })]);

  const m = ranked;
  const rankOrder = descendingOrder(rankedValues);
  const desc = new Float64Array(m);
  for (let k = 0; k < m; k++) desc[k] = rankedValues[rankOrder[k]!]!;
  if (o.ids) sortTiesById(rankOrder, desc, rankedIndex, o.ids);
  const sums = cumulativeSums(desc);
  const totalUnits = sums.totalUnits;
  // Every value is finite, yet the sum can overflow (1e308 + 1e308): the shares would be NaN, so fail instead.
  if (!Number.isFinite(totalUnits)) return fail([issue("not_finite", ["values"], { received: "Σ = ∞" })]);
  if (totalUnits === 0 && o.method !== "count") return fail([issue("tier_zero_total", ["values"])]);
  // Shares divide (not multiply by 1/T) so that 95/100 is 0.95, the correctly rounded double.
  const cumShareAt = (pos: number) => (totalUnits > 0 ? sums.cum[pos]! / totalUnits : 0);
  const isSplit = (e: number) => e > 0 && e < m && desc[e - 1] === desc[e];
  const groupAround = (pos: number): [number, number] => {
    let lo = pos;
    while (lo > 0 && desc[lo - 1] === desc[pos]) lo--;
    let hi = pos + 1;
    while (hi < m && desc[hi] === desc[pos]) hi++;
    return [lo, hi];
  };

  const warnings: Warning[] = [];
  let ends: number[];
  let tiesUsed: AbcTies = o.ties;
  let computed: ComputedAbcInfo | undefined;
  let cutoffsUsed: readonly number[] = o.cutoffNumbers;
  if (o.method === "computed") {
    const cumShare = new Float64Array(m);
    for (let k = 0; k < m; k++) cumShare[k] = cumShareAt(k);
    const cut = computedAbcCut(desc, cumShare, o.computedMode);
    ends = [...cut.ends];
    computed = cut.info;
    cutoffsUsed = [cut.info.ax, cut.info.cx];
    tiesUsed = o.computedMode === "cabc" ? "majority" : "group";
    if (m <= 3) warnings.push(issue("tier_small_n", ["values"], { count: m }));
    if (cut.info.abExchanged) warnings.push(issue("tier_ab_exchanged", ["values"], { ax: cut.info.ax }));
    if (cut.consolidatedValues.length > 0) {
      warnings.push(
        issue("tier_ties_consolidated", ["values"], {
          count: cut.consolidatedValues.length,
          values: quote(cut.consolidatedValues),
        }),
      );
    }
  } else {
    ends = o.method === "count" ? o.cutoffs.map((c) => countBoundary(m, c, o.rounding)) : valueEnds(o, sums, m);
    ends = applyTiePolicy(ends, o, m, isSplit, groupAround);
    if (o.ties === "row") {
      const splitValues = [...new Set(ends.filter(isSplit).map((e) => desc[e]!))];
      if (splitValues.length > 0) {
        warnings.push(issue("tier_ties_split", ["values"], { count: splitValues.length, values: quote(splitValues) }));
      }
    }
  }

  // Items next to a cut, with their whole tie groups, are boundary items.
  const nearCut = new Uint8Array(m);
  for (const e of ends) {
    if (e <= 0 || e >= m) continue;
    for (const pos of [e - 1, e]) {
      const [lo, hi] = groupAround(pos);
      nearCut.fill(1, lo, hi);
    }
  }

  const classified = m + separateCount;
  const tierIndex = new Int8Array(n).fill(-1);
  const tier: (string | null)[] = new Array<string | null>(n).fill(null);
  const rank = new Int32Array(n);
  const share = new Float64Array(n);
  const cumShare = new Float64Array(n);
  const isBoundary = new Uint8Array(n);
  const tieGroupSize = new Int32Array(n);
  const order = new Int32Array(classified);
  const sortedValues = separateCount > 0 ? new Float64Array(classified) : desc;
  if (separateCount > 0) sortedValues.set(desc);
  const total = totalUnits / sums.unitsPerValue;
  // Positions first, then per-item writes in input order: random writes into eight output arrays (walking by
  // rank) cost several times more than the few random reads made here.
  const positionOf = new Int32Array(m);
  for (let k = 0; k < m; k++) positionOf[rankOrder[k]!] = k;
  let groupSizeAt: Int32Array | undefined;
  for (let k = 1; k < m && !groupSizeAt; k++) if (desc[k] === desc[k - 1]) groupSizeAt = new Int32Array(m);
  if (groupSizeAt) {
    for (let k = 0; k < m;) {
      let end = k + 1;
      while (end < m && desc[end] === desc[k]) end++;
      groupSizeAt.fill(end - k, k, end);
      k = end;
    }
  }
  const cuts = Int32Array.from(ends);
  const cutCount = cuts.length;
  for (let r = 0; r < m; r++) {
    const i = rankedIndex[r]!;
    const k = positionOf[r]!;
    let t = 0;
    while (t < cutCount && k >= cuts[t]!) t++;
    tierIndex[i] = t;
    tier[i] = o.labels[t]!;
    rank[i] = k + 1;
    share[i] = total > 0 ? used[i]! / total : 0;
    cumShare[i] = totalUnits > 0 ? sums.cum[k]! / totalUnits : 0;
    isBoundary[i] = nearCut[k]!;
    tieGroupSize[i] = groupSizeAt ? groupSizeAt[k]! : 1;
    order[k] = i;
  }

  const labels = o.nonPositive === "separate" ? [...o.labels, o.separateLabel] : [...o.labels];
  if (separateCount > 0)
    placeSeparate(o, n, status, used, m, labels.length - 1, {
      tierIndex,
      tier,
      rank,
      cumShare,
      tieGroupSize,
      order,
      sortedValues,
    });

  const tiers: AbcTierSummary[] = o.labels.map((label, c) => {
    const start = c === 0 ? 0 : ends[c - 1]!;
    const end = c === o.labels.length - 1 ? m : ends[c]!;
    const count = end - start;
    const valueUnits = count > 0 ? sums.cum[end - 1]! - (start > 0 ? sums.cum[start - 1]! : 0) : 0;
    return {
      index: c,
      label,
      count,
      countShare: count / classified,
      value: valueUnits / sums.unitsPerValue,
      valueShare: totalUnits > 0 ? valueUnits / totalUnits : 0,
      cumCountShare: end / m,
      cumValueShare: end > 0 ? cumShareAt(end - 1) : 0,
      minValue: count > 0 ? desc[end - 1]! : null,
      maxValue: count > 0 ? desc[start]! : null,
      limit: c < cutoffsUsed.length ? cutoffsUsed[c]! : 1,
      boundaryIndex: end,
      cutValue: count > 0 ? desc[end - 1]! : null,
      separate: false,
    };
  });
  if (o.nonPositive === "separate") {
    let value = 0;
    for (let k = m; k < classified; k++) value += sortedValues[k]!;
    tiers.push({
      index: labels.length - 1,
      label: o.separateLabel,
      count: separateCount,
      countShare: separateCount / classified,
      value,
      valueShare: 0,
      cumCountShare: 1,
      cumValueShare: 1,
      minValue: separateCount > 0 ? sortedValues[classified - 1]! : null,
      maxValue: separateCount > 0 ? sortedValues[m]! : null,
      limit: null,
      boundaryIndex: classified,
      cutValue: separateCount > 0 ? sortedValues[classified - 1]! : null,
      separate: true,
    });
  }

  if (missingFound > 0 && o.missing !== "error") {
    warnings.unshift(issue("tier_missing_values", ["values"], { count: missingFound, policy: o.missing }));
  }
  if (zeroFound > 0 && (o.nonPositive === "exclude" || o.nonPositive === "separate")) {
    warnings.push(
      issue("tier_zero_values", ["values"], { count: zeroFound, policy: o.nonPositive, label: o.separateLabel }),
    );
  }
  if (negativeFound > 0) {
    warnings.push(
      issue("tier_negative_values", ["values"], {
        count: negativeFound,
        policy: o.nonPositive,
        label: o.separateLabel,
      }),
    );
  }
  for (const t of tiers)
    if (t.count === 0 && !t.separate) warnings.push(issue("tier_empty", ["values"], { label: t.label }));

  const result: AbcResult = {
    method: o.method,
    labels,
    cutoffs: cutoffsUsed,
    boundary: o.boundary,
    ties: tiesUsed,
    rounding: o.rounding,
    missing: o.missing,
    nonPositive: o.nonPositive,
    total,
    exact: sums.exact,
    n,
    rankedCount: m,
    classifiedCount: classified,
    value: used,
    tierIndex,
    tier,
    rank,
    share,
    cumShare,
    isBoundary,
    tieGroupSize,
    order,
    sortedValues,
    tiers,
    excluded: { ...excludedCounts, indices: excludedIndices, reasons: excludedReasons },
    ...(computed ? { computed } : {}),
    ...(o.ids ? { ids: o.ids } : {}),
  };
  return ok(result, warnings);
}

/** Returns, per value cutoff, how many ranked items fall in that class or a better one (before tie handling). */
function valueEnds(o: ResolvedAbcOptions, sums: ReturnType<typeof cumulativeSums>, m: number): number[] {
  return o.cutoffs.map((cutoff) => {
    const compare = shareComparator(sums, cutoff);
    switch (o.boundary) {
      case "cumLE":
        return lastHolding(m, (k) => compare(k) <= 0);
      case "cumLT":
        return lastHolding(m, (k) => compare(k) < 0);
      case "crossingIncluded":
        return Math.min(m, lastHolding(m, (k) => compare(k) < 0) + 1);
    }
  });
}

/**
 * Returns the class ends after the tie policy: `row` keeps them, `group` moves a cut out of a tie group (before it,
 * as DAX's tie-aware cumulative share does; after it for crossingIncluded, whose test looks at S before the group),
 * `majority` moves the whole group to the class that holds most of its members (the better class on a tie).
 */
function applyTiePolicy(
  ends: number[],
  o: ResolvedAbcOptions,
  m: number,
  isSplit: (e: number) => boolean,
  groupAround: (e: number) => [number, number],
): number[] {
  if (o.ties === "row") return ends;
  if (o.ties === "group") {
    const forward = o.method === "value" && o.boundary === "crossingIncluded";
    return ends.map((e) => (isSplit(e) ? groupAround(e)[forward ? 1 : 0] : e));
  }
  const out = [...ends];
  for (const e of ends) {
    if (!isSplit(e)) continue;
    const [lo, hi] = groupAround(e);
    let target = 0;
    let best = -1;
    for (let c = 0; c <= ends.length; c++) {
      const start = c === 0 ? 0 : ends[c - 1]!;
      const end = c === ends.length ? m : ends[c]!;
      const members = Math.min(end, hi) - Math.max(start, lo);
      if (members > best) {
        best = members;
        target = c;
      }
    }
    for (let j = 0; j < out.length; j++) if (out[j]! > lo && out[j]! < hi) out[j] = j < target ? lo : hi;
  }
  return out;
}

/** Places the zero/negative items of nonPositive="separate" after the ranked ones, value descending. */
function placeSeparate(
  o: ResolvedAbcOptions,
  n: number,
  status: Uint8Array,
  used: Float64Array,
  m: number,
  tierIdx: number,
  out: {
    tierIndex: Int8Array;
    tier: (string | null)[];
    rank: Int32Array;
    cumShare: Float64Array;
    tieGroupSize: Int32Array;
    order: Int32Array;
    sortedValues: Float64Array;
  },
): void {
  const items: number[] = [];
  for (let i = 0; i < n; i++) if (status[i] === STATUS_SEPARATE) items.push(i);
  const ids = o.ids;
  items.sort((a, b) => used[b]! - used[a]! || (ids ? compareIds(ids[a]!, ids[b]!) : 0) || a - b);
  items.forEach((i, j) => {
    const pos = m + j;
    out.tierIndex[i] = tierIdx;
    out.tier[i] = o.separateLabel;
    out.rank[i] = pos + 1;
    out.cumShare[i] = 1;
    out.order[pos] = i;
    out.sortedValues[pos] = used[i]!;
  });
  for (let j = 0; j < items.length;) {
    let k = j;
    while (k < items.length && used[items[k]!] === used[items[j]!]) k++;
    for (let l = j; l < k; l++) out.tieGroupSize[items[l]!] = k - j;
    j = k;
  }
}

/** Re-orders every run of equal values in `rankOrder` by id, then by input order (ties are broken by id, §2.0). */
function sortTiesById(
  rankOrder: Int32Array,
  desc: Float64Array,
  rankedIndex: Int32Array,
  ids: readonly string[],
): void {
  const m = rankOrder.length;
  for (let k = 0; k < m;) {
    let j = k + 1;
    while (j < m && desc[j] === desc[k]) j++;
    if (j - k > 1) {
      rankOrder.subarray(k, j).sort((a, b) => compareIds(ids[rankedIndex[a]!]!, ids[rankedIndex[b]!]!) || a - b);
    }
    k = j;
  }
}

/** Orders ids by UTF-16 code units: deterministic and independent of the locale. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function quote(values: readonly number[]): string {
  const shown = values.slice(0, MAX_QUOTED_VALUES).join(", ");
  return values.length > MAX_QUOTED_VALUES ? `${shown}, …` : shown;
}

function describe(value: unknown): string {
  return value === null ? "null" : typeof value;
}
