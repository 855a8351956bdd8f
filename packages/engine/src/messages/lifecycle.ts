import { registerMessages } from "./registry.ts";
import type { MessageTable } from "./types.ts";

const at = (p: { path?: unknown }) => (p.path ? `${String(p.path)}: ` : "");
const metricZh = (p: { metric?: unknown }) => (p.metric === "profit" ? "利润" : "销量");
const metricEn = (p: { metric?: unknown }) => (p.metric === "profit" ? "profit" : "volume");
const unitZh = (p: { unit?: unknown }) => (p.unit === "quarter" ? "个季度" : "期");
const unitEn = (p: { unit?: unknown }) => (p.unit === "quarter" ? "quarter(s)" : "period(s)");
const pct = (v: unknown) => (typeof v === "number" ? `${v > 0 ? "+" : ""}${Math.round(v * 1000) / 10}%` : "—");
const rate = (v: unknown) => (typeof v === "number" ? `${Math.round(v * 1000) / 10}%` : "—");
const num = (v: unknown) => (typeof v === "number" ? String(Math.round(v * 1000) / 1000) : "—");

/** Messages for the lifecycle area: stage reasons (both languages, naming the measure and its figures) and warnings. */
export const lifecycleMessages = registerMessages({
  lifecycle_exploration: {
    "zh-CN": (p) =>
      `${metricZh(p)}：首单至今 ${p.age} ${unitZh(p)}，少于 a_min = ${p.minAge}，且尚未形成稳定峰值 → 考察期`,
    en: (p) =>
      `${metricEn(p)}: age ${p.age} ${unitEn(p)} since the first order is below a_min = ${p.minAge} and no peak is established → exploration`,
  },
  lifecycle_formation: {
    "zh-CN": (p) =>
      `${metricZh(p)}：趋势 g = ${pct(p.trend)}/期 > γ = ${rate(p.gamma)}（水平 L = ${num(p.level)}，年龄 ${p.age} ${unitZh(p)}）→ 形成期`,
    en: (p) =>
      `${metricEn(p)}: trend g = ${pct(p.trend)} per period > γ = ${rate(p.gamma)} (level L = ${num(p.level)}, age ${p.age}) → formation`,
  },
  lifecycle_stability: {
    "zh-CN": (p) =>
      `${metricZh(p)}：|g| = ${rate(typeof p.trend === "number" ? Math.abs(p.trend) : p.trend)}/期 ≤ γ = ${rate(p.gamma)}，水平 L = ${num(p.level)} ≥ λ = ${num(p.lambda)} → 稳定期`,
    en: (p) =>
      `${metricEn(p)}: |g| = ${rate(typeof p.trend === "number" ? Math.abs(p.trend) : p.trend)} per period ≤ γ = ${rate(p.gamma)} and level L = ${num(p.level)} ≥ λ = ${num(p.lambda)} → stability`,
  },
  lifecycle_decline_trend: {
    "zh-CN": (p) =>
      `${metricZh(p)}下降：趋势 g = ${pct(p.trend)}/期 < −γ = −${rate(p.gamma)}（水平 L = ${num(p.level)}）→ 退化期`,
    en: (p) =>
      `${metricEn(p)} falling: trend g = ${pct(p.trend)} per period < −γ = −${rate(p.gamma)} (level L = ${num(p.level)}) → decline`,
  },
  lifecycle_decline_level: {
    "zh-CN": (p) =>
      `${metricZh(p)}低于峰值：稳定之后水平 L = ${num(p.level)} < λ = ${num(p.lambda)}（趋势 g = ${pct(p.trend)}/期）→ 退化期`,
    en: (p) =>
      `${metricEn(p)} off its peak: level L = ${num(p.level)} < λ = ${num(p.lambda)} after being stable (trend g = ${pct(p.trend)} per period) → decline`,
  },
  lifecycle_unclassified: {
    "zh-CN": (p) =>
      `${metricZh(p)}：趋势 g = ${pct(p.trend)}/期、水平 L = ${num(p.level)} 不符合任何阶段规则（此前未曾稳定）`,
    en: (p) =>
      `${metricEn(p)}: trend g = ${pct(p.trend)} per period and level L = ${num(p.level)} match no stage rule (never stable before)`,
  },
  lifecycle_metric_undefined: {
    "zh-CN": (p) => `${metricZh(p)}：近期均值或峰值 ≤ 0，趋势与水平无定义`,
    en: (p) => `${metricEn(p)}: the recent mean or the peak is ≤ 0, so trend and level are undefined`,
  },
  lifecycle_no_data: {
    "zh-CN": () => `没有任何已填报的期间数据`,
    en: () => `no period has any reported value`,
  },
  lifecycle_no_orders: {
    "zh-CN": (p) => `${p.periods} 期内没有任何订单（销量均为 0）`,
    en: (p) => `no orders (volume > 0) in ${p.periods} period(s)`,
  },
  lifecycle_too_short: {
    "zh-CN": (p) => `只有 ${p.periods} ${unitZh(p)}的数据，至少需要 ${p.minPeriods} ${unitZh(p)}`,
    en: (p) => `only ${p.periods} ${unitEn(p)} of data; at least ${p.minPeriods} needed`,
  },
  lifecycle_trailing_trimmed: {
    "zh-CN": (p) => `${at(p)}末尾 ${p.count} 期为空，视为尚未填报并已忽略`,
    en: (p) => `${at(p)}the last ${p.count} period(s) are blank and were treated as not yet reported`,
  },
  lifecycle_partial_quarter: {
    "zh-CN": (p) => `月数 ${p.months} 不是 3 的倍数：最早的季度只有 ${p.partial} 个月`,
    en: (p) => `${p.months} months is not a multiple of 3: the oldest quarter has only ${p.partial} month(s)`,
  },
  lifecycle_customers_invalid: {
    "zh-CN": (p) => `${p.count} 个客户的数据无效，未判定阶段`,
    en: (p) => `${p.count} customer(s) have invalid data and got no stage`,
  },
} as const satisfies MessageTable);
