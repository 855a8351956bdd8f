import type { Locale } from "@keylens/engine";

type Params = Readonly<Record<string, string | number>>;
type Entry = Readonly<Record<Locale, string | ((p: Params) => string)>>;

// Interface words only (buttons, captions, headings). Every number and business label comes from the engine.
const TEXT = {
  loading: { "zh-CN": "正在加载数据…", en: "Loading data…" },
  computing: { "zh-CN": (p) => `正在计算 ${p.n} 位客户…`, en: (p) => `Computing ${p.n} customers…` },
  errorTitle: { "zh-CN": "无法显示图表", en: "Cannot show the chart" },
  errorHttp: {
    "zh-CN": (p) => `数据地址 ${p.url} 返回 HTTP ${p.status}。`,
    en: (p) => `The data URL ${p.url} returned HTTP ${p.status}.`,
  },
  errorNetwork: {
    "zh-CN": (p) => `无法连接数据地址 ${p.url}。`,
    en: (p) => `Could not reach the data URL ${p.url}.`,
  },
  errorParse: {
    "zh-CN": (p) => `数据地址 ${p.url} 的内容不是有效的 JSON：${p.detail}`,
    en: (p) => `The data at ${p.url} is not valid JSON: ${p.detail}`,
  },
  errorShape: {
    "zh-CN": (p) => `数据地址 ${p.url} 应返回客户数组（JSON 数组或带表头的 CSV）。`,
    en: (p) => `The data at ${p.url} must be an array of customers (a JSON array or CSV with a header row).`,
  },
  errorNoData: {
    "zh-CN": "没有数据：请设置 customers 属性或 src 地址。",
    en: "No data: set the customers property or a src URL.",
  },
  errorNotArray: {
    "zh-CN": "customers 属性应为客户对象数组。",
    en: "The customers property must be an array of customer objects.",
  },
  errorTooMany: {
    "zh-CN": (p) => `数据有 ${p.n} 行，超过上限 ${p.max} 行：请先在数据源中汇总或筛选。`,
    en: (p) => `The data has ${p.n} rows, more than the limit of ${p.max}: aggregate or filter it at the source first.`,
  },
  errorMore: { "zh-CN": (p) => `另有 ${p.n} 个问题未列出。`, en: (p) => `${p.n} more problems not listed.` },
  paretoTitle: { "zh-CN": "客户价值帕累托图", en: "Customer value Pareto chart" },
  tierTableTitle: { "zh-CN": "客户分级明细", en: "Customer tiers" },
  dashboardTitle: { "zh-CN": "大客户分析", en: "Key account overview" },
  quadrantTitle: { "zh-CN": "客户象限图", en: "Customer quadrant chart" },
  billTitle: { "zh-CN": "电费账单核对", en: "Electricity bill check" },
  methodLabel: { "zh-CN": "分级方法", en: "Tiering method" },
  methodValue: { "zh-CN": "价值占比", en: "Value share" },
  methodCount: { "zh-CN": "数量配额", en: "Count quota" },
  methodComputed: { "zh-CN": "计算 ABC", en: "Computed ABC" },
  axisValue: { "zh-CN": "客户价值", en: "Customer value" },
  axisCum: { "zh-CN": "累计价值占比", en: "Cumulative value share" },
  axisRank: { "zh-CN": (p) => `客户（按价值排序，共 ${p.n} 位）`, en: (p) => `Customers by value (${p.n})` },
  tier: { "zh-CN": "级别", en: "Tier" },
  customers: { "zh-CN": "客户数", en: "Customers" },
  customerShare: { "zh-CN": "客户占比", en: "Share of customers" },
  valueShare: { "zh-CN": "价值占比", en: "Share of value" },
  value: { "zh-CN": "价值", en: "Value" },
  limit: { "zh-CN": "界限", en: "Limit" },
  cutValue: { "zh-CN": "分界值", en: "Cut value" },
  rank: { "zh-CN": "排名", en: "Rank" },
  name: { "zh-CN": "客户名称", en: "Customer" },
  id: { "zh-CN": "编号", en: "ID" },
  share: { "zh-CN": "占比", en: "Share" },
  cumShare: { "zh-CN": "累计占比", en: "Cumulative share" },
  explanation: { "zh-CN": "分级说明", en: "Why this tier" },
  excluded: { "zh-CN": "未分级", en: "Not tiered" },
  showTable: { "zh-CN": "数据表", en: "Data table" },
  exportLabel: { "zh-CN": "导出", en: "Export" },
  exportPng: { "zh-CN": "导出 PNG", en: "Export PNG" },
  exportSvg: { "zh-CN": "导出 SVG", en: "Export SVG" },
  exportCsv: { "zh-CN": "导出 CSV", en: "Export CSV" },
  chartHelp: {
    "zh-CN": "使用方向键逐个查看，Home/End 跳到首尾，PageUp/PageDown 切换级别，回车选中。",
    en: "Use the arrow keys to move between marks, Home/End for the ends, PageUp/PageDown between tiers, Enter to select.",
  },
  tableRowsShown: {
    "zh-CN": (p) => `显示前 ${p.shown} 位，共 ${p.total} 位；完整数据请导出 CSV。`,
    en: (p) => `Showing the first ${p.shown} of ${p.total}; export CSV for all rows.`,
  },
  summaryTier: {
    "zh-CN": (p) => `${p.label} 级：${p.count} 位客户（${p.countShare}），占价值 ${p.valueShare}`,
    en: (p) => `Tier ${p.label}: ${p.count} customers (${p.countShare}), ${p.valueShare} of value`,
  },
  summaryExcluded: {
    "zh-CN": (p) => `${p.n} 位客户未参与分级（缺失、为零或为负）`,
    en: (p) => `${p.n} customers were not tiered (missing, zero or negative)`,
  },
  cutLabelValue: { "zh-CN": (p) => `${p.label} ≤ ${p.limit}`, en: (p) => `${p.label} ≤ ${p.limit}` },
  announceBar: {
    "zh-CN": (p) => `第 ${p.rank} 名，${p.name}：价值 ${p.value}，${p.tier} 级，累计 ${p.cum}`,
    en: (p) => `Rank ${p.rank}, ${p.name}: value ${p.value}, tier ${p.tier}, cumulative ${p.cum}`,
  },
  filterTier: { "zh-CN": "按级别筛选", en: "Filter by tier" },
  allTiers: { "zh-CN": "全部", en: "All" },
  search: { "zh-CN": "搜索客户", en: "Search customers" },
  sortBy: { "zh-CN": (p) => `按${p.col}排序`, en: (p) => `Sort by ${p.col}` },
  rowsCount: { "zh-CN": (p) => `${p.n} 行`, en: (p) => `${p.n} rows` },
  pagePrev: { "zh-CN": "上一页", en: "Previous" },
  pageNext: { "zh-CN": "下一页", en: "Next" },
  pageOf: { "zh-CN": (p) => `第 ${p.page} / ${p.pages} 页`, en: (p) => `Page ${p.page} of ${p.pages}` },
  select: { "zh-CN": "选中", en: "Select" },
  errorField: {
    "zh-CN": (p) => `数据中没有字段“${p.field}”：请用 ${p.attr} 属性指定字段名。`,
    en: (p) => `No row has the field "${p.field}": name the field with the ${p.attr} attribute.`,
  },
  reasonMissing: { "zh-CN": "数值缺失，未分级", en: "value missing, not tiered" },
  reasonZero: { "zh-CN": "数值为零，未分级", en: "value is zero, not tiered" },
  reasonNegative: { "zh-CN": "数值为负，未分级", en: "value is negative, not tiered" },
  kpiCustomers: { "zh-CN": "客户数", en: "Customers" },
  kpiTotal: { "zh-CN": "总价值", en: "Total value" },
  kpiTotalOf: { "zh-CN": (p) => `按「${p.field}」字段合计`, en: (p) => `sum of the "${p.field}" field` },
  kpiGini: { "zh-CN": "基尼系数", en: "Gini coefficient" },
  kpiTop20: { "zh-CN": "前 20% 客户价值占比", en: "Top 20 % share of value" },
  kpiExcluded: { "zh-CN": (p) => `${p.n} 位数值缺失或为负，未计入`, en: (p) => `${p.n} missing or negative, left out` },
  kpiGiniHint: { "zh-CN": "0 = 完全均衡，1 = 高度集中", en: "0 = even, 1 = concentrated" },
  kpiTopCount: { "zh-CN": (p) => `前 ${p.n} 位客户`, en: (p) => `the top ${p.n} customers` },
  lifecycleTitle: { "zh-CN": "生命周期阶段", en: "Lifecycle stages" },
  concentrationTitle: { "zh-CN": "集中度", en: "Concentration" },
  quadrantHH: { "zh-CN": "双高", en: "High / high" },
  quadrantHL: { "zh-CN": "高 X · 低 Y", en: "High x, low y" },
  quadrantLH: { "zh-CN": "低 X · 高 Y", en: "Low x, high y" },
  quadrantLL: { "zh-CN": "双低", en: "Low / low" },
  quadrantCount: { "zh-CN": (p) => `${p.n} 位 · ${p.share}`, en: (p) => `${p.n} · ${p.share}` },
  quadrant: { "zh-CN": "象限", en: "Quadrant" },
  action: { "zh-CN": "建议措施", en: "Recommended action" },
  splitMedian: { "zh-CN": "中位数", en: "Median" },
  splitMean: { "zh-CN": "平均数", en: "Mean" },
  splitQuantile: { "zh-CN": (p) => `${p.q} 分位数`, en: (p) => `Quantile ${p.q}` },
  splitValue: { "zh-CN": "分界值", en: "Split" },
  quadrantSummary: {
    "zh-CN": (p) => `${p.label}：${p.n} 位客户（${p.share}）${p.action ? `，建议${p.action}` : ""}`,
    en: (p) => `${p.label}: ${p.n} customers (${p.share})${p.action ? `, ${p.action}` : ""}`,
  },
  announcePoint: {
    "zh-CN": (p) => `${p.name}：X ${p.x}，Y ${p.y}，${p.quadrant}`,
    en: (p) => `${p.name}: x ${p.x}, y ${p.y}, ${p.quadrant}`,
  },
  quadrantHelpPoints: {
    "zh-CN": "使用方向键逐个查看客户，Home/End 跳到首尾，回车选中；拖动可框选。",
    en: "Use the arrow keys to move between customers, Home/End for the ends, Enter to select; drag to brush.",
  },
  quadrantHelpQuadrants: {
    "zh-CN": "客户较多：使用方向键在四个象限之间移动，回车选中该象限的全部客户。",
    en: "Many customers: use the arrow keys to move between the four quadrants, Enter selects a quadrant's customers.",
  },
  quadrantExcluded: {
    "zh-CN": (p) => `${p.n} 位客户因数值缺失或无效未参与象限划分`,
    en: (p) => `${p.n} customers left out for missing or invalid values`,
  },
  groupBasic: { "zh-CN": "基本电费", en: "Basic fee" },
  groupEnergy: { "zh-CN": "电度电费", en: "Energy charge" },
  groupPf: { "zh-CN": "力调电费", en: "Power-factor adjustment" },
  groupSurcharge: { "zh-CN": "政府性基金及附加", en: "Government funds and surcharges" },
  groupTotal: { "zh-CN": "合计", en: "Total" },
  billPick: { "zh-CN": "账单", en: "Bill" },
  billOnlyDifferences: { "zh-CN": "只看有差异的账单", en: "Only bills with differences" },
  billMatches: { "zh-CN": "账单与计算结果一致", en: "The printed bill matches the computed bill" },
  billDiffers: {
    "zh-CN": (p) => `账单有 ${p.n} 处与计算结果不符`,
    en: (p) => `${p.n} printed figure(s) differ from the computed bill`,
  },
  billItem: { "zh-CN": "项目", en: "Item" },
  billQuantity: { "zh-CN": "数量", en: "Quantity" },
  billUnit: { "zh-CN": "单位", en: "Unit" },
  billPrice: { "zh-CN": "单价（元）/ 比例", en: "Price (yuan) / rate" },
  billDays: { "zh-CN": "天数", en: "Days" },
  billAmount: { "zh-CN": "金额（元）", en: "Amount (yuan)" },
  billRule: { "zh-CN": "计算依据", en: "Rule" },
  billLineId: { "zh-CN": "行编号", en: "Line id" },
  billAverage: { "zh-CN": (p) => `平均 ${p.price} 元/kWh`, en: (p) => `average ${p.price} yuan/kWh` },
  billPrintedAgrees: { "zh-CN": (p) => `账单合计 ${p.amount}，一致`, en: (p) => `printed total ${p.amount}, agrees` },
  billPrintedDiffers: { "zh-CN": (p) => `账单合计 ${p.amount}，不符`, en: (p) => `printed total ${p.amount}, differs` },
  billAgrees: { "zh-CN": "与计算结果一致", en: "agrees with the computed bill" },
  billFigures: {
    "zh-CN": (p) => `账单 ${p.printed} 元，计算 ${p.computed} 元，差额 ${p.difference} 元`,
    en: (p) => `printed ${p.printed}, computed ${p.computed}, difference ${p.difference} yuan`,
  },
  billLikelyCause: { "zh-CN": (p) => `可能原因：${p.cause}`, en: (p) => `Likely cause: ${p.cause}` },
  billPossibleCauses: { "zh-CN": (p) => `可能原因之一：${p.causes}`, en: (p) => `One of: ${p.causes}` },
  billNoCause: {
    "zh-CN": "未找到能复现该金额的常见错误，请人工核对。",
    en: "No known error reproduces this figure; check it by hand.",
  },
  notAvailable: { "zh-CN": "暂不可用", en: "Not available" },
} satisfies Record<string, Entry>;

/** A key of the widget's interface text. */
export type TextKey = keyof typeof TEXT;

// Bidi controls (LRE/RLE/PDF/LRO/RLO, LRI/RLI/FSI/PDI, LRM/RLM/ALM) that can reorder the text around them.
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

/**
 * Returns `text` inside a first-strong isolate (U+2068 … U+2069) when it holds bidi controls, so a customer or field
 * name with U+202E cannot reverse the figures printed after it; other text is returned as it is.
 */
export function isolateBidi(text: string): string {
  return BIDI.test(text) ? `\u2068${text}\u2069` : text;
}

/** Returns interface text `key` in `locale`, filled with `params` (text parameters bidi-isolated). */
export function uiText(locale: Locale, key: TextKey, params: Params = {}): string {
  const entry: Entry = TEXT[key];
  const t = entry[locale];
  if (typeof t !== "function") return t;
  const safe: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) safe[k] = typeof v === "string" ? isolateBidi(v) : v;
  return t(safe);
}
