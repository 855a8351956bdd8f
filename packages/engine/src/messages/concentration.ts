import { registerMessages } from "./registry.ts";
import type { MessageTable } from "./types.ts";

const at = (p: { path?: unknown }) => (p.path ? `${String(p.path)}: ` : "");

/** Messages for the concentration area. */
export const concentrationMessages = registerMessages({
  concentration_negative_values: {
    "zh-CN": (p) =>
      `${at(p)}有 ${p.count} 个负值（首个在第 ${p.first} 项）：含负值时份额、基尼系数和 HHI 没有定义。请修正数据，或设置 negative: "exclude" / "clip0"`,
    en: (p) =>
      `${at(p)}${p.count} negative value(s) (first at index ${p.first}): shares, Gini and HHI are undefined with negatives. Fix the data or set negative: "exclude" / "clip0"`,
  },
  concentration_negative_excluded: {
    "zh-CN": (p) => `${at(p)}已排除 ${p.count} 个负值，结果只基于其余 ${p.n} 个值`,
    en: (p) => `${at(p)}excluded ${p.count} negative value(s); the result covers the other ${p.n} values`,
  },
  concentration_negative_clipped: {
    "zh-CN": (p) => `${at(p)}已将 ${p.count} 个负值按 0 计算`,
    en: (p) => `${at(p)}counted ${p.count} negative value(s) as 0`,
  },
  concentration_missing_excluded: {
    "zh-CN": (p) => `${at(p)}已排除 ${p.count} 个空值`,
    en: (p) => `${at(p)}excluded ${p.count} missing value(s)`,
  },
  concentration_zero_total: {
    "zh-CN": (p) => `${at(p)}合计为 0：份额、基尼系数和 HHI 没有定义`,
    en: (p) => `${at(p)}the total is 0: shares, Gini and HHI are undefined`,
  },
  concentration_correction_needs_two: {
    "zh-CN": (p) => `${at(p)}小样本修正 n/(n−1) 至少需要 2 个值，实际为 ${p.n}`,
    en: (p) => `${at(p)}the n/(n−1) small-sample correction needs at least 2 values, got ${p.n}`,
  },
  concentration_shares_exceed_total: {
    "zh-CN": (p) => `${at(p)}份额合计 ${p.sum} 超过 ${p.expected}`,
    en: (p) => `${at(p)}the shares sum to ${p.sum}, more than ${p.expected}`,
  },
  concentration_shares_incomplete: {
    "zh-CN": (p) => `${at(p)}份额合计 ${p.sum}，不足 ${p.expected}：HHI 只计入所列份额`,
    en: (p) => `${at(p)}the shares sum to ${p.sum}, less than ${p.expected}: HHI counts only the listed shares`,
  },
  concentration_k_exceeds_n: {
    "zh-CN": (p) => `${at(p)}CR${p.k} 要求前 ${p.k} 名，但只有 ${p.n} 个值：按全部值计算（份额为 1）`,
    en: (p) => `${at(p)}CR${p.k} asks for the top ${p.k} but there are only ${p.n} values: all are counted (share 1)`,
  },
} as const satisfies MessageTable);
