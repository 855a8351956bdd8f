import type { Locale, MessageParams } from "../messages/types.ts";
import type { AbcMethod } from "./abc-options.ts";
import type { AbcResult, ExcludedReason } from "./abc-result.ts";

/** Why one item has its tier (or none), in the result's own figures and in words. */
export interface TierExplanation {
  /** Input index explained. */
  readonly index: number;
  /** "ranked" (in a main tier), "separate" (the zero/negative class) or why the item was left out. */
  readonly status: "ranked" | "separate" | ExcludedReason;
  readonly tier: string | null;
  /** −1 when excluded. */
  readonly tierIndex: number;
  /** 1-based rank among `of` ranked items; 0 when not ranked. */
  readonly rank: number;
  readonly of: number;
  /** Cumulative value share S_k at the item's rank (0 when not ranked). */
  readonly cumShare: number;
  /** The rule that placed it: the method and the tier's cumulative limit (null outside the main tiers). */
  readonly method: AbcMethod;
  readonly limit: number | null;
  /** True when the item or its tie group sits next to a cut. */
  readonly boundary: boolean;
  /** Other classified items with the same value. */
  readonly tiedWith: number;
  /** The explanation as a sentence, e.g. "rank 3 of 120, cumulative 41.2%, within tier A's cumulative value limit of 80.0%". */
  readonly text: string;
}

/** One sentence template per language; `p` holds the figures already formatted. */
const TEXT: Readonly<Record<string, Readonly<Record<Locale, (p: MessageParams) => string>>>> = {
  ranked: {
    "zh-CN": (p) => `排名 ${p.rank}/${p.of}，累计占比 ${p.cum}，${p.rule}`,
    en: (p) => `rank ${p.rank} of ${p.of}, cumulative ${p.cum}, ${p.rule}`,
  },
  value: {
    "zh-CN": (p) => `未超过 ${p.tier} 级累计价值界限 ${p.limit}`,
    en: (p) => `within tier ${p.tier}'s cumulative value limit of ${p.limit}`,
  },
  count: {
    "zh-CN": (p) => `位于 ${p.tier} 级客户数配额内（累计 ${p.limit}）`,
    en: (p) => `within tier ${p.tier}'s count quota (cumulative ${p.limit})`,
  },
  computed: {
    "zh-CN": (p) => `计算 ABC 的 ${p.tier} 级界限 ${p.limit}`,
    en: (p) => `computed ABC limit of tier ${p.tier}: ${p.limit}`,
  },
  boundary: { "zh-CN": () => "位于分界处", en: () => "next to a cut" },
  tie: { "zh-CN": (p) => `与另 ${p.n} 位同值`, en: (p) => `tied with ${p.n} others` },
  separate: {
    "zh-CN": (p) => `数值为零或负，单列为 ${p.tier} 级`,
    en: (p) => `zero or negative, kept apart as ${p.tier}`,
  },
  missing: { "zh-CN": () => "数值缺失，未分级", en: () => "value missing, not tiered" },
  zero: { "zh-CN": () => "数值为零，未分级", en: () => "value is zero, not tiered" },
  negative: { "zh-CN": () => "数值为负，未分级", en: () => "value is negative, not tiered" },
};

// Input index → excluded reason, built once per result (explaining every row of a table stays linear).
const reasonsByResult = new WeakMap<AbcResult, Map<number, ExcludedReason>>();

function excludedReason(result: AbcResult, index: number): ExcludedReason {
  let byIndex = reasonsByResult.get(result);
  if (!byIndex) {
    byIndex = new Map(result.excluded.indices.map((i, k) => [i, result.excluded.reasons[k]!]));
    reasonsByResult.set(result, byIndex);
  }
  // An item without a tier that is not listed was an error item; "missing" is the only reason left.
  return byIndex.get(index) ?? "missing";
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/**
 * Returns why item `index` of an {@link abcTiers} / {@link customerTiers} result has its tier: rank, cumulative
 * share, the rule and limit that placed it, whether it sits at a cut or in a tie, as data and as a sentence in
 * `locale` (zh-CN by default). Returns null for an index outside the result.
 *
 * @example
 * const r = abcTiers([27000, 24000, 18000, 6000]);
 * if (r.success) explainTier(r.data, 1, "en")?.text;
 * // "rank 2 of 4, cumulative 68.0%, within tier A's cumulative value limit of 80.0%, next to a cut"
 */
export function explainTier(result: AbcResult, index: number, locale: Locale = "zh-CN"): TierExplanation | null {
  if (!Number.isInteger(index) || index < 0 || index >= result.n) return null;
  const loc: Locale = locale === "en" ? "en" : "zh-CN"; // any other locale reads the default, zh-CN
  const say = (key: string, p: MessageParams = {}) => TEXT[key]![loc](p);
  const ti = result.tierIndex[index]!;
  const base = { index, of: result.rankedCount, method: result.method };
  if (ti < 0) {
    const status = excludedReason(result, index);
    return {
      ...base,
      status,
      tier: null,
      tierIndex: -1,
      rank: 0,
      cumShare: 0,
      limit: null,
      boundary: false,
      tiedWith: 0,
      text: say(status),
    };
  }
  const t = result.tiers[ti]!;
  const tiedWith = Math.max(0, result.tieGroupSize[index]! - 1);
  if (t.separate) {
    return {
      ...base,
      status: "separate",
      tier: t.label,
      tierIndex: ti,
      rank: 0,
      cumShare: result.cumShare[index]!,
      limit: null,
      boundary: false,
      tiedWith,
      text: say("separate", { tier: t.label }),
    };
  }
  const limit = t.limit === null ? "" : result.method === "computed" ? t.limit.toFixed(3) : percent(t.limit);
  const boundary = result.isBoundary[index] === 1;
  const parts = [
    say("ranked", {
      rank: result.rank[index]!,
      of: result.rankedCount,
      cum: percent(result.cumShare[index]!),
      rule: say(result.method, { tier: t.label, limit }),
    }),
  ];
  if (boundary) parts.push(say("boundary"));
  if (tiedWith > 0) parts.push(say("tie", { n: tiedWith }));
  return {
    ...base,
    status: "ranked",
    tier: t.label,
    tierIndex: ti,
    rank: result.rank[index]!,
    cumShare: result.cumShare[index]!,
    limit: t.limit,
    boundary,
    tiedWith,
    text: parts.join(loc === "zh-CN" ? "，" : ", "),
  };
}
