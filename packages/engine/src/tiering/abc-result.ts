import type { AbcBoundary, AbcMethod, AbcRounding, AbcTies, MissingPolicy, NonPositivePolicy } from "./abc-options.ts";
import type { ComputedAbcInfo } from "./computed-abc.ts";

/** Why an item got no tier: its value was missing (or not a number), zero, or negative. */
export type ExcludedReason = "missing" | "zero" | "negative";

/** One tier's summary: who is in it and the limits that cut it. */
export interface AbcTierSummary {
  /** Position of the tier, best first; indexes `AbcResult.labels`. */
  readonly index: number;
  readonly label: string;
  /** Number of items in the tier. */
  readonly count: number;
  /** `count` / `classifiedCount`: the actual share of items (which can differ from a quota with ties="group"). */
  readonly countShare: number;
  /** Sum of the tier's values. */
  readonly value: number;
  /** `value` / `total`: the actual share of value (0 for the separate class, which is outside the total). */
  readonly valueShare: number;
  /** Share of the ranked items in this tier and the tiers above it. */
  readonly cumCountShare: number;
  /** Cumulative value share reached at the tier's last item. */
  readonly cumValueShare: number;
  /** Smallest and largest value in the tier; null when the tier is empty. */
  readonly minValue: number | null;
  readonly maxValue: number | null;
  /**
   * The cumulative limit used: the value-share cutoff (value), the cumulative count share (count) or the effort
   * limit Ax / Cx (computed); 1 for the last tier and null for the separate class.
   */
  readonly limit: number | null;
  /** Rank of the tier's last item (for the count method this is the boundary b_j = round(n·Σq)). */
  readonly boundaryIndex: number;
  /** The value at the cut line below the tier: the value of its last item in rank order; null when empty. */
  readonly cutValue: number | null;
  /** True for the class of zero/negative values under nonPositive="separate". */
  readonly separate: boolean;
}

/** Items left out of the tiers, with counts by reason. */
export interface AbcExcluded {
  readonly missing: number;
  readonly zero: number;
  readonly negative: number;
  /** Input indices of the excluded items, ascending, and the reason for each. */
  readonly indices: readonly number[];
  readonly reasons: readonly ExcludedReason[];
}

/**
 * The ABC classification of a list of values. Per-item columns are typed arrays in input order, so a
 * million customers cost a few arrays, not a million objects; `abcItems` materialises rows for tables.
 */
export interface AbcResult {
  readonly method: AbcMethod;
  /** Tier labels, best first; `tierIndex` indexes them. The separate class, when used, is last. */
  readonly labels: readonly string[];
  /** Cumulative limits used: value-share cutoffs, cumulative count shares, or [Ax, Cx] for computed ABC. */
  readonly cutoffs: readonly number[];
  readonly boundary: AbcBoundary;
  /** Tie policy applied: the option, or what computed ABC does (cABC "majority", legacy "group"). */
  readonly ties: AbcTies;
  readonly rounding: AbcRounding;
  readonly missing: MissingPolicy;
  readonly nonPositive: NonPositivePolicy;
  /** Sum of the ranked values, the denominator of every share. */
  readonly total: number;
  /** True when cumulative shares were compared with the cutoffs exactly (integer or decimal sums). */
  readonly exact: boolean;
  /** Number of input items. */
  readonly n: number;
  /** Items ranked into the main tiers (the base of quotas and shares). */
  readonly rankedCount: number;
  /** Items with a tier, including the separate class. */
  readonly classifiedCount: number;
  /** Value used per item (negatives clipped under clip0; 0 where missing). */
  readonly value: Float64Array;
  /** Tier per item, −1 when excluded. */
  readonly tierIndex: Int8Array;
  readonly tier: readonly (string | null)[];
  /** 1-based rank, value descending, ties by id else input order; 0 when excluded. */
  readonly rank: Int32Array;
  /** value / total; 0 when excluded or in the separate class. */
  readonly share: Float64Array;
  /** Cumulative share S_k at the item's rank; 0 when excluded, 1 in the separate class. */
  readonly cumShare: Float64Array;
  /** 1 when the item (or its tie group) sits next to a cut between two tiers. */
  readonly isBoundary: Uint8Array;
  /** How many classified items share the item's value (1 when unique); 0 when excluded. */
  readonly tieGroupSize: Int32Array;
  /** Input index of the item at each rank: `order[rank − 1]`. */
  readonly order: Int32Array;
  /** Classified values in rank order (descending), for lookups by value. */
  readonly sortedValues: Float64Array;
  readonly tiers: readonly AbcTierSummary[];
  readonly excluded: AbcExcluded;
  /** The Pareto, break-even and submarginal points of computed ABC. */
  readonly computed?: ComputedAbcInfo;
  readonly ids?: readonly string[];
}
