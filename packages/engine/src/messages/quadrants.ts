import { registerMessages } from "./registry.ts";
import type { MessageTable } from "./types.ts";

const at = (p: { path?: unknown }) => (p.path ? `${String(p.path)}: ` : "");
const axisZh = (a: unknown) => (a === "x" ? "横轴（x）" : a === "y" ? "纵轴（y）" : String(a));
const reasonZh: Record<string, string> = {
  missing: "缺失",
  not_finite: "非有限数值",
  not_numeric: "非数值",
  not_object: "不是记录",
};
const reasonEn: Record<string, string> = {
  missing: "missing",
  not_finite: "not a finite number",
  not_numeric: "not a number",
  not_object: "not a record",
};

/** Messages for the quadrants area: quadrant splits, the loyalty and value presets, opportunity grades. */
export const quadrantsMessages = registerMessages({
  quadrant_value_missing: {
    "zh-CN": (p) => `${at(p)}值${reasonZh[String(p.reason)] ?? "无效"}，而缺失值策略为 error`,
    en: (p) => `${at(p)}value is ${reasonEn[String(p.reason)] ?? "invalid"} and the missing policy is "error"`,
  },
  quadrant_no_valid_points: {
    "zh-CN": (p) => `${at(p)}没有 x、y 均为有效数值的点（已排除 ${p.excluded} 个）`,
    en: (p) => `${at(p)}no point has a valid x and y (${p.excluded} excluded)`,
  },
  quadrant_points_excluded: {
    "zh-CN": (p) => `已排除 ${p.count} 个点：x 无效 ${p.missingX} 个，y 无效 ${p.missingY} 个`,
    en: (p) => `${p.count} point(s) excluded: x invalid in ${p.missingX}, y invalid in ${p.missingY}`,
  },
  quadrant_few_points: {
    "zh-CN": (p) => `仅有 ${p.count} 个有效点，分割值与各象限占比不稳定`,
    en: (p) => `only ${p.count} valid point(s): the splits and quadrant shares are unstable`,
  },
  quadrant_ties_on_split: {
    "zh-CN": (p) =>
      `${axisZh(p.axis)}有 ${p.count} 个点恰好等于分割值 ${p.split}，按"≥ 为高"全部归入高侧（高 ${p.high} / 共 ${p.n}）`,
    en: (p) =>
      `${p.count} points lie exactly on the ${p.axis} split ${p.split} and all count as high (≥ is high): ${p.high} high of ${p.n}`,
  },
  quadrant_one_sided: {
    "zh-CN": (p) => `${axisZh(p.axis)}所有点都在分割值 ${p.split} 的${p.side === "high" ? "高" : "低"}侧`,
    en: (p) => `every point is on the ${p.side} side of the ${p.axis} split ${p.split}`,
  },
  quadrant_uncertain_points: {
    "zh-CN": (p) => `${p.count} 个点落在分割值的中性带内，象限归属不确定`,
    en: (p) => `${p.count} point(s) fall within a neutral band around a split: their quadrant is uncertain`,
  },
  quadrant_invalid_split: {
    "zh-CN": (p) =>
      `${at(p)}分割方式无效：应为 "median"、"mean"、一个数值、{ by: "quantile", q }（0 ≤ q ≤ 1）或 { value }`,
    en: (p) =>
      `${at(p)}invalid split: expected "median", "mean", a number, { by: "quantile", q } (0 ≤ q ≤ 1) or { value }`,
  },
  quadrant_labels_count: {
    "zh-CN": (p) => `${at(p)}需要 4 个象限标签（高高、高低、低高、低低），实际为 ${p.received} 个`,
    en: (p) => `${at(p)}expected 4 quadrant labels (high/high, high/low, low/high, low/low), got ${p.received}`,
  },
  opportunity_probability_range: {
    "zh-CN": (p) => `${at(p)}成交概率应在 0–1 或 0–100% 之间，实际为 ${p.received}`,
    en: (p) => `${at(p)}probability must be within 0–1 or 0–100%, got ${p.received}`,
  },
  opportunity_probability_percent: {
    "zh-CN": (p) => `${at(p)}成交概率 ${p.received} 大于 1，按百分数理解为 ${p.fraction}`,
    en: (p) => `${at(p)}probability ${p.received} is above 1 and was read as a percentage: ${p.fraction}`,
  },
  opportunity_grid_shape: {
    "zh-CN": (p) => `${at(p)}等级表应为 ${p.rows} 行（概率档）× ${p.columns} 列（成交时间档）`,
    en: (p) =>
      `${at(p)}the grade grid must have ${p.rows} rows (probability buckets) × ${p.columns} columns (close-time buckets)`,
  },
  opportunity_cutoffs_not_ascending: {
    "zh-CN": (p) => `${at(p)}分档界限应严格递增`,
    en: (p) => `${at(p)}bucket cut-offs must be strictly ascending`,
  },
  opportunity_rows_excluded: {
    "zh-CN": (p) => `${p.count} 个商机因数据无效未评级`,
    en: (p) => `${p.count} opportunity row(s) were not graded because of invalid data`,
  },
} as const satisfies MessageTable);
