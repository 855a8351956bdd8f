import { registerMessages } from "./registry.ts";
import type { MessageParams, MessageTable } from "./types.ts";

const at = (p: MessageParams) => (p.path ? `${String(p.path)}: ` : "");
const crit = (p: MessageParams) => String(p.criterion ?? "?");

/** Messages for the scoring area. */
export const scoringMessages = registerMessages({
  scoring_criterion_field_missing: {
    "zh-CN": (p) => `${at(p)}评分指标缺少字段名（field）`,
    en: (p) => `${at(p)}the criterion names no field`,
  },
  scoring_weight_invalid: {
    "zh-CN": (p) => `${at(p)}指标“${crit(p)}”的权重应为有限数值，实际为 ${p.received ?? "空"}`,
    en: (p) => `${at(p)}the weight of criterion "${crit(p)}" must be a finite number, got ${p.received ?? "nothing"}`,
  },
  scoring_weight_negative: {
    "zh-CN": (p) => `${at(p)}指标“${crit(p)}”的权重不能为负数（实际为 ${p.received}）`,
    en: (p) => `${at(p)}the weight of criterion "${crit(p)}" must not be negative (got ${p.received})`,
  },
  scoring_weights_zero: {
    "zh-CN": (p) => `${at(p)}权重之和为 0${p.criteria ? `（${p.criteria}）` : ""}，无法计算加权评分`,
    en: (p) =>
      `${at(p)}the weights${p.criteria ? ` of ${p.criteria}` : ""} sum to 0, so no weighted score can be computed`,
  },
  scoring_weights_renormalized: {
    "zh-CN": (p) => `${at(p)}权重之和为 ${p.sum}，已按比例归一化为 1`,
    en: (p) => `${at(p)}the weights sum to ${p.sum}; they were rescaled to sum to 1`,
  },
  scoring_bands_missing: {
    "zh-CN": (p) => `${at(p)}指标“${crit(p)}”使用评分标准表（bands），但没有给出分档`,
    en: (p) => `${at(p)}criterion "${crit(p)}" uses a scoring-standard table (bands) but gives no bands`,
  },
  scoring_band_empty: {
    "zh-CN": (p) => `${at(p)}指标“${crit(p)}”的分档 [${p.lo}, ${p.hi}) 为空：下限应小于上限`,
    en: (p) => `${at(p)}band [${p.lo}, ${p.hi}) of criterion "${crit(p)}" is empty: lo must be below hi`,
  },
  scoring_bands_overlap: {
    "zh-CN": (p) => `${at(p)}指标“${crit(p)}”的分档 ${p.first} 与 ${p.second} 重叠`,
    en: (p) => `${at(p)}bands ${p.first} and ${p.second} of criterion "${crit(p)}" overlap`,
  },
  scoring_bands_gap: {
    "zh-CN": (p) => `${at(p)}指标“${crit(p)}”的分档在 [${p.lo}, ${p.hi}) 之间有空档，落在其中的值得 0 分`,
    en: (p) =>
      `${at(p)}the bands of criterion "${crit(p)}" leave a gap [${p.lo}, ${p.hi}); values in it score 0 points`,
  },
  scoring_bands_no_points: {
    "zh-CN": (p) => `${at(p)}指标“${crit(p)}”的所有分档都是 0 分`,
    en: (p) => `${at(p)}every band of criterion "${crit(p)}" gives 0 points`,
  },
  scoring_bands_direction_ignored: {
    "zh-CN": (p) => `${at(p)}指标“${crit(p)}”按评分标准表打分，分值已体现方向，“成本型”设置被忽略`,
    en: (p) =>
      `${at(p)}criterion "${crit(p)}" is scored by its band table, whose points set the direction; "cost" was ignored`,
  },
  scoring_values_outside_bands: {
    "zh-CN": (p) => `${at(p)}指标“${crit(p)}”有 ${p.count} 个值不在任何分档内，按 0 分计`,
    en: (p) => `${at(p)}${p.count} value(s) of criterion "${crit(p)}" fall in no band and score 0 points`,
  },
  scoring_values_not_positive: {
    "zh-CN": (p) =>
      `${at(p)}指标“${crit(p)}”是成本型且用最大值比例法（min/x），所有值都须大于 0；有 ${p.count} 个值不满足`,
    en: (p) =>
      `${at(p)}criterion "${crit(p)}" is a cost criterion normalised by max-ratio (min/x), so every value must be > 0; ${p.count} are not`,
  },
  scoring_values_negative: {
    "zh-CN": (p) => `${at(p)}指标“${crit(p)}”使用 ${p.normalization} 归一化，值不能为负数；有 ${p.count} 个负值`,
    en: (p) =>
      `${at(p)}criterion "${crit(p)}" uses ${p.normalization} normalisation, which needs values ≥ 0; ${p.count} are negative`,
  },
  scoring_constant_criterion: {
    "zh-CN": (p) => `${at(p)}指标“${crit(p)}”所有值都相同（最大值 = 最小值），每个客户的得分率都记为 ${p.rating}`,
    en: (p) =>
      `${at(p)}every value of criterion "${crit(p)}" is the same (max = min); everyone gets the rating ${p.rating}`,
  },
  scoring_criterion_all_missing: {
    "zh-CN": (p) => `${at(p)}指标“${crit(p)}”没有任何有效值`,
    en: (p) => `${at(p)}criterion "${crit(p)}" has no value in any row`,
  },
  scoring_missing_values: {
    "zh-CN": (p) => `${at(p)}指标“${crit(p)}”有 ${p.count} 行缺失，已按缺失值规则处理（见 coverage）`,
    en: (p) =>
      `${at(p)}criterion "${crit(p)}" is missing in ${p.count} row(s), handled by the missing-value policy (see coverage)`,
  },
  scoring_missing_value: {
    "zh-CN": (p) => `${at(p)}指标“${crit(p)}”有 ${p.count} 行缺失，而缺失值规则为“报错”`,
    en: (p) => `${at(p)}criterion "${crit(p)}" is missing in ${p.count} row(s) and the missing-value policy is "error"`,
  },
  scoring_non_numeric: {
    "zh-CN": (p) => `${at(p)}指标“${crit(p)}”有 ${p.count} 个非数值（文本、NaN 或无穷大），按缺失处理`,
    en: (p) =>
      `${at(p)}criterion "${crit(p)}" has ${p.count} non-numeric value(s) (text, NaN or infinity), treated as missing`,
  },
  scoring_column_out_of_range: {
    "zh-CN": (p) => `${at(p)}指标“${crit(p)}”读取第 ${p.column} 列，但数据只有 ${p.width} 列`,
    en: (p) => `${at(p)}criterion "${crit(p)}" reads column ${p.column}, but the data has ${p.width} column(s)`,
  },
  scoring_mixed_scales: {
    "zh-CN": (p) => `${at(p)}部分指标使用原始值（none），部分使用归一化得分，两者量纲不同，总分难以解释`,
    en: (p) =>
      `${at(p)}some criteria use raw values (none) and others normalised ratings; their units differ, so the total is hard to read`,
  },
  scoring_rows_without_data: {
    "zh-CN": (p) => `${at(p)}有 ${p.count} 行所有指标都缺失，${p.policy === "zero" ? "得分记为 0" : "没有得分"}`,
    en: (p) =>
      `${at(p)}${p.count} row(s) have no value for any criterion and ${p.policy === "zero" ? "score 0" : "get no score"}`,
  },
  scoring_grade_bands_duplicate: {
    "zh-CN": (p) => `${at(p)}有两个等级区间的下限同为 ${p.min}`,
    en: (p) => `${at(p)}two grade bands share the lower bound ${p.min}`,
  },
  scoring_scores_below_bands: {
    "zh-CN": (p) => `${at(p)}有 ${p.count} 个得分低于最低等级下限 ${p.min}，未定级`,
    en: (p) => `${at(p)}${p.count} score(s) are below the lowest band (${p.min}) and got no grade`,
  },
  scoring_topsis_missing: {
    "zh-CN": (p) => `${at(p)}TOPSIS 要求每个值都存在，指标“${crit(p)}”有 ${p.count} 个缺失`,
    en: (p) => `${at(p)}TOPSIS needs every value, but criterion "${crit(p)}" is missing in ${p.count} row(s)`,
  },
  scoring_topsis_normalization_ignored: {
    "zh-CN": (p) => `${at(p)}TOPSIS 固定使用向量归一化，指标“${crit(p)}”的归一化设置被忽略`,
    en: (p) =>
      `${at(p)}TOPSIS always uses vector normalisation; the normalisation of criterion "${crit(p)}" was ignored`,
  },
  scoring_topsis_identical: {
    "zh-CN": (p) => `${at(p)}所有方案在各指标上都相同，${p.count} 个方案的贴近度都记为 ${p.rating}`,
    en: (p) =>
      `${at(p)}every alternative is identical on every criterion; ${p.count} closeness value(s) set to ${p.rating}`,
  },
  scoring_marketing_cost_partial: {
    "zh-CN": (p) => `${at(p)}有 ${p.count} 个客户没有营销费用，且折让与财务费用只给了一项，按已给出的一项计`,
    en: (p) =>
      `${at(p)}${p.count} customer(s) have no marketing cost and only one of discounts and financial cost; that one was used`,
  },
  scoring_no_quadrants: {
    "zh-CN": (p) => `${at(p)}没有客户同时具备当前价值与未来价值，无法划分价值象限`,
    en: (p) => `${at(p)}no customer has both a current and a future value, so no value quadrant could be assigned`,
  },
} as const satisfies MessageTable);
