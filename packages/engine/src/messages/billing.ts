import { registerMessages } from "./registry.ts";
import type { MessageTable } from "./types.ts";

const at = (p: { path?: unknown }) => (p.path ? `${String(p.path)}: ` : "");

/** Messages for the billing area: issues, warnings, the rules bill lines cite and the causes a bill check names. */
export const billingMessages = registerMessages({
  billing_ratio_invalid: {
    "zh-CN": (p) => `${at(p)}互感器变比「${p.received}」无法识别，应写作 600/5 或数字`,
    en: (p) => `${at(p)}cannot read the transformer ratio "${p.received}": write it as 600/5 or a number`,
  },
  billing_ratio_zero: {
    "zh-CN": (p) => `${at(p)}互感器变比「${p.received}」含 0，变比必须大于 0`,
    en: (p) => `${at(p)}the transformer ratio "${p.received}" contains 0; a ratio must be greater than 0`,
  },
  billing_option_syntax: {
    "zh-CN": (p) => `${at(p)}选项「${p.received}」应写作 名称=值，多项用分号分隔`,
    en: (p) => `${at(p)}option "${p.received}" should read name=value, separated by semicolons`,
  },
  billing_option_unknown: {
    "zh-CN": (p) => `${at(p)}未知的计费选项「${p.received}」`,
    en: (p) => `${at(p)}unknown billing option "${p.received}"`,
  },
  billing_contract_demand_required: {
    "zh-CN": (p) => `${at(p)}按需量计收时必须给出合同（核定）需量`,
    en: (p) => `${at(p)}the demand basis needs the contract (approved) demand in kW`,
  },
  billing_pf_standard_invalid: {
    "zh-CN": (p) => `${at(p)}功率因数考核标准 ${p.received} 无效，应为 0.90、0.85 或 0.80`,
    en: (p) => `${at(p)}power-factor standard ${p.received} is not valid: use 0.90, 0.85 or 0.80`,
  },
  billing_pf_no_energy: {
    "zh-CN": (p) => `${at(p)}有功和无功电量均为 0，功率因数无法计算`,
    en: (p) => `${at(p)}active and reactive energy are both 0: the power factor is undefined`,
  },
  billing_pf_rounded: {
    "zh-CN": (p) => `${at(p)}功率因数 ${p.received} 已按四舍五入取两位小数为 ${p.rounded}`,
    en: (p) => `${at(p)}power factor ${p.received} was rounded half-up to ${p.rounded}`,
  },
  billing_pf_below_table: {
    "zh-CN": (p) => `${at(p)}功率因数 ${p.received} 低于调整表所列的 0.50，已按每降低 0.01 增收 2% 外推`,
    en: (p) => `${at(p)}power factor ${p.received} is below the table's 0.50; extrapolated at +2 % per 0.01`,
  },
  billing_part_day_counted: {
    "zh-CN": (p) => `${at(p)}${p.received} 天含不足一天的部分，按整天计收`,
    en: (p) => `${at(p)}${p.received} days include a part day, counted as a whole day`,
  },
  billing_capacity_charge_exempt: {
    "zh-CN": (p) => `${at(p)}该用户免收容（需）量电费，基本电费为 0`,
    en: (p) => `${at(p)}this user is exempt from the capacity/demand charge: basic fee 0`,
  },
  billing_floor_unchecked: {
    "zh-CN": (p) => `${at(p)}未给出容量，未核对合同需量不低于容量 40% 的规定`,
    en: (p) => `${at(p)}no capacity given: the 40 % floor of the contract demand was not checked`,
  },
  billing_high_load_unchecked: {
    "zh-CN": (p) => `${at(p)}缺少月用电量或容量，未核对每千伏安 260 千瓦时的九折规定`,
    en: (p) => `${at(p)}monthly kWh or capacity missing: the 90 % price at 260 kWh per kVA was not checked`,
  },
  billing_no_lines: {
    "zh-CN": (p) => `${at(p)}账单没有任何计费项（未给出基本电费、电量或附加费），合计为 0`,
    en: (p) => `${at(p)}the bill has no charge line (no basic fee, energy or surcharge was given), so it totals 0`,
  },
  billing_suspension_short: {
    "zh-CN": (p) => `${at(p)}暂停 ${p.days} 天，不足 ${p.min} 天，基本电费照收`,
    en: (p) => `${at(p)}suspension of ${p.days} days is shorter than ${p.min} days: charged in full`,
  },
  billing_suspension_over_cap: {
    "zh-CN": (p) => `${at(p)}本年累计暂停 ${p.months} 个月，超过 ${p.max} 个月，超期部分应恢复计收`,
    en: (p) => `${at(p)}${p.months} months suspended this year exceed ${p.max}: the fee restarts after the limit`,
  },
  billing_suspension_demand_partial: {
    "zh-CN": (p) => `${at(p)}按需量计收的暂停按整月计算，本月内的部分暂停只减少 40% 下限的容量基数`,
    en: (p) =>
      `${at(p)}demand-basis suspensions count in whole months; a part-month one only lowers the 40 % floor base`,
  },
  billing_unit_unknown: {
    "zh-CN": (p) => `${at(p)}找不到设备「${p.received}」（按编号或序号引用）`,
    en: (p) => `${at(p)}no unit "${p.received}" (refer to a unit by its id or index)`,
  },
  billing_single_part: {
    "zh-CN": (p) => `${at(p)}计费容量 ${p.capacityKva} kVA 不超过 ${p.maxKva} kVA，执行单一制电价，不收基本电费`,
    en: (p) =>
      `${at(p)}chargeable capacity ${p.capacityKva} kVA is at most ${p.maxKva} kVA: single-part tariff, no basic fee`,
  },
  billing_legacy_ignored: {
    "zh-CN": (p) => `${at(p)}新装用户两年内暂停减半收费的旧规定已废止，仅在 ruleVersion=1996 时适用，本次未采用`,
    en: (p) =>
      `${at(p)}the legacy 50 % charge for new users' suspensions was abolished; it applies only with ruleVersion=1996`,
  },
  billing_date_invalid: {
    "zh-CN": (p) => `${at(p)}日期「${p.received}」无效，应写作 YYYY-MM-DD`,
    en: (p) => `${at(p)}date "${p.received}" is not valid: write YYYY-MM-DD`,
  },
  billing_period_required: {
    "zh-CN": (p) => `${at(p)}使用日期时必须给出计费周期（起止日期）`,
    en: (p) => `${at(p)}dates need the billing period (start and end date)`,
  },
  billing_period_order: {
    "zh-CN": (p) => `${at(p)}计费周期的结束日期早于开始日期，或超过 31 天`,
    en: (p) => `${at(p)}the billing period ends before it starts or is longer than 31 days`,
  },
  billing_days_or_dates: {
    "zh-CN": (p) => `${at(p)}计费天数与投运/停运日期只能用一种`,
    en: (p) => `${at(p)}give either billed days or in-service dates, not both`,
  },
  billing_price_required: {
    "zh-CN": (p) =>
      `${at(p)}${p.basis === "capacity" ? "按容量计收需要容量电价（元/千伏安·月）" : "按需量计收需要需量电价（元/千瓦·月）"}`,
    en: (p) =>
      `${at(p)}the ${p.basis} basis needs its price in yuan per ${p.basis === "capacity" ? "kVA" : "kW"} and month`,
  },
  billing_capacity_required: {
    "zh-CN": (p) => `${at(p)}按容量计收需要变压器清单或计费容量`,
    en: (p) => `${at(p)}the capacity basis needs the transformers or the chargeable capacity`,
  },
  billing_demand_required: {
    "zh-CN": (p) => `${at(p)}按需量计收需要最大需量（kW）或需量表读数`,
    en: (p) => `${at(p)}the demand bases need the maximum demand in kW or demand-meter readings`,
  },
  billing_energy_required: {
    "zh-CN": (p) => `${at(p)}该时段需要电量（kWh）或表码差（示数×倍率）`,
    en: (p) => `${at(p)}this period needs its kWh or meter units (× multiplier)`,
  },
  billing_energy_price_required: {
    "zh-CN": (p) => `${at(p)}该时段需要电价、分项电价，或平段电价与浮动系数`,
    en: (p) => `${at(p)}this period needs a price, component prices, or the flat price and a factor`,
  },
  billing_flat_negative: {
    "zh-CN": (p) => `${at(p)}总电量减去其他时段后为 ${p.received} kWh，平段电量不能为负`,
    en: (p) => `${at(p)}total minus the other periods leaves ${p.received} kWh: flat energy cannot be negative`,
  },
  billing_flat_ambiguous: {
    "zh-CN": (p) => `${at(p)}只能有一个时段不写电量（由总电量倒算）`,
    en: (p) => `${at(p)}only one period may omit its kWh (it is derived from the total)`,
  },
  billing_pf_reactive_required: {
    "zh-CN": (p) => `${at(p)}力调需要无功电量（kvarh）或给定的功率因数`,
    en: (p) => `${at(p)}the power-factor adjustment needs reactive kvarh or a given power factor`,
  },
  billing_printed_empty: {
    "zh-CN": (p) => `${at(p)}核对账单需要账单上的分项金额或总金额`,
    en: (p) => `${at(p)}a bill check needs the printed lines or the printed total`,
  },
  billing_printed_line_unknown: {
    "zh-CN": (p) => `${at(p)}账单项「${p.received}」在计算结果中不存在，可用：${p.options}`,
    en: (p) => `${at(p)}printed line "${p.received}" matches no computed line; use one of: ${p.options}`,
  },

  billing_rule_basic_capacity: {
    "zh-CN": () => "按容量计收：计费容量 × 容量电价 × 计费天数/30",
    en: () => "Capacity basis: chargeable kVA × price per kVA·month × billed days/30",
  },
  billing_rule_basic_contract: {
    "zh-CN": () => "按合同需量计收：实际需量不超过合同需量的 105%，按合同需量计收",
    en: () => "Contract demand basis: actual demand within 105 % of the contract, the contract demand is billed",
  },
  billing_rule_basic_contract_floor: {
    "zh-CN": () => "按合同需量计收：合同需量低于容量的 40%，按容量的 40% 计收",
    en: () => "Contract demand basis: contract below 40 % of capacity, billed at 40 % of capacity",
  },
  billing_rule_basic_over105_v1: {
    "zh-CN": () => "实际需量超过合同需量 105%：105% 以内按实计收，超出部分加倍（A + (A − 1.05C)）",
    en: () => "Actual demand above 105 % of contract: billed as A + (A − 1.05C), the excess charged double",
  },
  billing_rule_basic_over105_v2: {
    "zh-CN": () => "实际需量超过合同需量 105%：按合同需量加超出部分的两倍（C + 2(A − 1.05C)）",
    en: () => "Actual demand above 105 % of contract: billed as C + 2(A − 1.05C)",
  },
  billing_rule_basic_over105_v3: {
    "zh-CN": () => "旧规则：实际需量超过合同需量，超出部分加倍（C + 2(A − C)）",
    en: () => "Legacy rule: actual demand above the contract, billed as C + 2(A − C)",
  },
  billing_rule_basic_actual: {
    "zh-CN": () => "按实际需量计收：最大需量 × 需量电价 × 计费天数/30",
    en: () => "Actual demand basis: maximum demand × price per kW·month × billed days/30",
  },
  billing_rule_basic_actual_floor: {
    "zh-CN": () => "按实际需量计收：实际需量低于容量的 40%，按容量的 40% 计收",
    en: () => "Actual demand basis: demand below 40 % of capacity, billed at 40 % of capacity",
  },
  billing_rule_basic_actual_discount: {
    "zh-CN": () => "按实际需量计收：月用电量达到每千伏安 260 千瓦时，需量电价按 90% 执行",
    en: () => "Actual demand basis: at 260 kWh per kVA or more in the month, 90 % of the demand price",
  },
  billing_rule_basic_exempt: {
    "zh-CN": () => "免收容（需）量电费",
    en: () => "Exempt from the capacity/demand charge",
  },
  billing_rule_basic_single_part: {
    "zh-CN": () => "容量低于两部制门槛，执行单一制电价，不收基本电费",
    en: () => "Capacity below the two-part threshold: single-part tariff, no basic fee",
  },
  billing_rule_basic_suspended: {
    "zh-CN": () => "暂停（减容）容量自加封之日起不收基本电费，仅按未暂停的天数计收",
    en: () => "Suspended capacity is free from the sealing day; charged only for the days not suspended",
  },
  billing_rule_basic_changed: {
    "zh-CN": () => "新装、增容、变更或终止当月按实用天数/30 计收，不足一天按一天计",
    en: () => "Month of connection, increase, change or termination: charged for the days used/30, a part day as a day",
  },
  billing_rule_basic_legacy_half: {
    "zh-CN": () => "旧规则：新装或增容用户两年内暂停，暂停容量按 50% 计收",
    en: () => "Legacy rule: a new or increased user suspending within two years pays 50 % for the suspended capacity",
  },
  billing_rule_energy_single: {
    "zh-CN": () => "电度电费：电量 × 电度电价",
    en: () => "Energy charge: kWh × price per kWh",
  },
  billing_rule_energy_tou: {
    "zh-CN": () => "分时电度电费：该时段电量 × 该时段电价",
    en: () => "Time-of-use energy charge: the period's kWh × the period's price",
  },
  billing_rule_energy_tou_factor: {
    "zh-CN": () => "分时电度电费：该时段电量 × 平段电价 × 浮动系数（不含代征基金部分）",
    en: () => "Time-of-use energy charge: the period's kWh × flat price × period factor (funds not floated)",
  },
  billing_rule_energy_component: {
    "zh-CN": () => "分项电度电费：该时段电量 × 该分项单价",
    en: () => "Energy charge by component: the period's kWh × the component's price",
  },
  billing_rule_fixed_load: {
    "zh-CN": () => "定量定比电量：从平段扣除，按其自身电价计收",
    en: () => "Fixed-quantity sub-load: taken out of the flat period and priced at its own tariff",
  },
  billing_rule_loss: {
    "zh-CN": () => "变（线）损电量：按平段电价计收",
    en: () => "Transformer or line loss: kWh priced at the flat price",
  },
  billing_rule_pf_adjustment: {
    "zh-CN": () => "功率因数调整电费：（基本电费 + 电度电费）× 1983 年办法调整比例",
    en: () => "Power-factor adjustment: (basic fee + energy charge) × the 1983 rules' rate",
  },
  billing_rule_surcharge: {
    "zh-CN": () => "政府性基金及附加：电量 × 单价，不参与力调，不分时",
    en: () => "Government funds and surcharges: kWh × rate; never power-factor adjusted or time-of-use floated",
  },

  billing_cause_contract_without_surcharge: {
    "zh-CN": () => "账单按合同需量计收，未对超过 105% 的部分加倍",
    en: () => "The printed fee equals the contract demand without the 105 % surcharge",
  },
  billing_cause_not_prorated: {
    "zh-CN": () => "账单的基本电费未按天数折算",
    en: () => "The printed basic fee is not prorated by days",
  },
  billing_cause_pf_rounded_down: {
    "zh-CN": () => "功率因数被舍去而不是四舍五入",
    en: () => "The power factor was rounded down instead of half-up",
  },
  billing_cause_sealed_charged: {
    "zh-CN": () => "已加封的冷备用变压器被计收了基本电费",
    en: () => "A sealed cold-standby transformer was charged",
  },
  billing_cause_short_suspension_deducted: {
    "zh-CN": () => "不足 15 天的暂停被扣减了基本电费",
    en: () => "A suspension shorter than 15 days was deducted",
  },
  billing_cause_surcharges_pf_adjusted: {
    "zh-CN": () => "政府性基金及附加被计入了力调基数",
    en: () => "Government funds and surcharges were power-factor adjusted",
  },
  billing_cause_option: {
    "zh-CN": (p) => `采用选项 ${p.option}=${p.value} 时与账单一致`,
    en: (p) => `The printed figure is reproduced with ${p.option}=${p.value}`,
  },
} as const satisfies MessageTable);
