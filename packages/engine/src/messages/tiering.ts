import { registerMessages } from "./registry.ts";
import type { MessageParams, MessageTable } from "./types.ts";

const at = (p: MessageParams) => (p.path ? `${String(p.path)}: ` : "");

/** Messages for the tiering area (ABC / Pareto). */
export const tieringMessages = registerMessages({
  tier_all_excluded: {
    "zh-CN": (p) =>
      `${at(p)}没有可分级的正数值：缺失 ${p.missing ?? 0} 个、零值 ${p.zero ?? 0} 个、负值 ${p.negative ?? 0} 个均已排除`,
    en: (p) =>
      `${at(p)}no positive value is left to tier: ${p.missing ?? 0} missing, ${p.zero ?? 0} zero and ${p.negative ?? 0} negative value(s) were excluded`,
  },
  tier_zero_total: {
    "zh-CN": (p) => `${at(p)}数值合计为 0，无法计算累计占比（所有值都是 0）`,
    en: (p) => `${at(p)}the values sum to 0, so cumulative shares are undefined (every value is 0)`,
  },
  tier_missing_values: {
    "zh-CN": (p) =>
      `${at(p)}有 ${p.count} 个缺失或非数值的值，已${p.policy === "zero" ? "按 0 处理" : "排除在分级之外"}`,
    en: (p) =>
      `${at(p)}${p.count} missing or non-numeric value(s) ${p.policy === "zero" ? "were treated as 0" : "were left out of the tiers"}`,
  },
  tier_missing_value: {
    "zh-CN": (p) => `${at(p)}值缺失或不是数值（missing="error"）`,
    en: (p) => `${at(p)}the value is missing or not a number (missing="error")`,
  },
  tier_zero_values: {
    "zh-CN": (p) =>
      `${at(p)}有 ${p.count} 个值为 0，已${p.policy === "separate" ? `归入单独的类别 ${p.label ?? ""}` : "排除在分级之外"}`,
    en: (p) =>
      `${at(p)}${p.count} value(s) are 0 and ${p.policy === "separate" ? `were put in the separate class ${p.label ?? ""}` : "were left out of the tiers"}`,
  },
  tier_negative_values: {
    "zh-CN": (p) =>
      `${at(p)}发现 ${p.count} 个负值（如退货、冲红），已${p.policy === "clip0" ? "按 0 处理" : p.policy === "separate" ? `归入单独的类别 ${p.label ?? ""}` : "排除"}，不计入合计`,
    en: (p) =>
      `${at(p)}found ${p.count} negative value(s) (returns, credit notes); they ${p.policy === "clip0" ? "were counted as 0" : p.policy === "separate" ? `were put in the separate class ${p.label ?? ""}` : "were excluded"} and do not reduce the total`,
  },
  tier_nonpositive_value: {
    "zh-CN": (p) => `${at(p)}值 ${p.received} 不是正数（nonPositive="error"）`,
    en: (p) => `${at(p)}the value ${p.received} is not positive (nonPositive="error")`,
  },
  tier_ties_split: {
    "zh-CN": (p) =>
      `${at(p)}有 ${p.count} 组相同的值被分级线拆到不同级别（如 ${p.values}），按排序先后（编号或输入顺序）分配；如需同值同级，请用 ties="group" 或 "majority"`,
    en: (p) =>
      `${at(p)}${p.count} group(s) of equal values are split across tiers by a cut (e.g. ${p.values}); they were assigned in row order (by id, else input order). Use ties="group" or "majority" to keep equal values together`,
  },
  tier_ties_consolidated: {
    "zh-CN": (p) => `${at(p)}有 ${p.count} 组相同的值跨越多个级别（如 ${p.values}），已整体归入多数所在的级别`,
    en: (p) =>
      `${at(p)}${p.count} group(s) of equal values spanned several classes (e.g. ${p.values}); each was moved whole to the class holding most of its members`,
  },
  tier_cutoff_range: {
    "zh-CN": (p) => `${at(p)}分级线应在 0 和 1 之间（不含两端），实际为 ${p.received}`,
    en: (p) => `${at(p)}a cutoff must lie strictly between 0 and 1, got ${p.received}`,
  },
  tier_cutoffs_order: {
    "zh-CN": (p) => `${at(p)}分级线应严格递增，${p.received} 不大于前一个值 ${p.previous}`,
    en: (p) => `${at(p)}cutoffs must be strictly increasing, but ${p.received} is not above ${p.previous}`,
  },
  tier_cutoffs_conflict: {
    "zh-CN": (p) => `${at(p)}cutoffs 与 quotas 只能给出其一`,
    en: (p) => `${at(p)}give either cutoffs or quotas, not both`,
  },
  tier_cutoffs_unused: {
    "zh-CN": (p) => `${at(p)}计算法 ABC（method="computed"）自行确定分级点，不接受 cutoffs 或 quotas`,
    en: (p) => `${at(p)}computed ABC (method="computed") finds its own limits and takes no cutoffs or quotas`,
  },
  tier_quota_range: {
    "zh-CN": (p) => `${at(p)}每个配额应大于 0 且小于 1，实际为 ${p.received}`,
    en: (p) => `${at(p)}each quota must be above 0 and below 1, got ${p.received}`,
  },
  tier_quotas_sum: {
    "zh-CN": (p) => `${at(p)}配额之和应为 1，实际为 ${p.sum}`,
    en: (p) => `${at(p)}the quotas must sum to 1, got ${p.sum}`,
  },
  tier_labels_count: {
    "zh-CN": (p) => `${at(p)}级别名称数量应为 ${p.expected}（分级线数 + 1），实际为 ${p.received}`,
    en: (p) => `${at(p)}expected ${p.expected} tier labels (one more than the cutoffs), got ${p.received}`,
  },
  tier_labels_duplicate: {
    "zh-CN": (p) => `${at(p)}级别名称“${p.label}”重复`,
    en: (p) => `${at(p)}the tier label "${p.label}" is used twice`,
  },
  tier_small_n: {
    "zh-CN": (p) => `${at(p)}只有 ${p.count} 个值，计算法 ABC 的结果可能不稳定`,
    en: (p) => `${at(p)}only ${p.count} value(s): computed ABC may be unstable on so few items`,
  },
  tier_empty: {
    "zh-CN": (p) => `${at(p)}级别“${p.label}”没有任何客户`,
    en: (p) => `${at(p)}tier "${p.label}" holds no item`,
  },
  tier_ab_exchanged: {
    "zh-CN": (p) => `${at(p)}盈亏平衡点位于帕累托点左侧，两点已互换（A/B 分界取 ${p.ax}）`,
    en: (p) =>
      `${at(p)}the break-even point lies left of the Pareto point, so the two were exchanged (the A/B limit is at ${p.ax})`,
  },
} as const satisfies MessageTable);
