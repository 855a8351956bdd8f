import { registerMessages } from "./registry.ts";
import type { MessageTable } from "./types.ts";

const at = (p: { path?: unknown }) => (p.path ? `${String(p.path)}: ` : "");

/** Messages for the clv area. */
export const clvMessages = registerMessages({
  clv_negative_values: {
    "zh-CN": (p) => `${at(p)}有 ${p.count} 个客户的某项贡献为负（如扣除成本后的利润为负），已按原值相加`,
    en: (p) =>
      `${at(p)}${p.count} customer(s) have a negative contribution (e.g. profit after costs); it is added as it is`,
  },
  clv_missing_excluded: {
    "zh-CN": (p) => `${at(p)}已排除 ${p.count} 个缺少贡献值的客户`,
    en: (p) => `${at(p)}excluded ${p.count} customer(s) with a missing contribution`,
  },
  clv_missing_as_zero: {
    "zh-CN": (p) => `${at(p)}有 ${p.count} 个缺失的贡献值按 0 计算`,
    en: (p) => `${at(p)}counted ${p.count} missing contribution(s) as 0`,
  },
  clv_retention_too_high: {
    "zh-CN": (p) => `${at(p)}保留率 ${p.retention} 必须小于 1 + 折现率（${p.limit}），否则客户价值无穷大`,
    en: (p) =>
      `${at(p)}retention ${p.retention} must be below 1 + the discount rate (${p.limit}), or the value is infinite`,
  },
  clv_negative_margin: {
    "zh-CN": (p) => `${at(p)}每期毛利为负（${p.margin}）：客户终身价值为负`,
    en: (p) => `${at(p)}the margin per period is negative (${p.margin}): the lifetime value is negative`,
  },
  clv_gamma_gamma_q_too_small: {
    "zh-CN": (p) => `${at(p)}Gamma-Gamma 参数 q 必须大于 1（q ≤ 1 时总体平均消费没有定义），实际为 ${p.q}`,
    en: (p) =>
      `${at(p)}the Gamma-Gamma parameter q must exceed 1 (the population mean spend is undefined for q ≤ 1), got ${p.q}`,
  },
  clv_gamma_gamma_mean_not_positive: {
    "zh-CN": (p) => `${at(p)}Gamma-Gamma 模型要求有复购客户的平均消费额大于 0，实际为 ${p.meanValue}`,
    en: (p) => `${at(p)}the Gamma-Gamma model needs a mean value above 0 for a repeat customer, got ${p.meanValue}`,
  },
  clv_gamma_gamma_no_repeat: {
    "zh-CN": (p) => `${at(p)}该客户没有复购（x = 0）：期望消费额就是总体平均值 ${p.populationMean}`,
    en: (p) => `${at(p)}no repeat purchases (x = 0): the expected value is the population mean ${p.populationMean}`,
  },
} as const satisfies MessageTable);
