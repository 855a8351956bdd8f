import { registerMessages } from "./registry.ts";
import type { MessageTable } from "./types.ts";

const at = (p: { path?: unknown }) => (p.path ? `${String(p.path)}: ` : "");
const dimZh = (d: unknown) =>
  ({ recency: "R（最近一次消费）", frequency: "F（消费频率）", monetary: "M（消费金额）" })[String(d)] ?? String(d);
const dimEn = (d: unknown) =>
  ({ recency: "R (recency)", frequency: "F (frequency)", monetary: "M (monetary)" })[String(d)] ?? String(d);

/** Messages for the rfm area. */
export const rfmMessages = registerMessages({
  rfm_bins_collapsed: {
    "zh-CN": (p) =>
      `${at(p)}${dimZh(p.dimension)}实际只有 ${p.actual} 档，而不是 ${p.requested} 档：相同取值太多（切点重复）或客户太少；得分保持原位置，可能出现跳档`,
    en: (p) =>
      `${at(p)}${dimEn(p.dimension)} has only ${p.actual} bins instead of ${p.requested}: too many equal values (duplicate cut points) or too few customers; scores keep their positions, so some are skipped`,
  },
  rfm_nested_bins_collapsed: {
    "zh-CN": (p) => `${at(p)}嵌套分箱中 ${dimZh(p.dimension)}有 ${p.groups}/${p.total} 个分组的档数少于 ${p.requested}`,
    en: (p) =>
      `${at(p)}nested binning: ${p.groups} of ${p.total} groups of ${dimEn(p.dimension)} have fewer than ${p.requested} bins`,
  },
  rfm_ntile_split_ties: {
    "zh-CN": (p) =>
      `${at(p)}等量分箱（ntile）把 ${dimZh(p.dimension)}的 ${p.count} 组相同取值拆到了不同档（按客户编号决定先后）；若希望相同取值同档，请用 quantile 或 percentileRank`,
    en: (p) =>
      `${at(p)}ntile split ${p.count} group(s) of equal ${dimEn(p.dimension)} values across bins (order by customer id); use quantile or percentileRank to keep ties together`,
  },
  rfm_missing_excluded: {
    "zh-CN": (p) => `${at(p)}已排除 ${p.count} 个缺少 R、F 或 M 值的客户`,
    en: (p) => `${at(p)}excluded ${p.count} customer(s) with a missing R, F or M value`,
  },
  rfm_negative_monetary: {
    "zh-CN": (p) => `${at(p)}有 ${p.count} 个客户的消费金额为负（如退货），按原值参与分箱`,
    en: (p) => `${at(p)}${p.count} customer(s) have a negative monetary value (returns?); they are binned as they are`,
  },
  rfm_duplicate_id: {
    "zh-CN": (p) => `${at(p)}客户编号 ${p.id} 重复（首次出现在第 ${p.first} 行）`,
    en: (p) => `${at(p)}customer id ${p.id} appears more than once (first at row ${p.first})`,
  },
  rfm_cuts_required: {
    "zh-CN": (p) => `${at(p)}custom 方法需要为 ${dimZh(p.dimension)}给出切点`,
    en: (p) => `${at(p)}the custom method needs cut points for ${dimEn(p.dimension)}`,
  },
  rfm_cuts_not_ascending: {
    "zh-CN": (p) => `${at(p)}${dimZh(p.dimension)}的切点必须严格递增`,
    en: (p) => `${at(p)}the cut points of ${dimEn(p.dimension)} must be strictly ascending`,
  },
  rfm_segment_range_invalid: {
    "zh-CN": (p) => `${at(p)}分群“${p.name}”的得分区间下限大于上限`,
    en: (p) => `${at(p)}segment "${p.name}" has a score range whose lower end exceeds its upper end`,
  },
  rfm_population_needs_quantile: {
    "zh-CN": (p) => `${at(p)}population（总体切点）只适用于 quantile 方法，当前为 ${p.method}`,
    en: (p) => `${at(p)}population only applies to the quantile method, not ${p.method}`,
  },
  rfm_weights_zero: {
    "zh-CN": (p) => `${at(p)}R、F、M 权重之和必须大于 0`,
    en: (p) => `${at(p)}the R, F and M weights must sum to more than 0`,
  },
  rfm_invalid_date: {
    "zh-CN": (p) => `${at(p)}无法识别的日期 ${p.received}，请用 YYYY-MM-DD`,
    en: (p) => `${at(p)}unrecognised date ${p.received}; use YYYY-MM-DD`,
  },
  rfm_orders_after_as_of: {
    "zh-CN": (p) => `${at(p)}已排除 ${p.count} 笔晚于分析日期 ${p.asOf} 的订单`,
    en: (p) => `${at(p)}excluded ${p.count} order(s) dated after the as-of date ${p.asOf}`,
  },
} as const satisfies MessageTable);
