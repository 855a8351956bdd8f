/** One function's zh-CN name, description and parameters (keyed by their English names). */
export interface Translation {
  name: string;
  description: string;
  parameters: Record<string, { name: string; description: string }>;
}

/** zh-CN names and descriptions of every custom function, for functions.zh-CN.json and for error messages. */
export const zhCN: Record<string, Translation> = {
  CUSTOMER_TIER: {
    name: "客户分级",
    description: "返回某客户的取值在全部取值中的分级标签（按累计金额占比、按客户数配额或计算 ABC）。",
    parameters: {
      value: {
        name: "取值",
        description: "该客户的取值，例如营业收入。",
      },
      values: {
        name: "全部取值",
        description: "全部客户的取值区域，空白单元格不参与分级。",
      },
      method: {
        name: "方法",
        description:
          '"value" 按累计金额占比（默认，切点 0.8,0.95 → A,B,C）；"count" 按累计客户数（切点 0.2,0.5,0.8 → A,B,C,D）；"computed" 计算 ABC。',
      },
      cutoffs: {
        name: "切点",
        description: '累计占比切点，区域或逗号分隔文本，如 "0.8,0.95"。',
      },
      labels: {
        name: "标签",
        description: '分级标签，区域或逗号分隔文本，如 "关键,重点,一般,维持"。',
      },
      options: {
        name: "选项",
        description: '约定选项文本，如 "boundary=crossingIncluded;ties=group;rounding=halfEven"。',
      },
    },
  },
  CUSTOMER_TIERS: {
    name: "客户分级列",
    description: "按输入顺序返回每个取值的分级，溢出为与输入相同形状的区域。",
    parameters: {
      values: {
        name: "全部取值",
        description: "全部客户的取值区域，空白单元格得到空白分级。",
      },
      method: {
        name: "方法",
        description: '"value"（默认）、"count" 或 "computed"。',
      },
      cutoffs: {
        name: "切点",
        description: '累计占比切点，区域或逗号分隔文本，如 "0.8,0.95"。',
      },
      labels: {
        name: "标签",
        description: '分级标签，区域或逗号分隔文本，如 "A,B,C"。',
      },
      options: {
        name: "选项",
        description: '约定选项文本，如 "boundary=cumLT;ties=group"。',
      },
    },
  },
  PARETO: {
    name: "帕累托表",
    description: "返回按取值从大到小排序的帕累托表：客户、取值、占比、累计占比、分级。",
    parameters: {
      ids: {
        name: "客户",
        description: "客户名称或编号，与取值一一对应。",
      },
      values: {
        name: "取值",
        description: "客户取值，与客户区域大小相同。",
      },
    },
  },
  CONCENTRATION: {
    name: "集中度",
    description: "返回取值的集中度指标：基尼系数（默认）、HHI、前 20% 占比或帕累托比。",
    parameters: {
      values: {
        name: "取值",
        description: "客户取值区域。",
      },
      measure: {
        name: "指标",
        description: '"gini"（默认）、"hhi"、"top20" 或 "pareto_ratio"。',
      },
    },
  },
  VALUE_SCORE: {
    name: "价值评分",
    description: "按加权指标为矩阵的每一行计算价值得分（min-max 为 0–100；TOPSIS 为贴近度 0–1）。",
    parameters: {
      matrix: {
        name: "指标矩阵",
        description: "每行一个客户，每列一个指标。",
      },
      weights: {
        name: "权重",
        description: "每列一个权重，区域或逗号分隔文本；自动归一化。",
      },
      directions: {
        name: "方向",
        description: '每列 "benefit"（效益型，默认）或 "cost"（成本型）。',
      },
      normalization: {
        name: "标准化",
        description: '"minmax"（默认）、"none"、"max"、"zscore"、"percentile"、"vector" 或 "topsis"。',
      },
    },
  },
  QUADRANT: {
    name: "象限分类",
    description: "按两条分割线返回 (x, y) 所在象限的标签；大于等于分割值为高。",
    parameters: {
      x: {
        name: "横轴值",
        description: "该客户的横轴指标。",
      },
      y: {
        name: "纵轴值",
        description: "该客户的纵轴指标。",
      },
      x_split: {
        name: "横轴分割值",
        description: "横轴的分割值。",
      },
      y_split: {
        name: "纵轴分割值",
        description: "纵轴的分割值。",
      },
      labels: {
        name: "标签",
        description: "四个标签，顺序为：高x高y、高x低y、低x高y、低x低y。",
      },
    },
  },
  LOYALTY_QUADRANT: {
    name: "忠诚度象限",
    description: "按交易频率与依赖程度返回忠诚度象限：高度忠诚、惯性忠诚、隐形忠诚或零度忠诚。",
    parameters: {
      frequency: {
        name: "交易频率",
        description: "该客户的交易频率。",
      },
      dependence: {
        name: "依赖程度",
        description: "该客户的依赖程度（钱包份额或态度）。",
      },
      frequency_split: {
        name: "频率分割值",
        description: "交易频率的分割值，大于等于为高。",
      },
      dependence_split: {
        name: "依赖分割值",
        description: "依赖程度的分割值，大于等于为高。",
      },
    },
  },
  LIFECYCLE_STAGE: {
    name: "生命周期阶段",
    description: "按各期业务量（及利润）返回客户生命周期阶段：考察期、形成期、稳定期或退化期。",
    parameters: {
      volumes: {
        name: "业务量",
        description: "各期业务量，最早的在前，一行或一列。",
      },
      profits: {
        name: "利润",
        description: "各期利润，与业务量大小相同。",
      },
    },
  },
  RFM_SCORE: {
    name: "RFM评分",
    description: '返回 RFM 得分文本，如 "545"：最近购买、频率、金额在全部客户中的分箱。',
    parameters: {
      recency_days: {
        name: "最近天数",
        description: "距该客户最近一次下单的天数。",
      },
      frequency: {
        name: "频率",
        description: "该客户的订单数。",
      },
      monetary: {
        name: "金额",
        description: "该客户的订单金额。",
      },
      all_recency: {
        name: "全部最近天数",
        description: "全部客户的最近天数。",
      },
      all_frequency: {
        name: "全部频率",
        description: "全部客户的订单数。",
      },
      all_monetary: {
        name: "全部金额",
        description: "全部客户的订单金额。",
      },
      bins: {
        name: "分箱数",
        description: "每个维度的分箱数，默认 5。",
      },
    },
  },
  OPPORTUNITY_GRADE: {
    name: "商机等级",
    description: "按预计成交时间与成交可能性返回销售机会等级 A、B、C 或 D。",
    parameters: {
      months_to_close: {
        name: "成交月数",
        description: "预计还需几个月成交。",
      },
      probability: {
        name: "成交概率",
        description: '成交可能性，0–1（或百分比，如 "60%"）。',
      },
    },
  },
  DEMAND_KW: {
    name: "最大需量",
    description: "返回最大需量（kW）：需量读数 × 电流互感器变比 × 电压互感器变比。",
    parameters: {
      reading: {
        name: "需量读数",
        description: "需量表读数。",
      },
      ct_ratio: {
        name: "电流变比",
        description: '电流互感器变比，数字（120）或文本（"600/5"）。',
      },
      pt_ratio: {
        name: "电压变比",
        description: '电压互感器变比，数字或文本（"10000/100"），默认 1。',
      },
    },
  },
  CHARGEABLE_KVA: {
    name: "计费容量",
    description: "返回一组变压器与高压电动机的计费容量（kVA）。",
    parameters: {
      kvas: {
        name: "容量",
        description: "每台变压器的铭牌容量（kVA）。",
      },
      statuses: {
        name: "状态",
        description:
          "每台变压器的状态：运行、热备用、冷备用、加封、暂停（或 running、hot_standby、standby、sealed、suspended）。",
      },
      interlock_groups: {
        name: "连锁组",
        description: "每台变压器的连锁组；同组按其中最大者计。",
      },
      hv_motor_kw: {
        name: "高压电动机",
        description: "不经变压器的高压电动机容量（kW，1 kW 按 1 kVA 计）。",
      },
    },
  },
  BASIC_FEE: {
    name: "基本电费",
    description: "按容量、合同需量或实际需量返回当月基本电费（元），按天数/30 折算。",
    parameters: {
      basis: {
        name: "计费方式",
        description: '"capacity" 按容量、"demand" 按合同需量（105% 规则与 40% 下限）或 "actual" 按实际需量。',
      },
      quantity: {
        name: "计费量",
        description: "按容量时为计费容量 kVA；按需量时为实际最大需量 kW。",
      },
      price: {
        name: "单价",
        description: "基本电价，元/kVA·月 或 元/kW·月。",
      },
      contract_kw: {
        name: "合同需量",
        description: "合同（核定）需量 kW，按合同需量计费时使用。",
      },
      capacity_kva: {
        name: "总容量",
        description: "总容量 kVA，用于合同需量的 40% 下限。",
      },
      billed_days: {
        name: "计费天数",
        description: "计费天数（按 30 天折算），默认整月。",
      },
      options: {
        name: "选项",
        description: '选项文本，如 "round=integer;over105=V1"。',
      },
    },
  },
  POWER_FACTOR: {
    name: "功率因数",
    description: "按有功、无功电量返回当月功率因数，按 1983 年办法取两位小数。",
    parameters: {
      active_kwh: {
        name: "有功电量",
        description: "有功电量（kWh）。",
      },
      reactive_kvarh: {
        name: "无功电量",
        description: "无功电量（kvarh）。",
      },
      reverse_kvarh: {
        name: "反向无功",
        description: "反向无功电量（kvarh），按绝对值相加。",
      },
    },
  },
  PF_ADJUSTMENT_RATE: {
    name: "力调电费比例",
    description: "返回功率因数调整电费比例：正为增收（0.05 = +5%），负为减收。",
    parameters: {
      power_factor: {
        name: "功率因数",
        description: "当月功率因数。",
      },
      standard: {
        name: "考核标准",
        description: "功率因数考核标准：0.9（默认）、0.85 或 0.8。",
      },
    },
  },
  PF_ADJUSTMENT: {
    name: "力调电费",
    description: "返回功率因数调整电费（元）：比例 ×（基本电费 + 电度电费）。",
    parameters: {
      power_factor: {
        name: "功率因数",
        description: "当月功率因数。",
      },
      standard: {
        name: "考核标准",
        description: "功率因数考核标准：0.9、0.85 或 0.8。",
      },
      basic_fee: {
        name: "基本电费",
        description: "当月基本电费（元）。",
      },
      energy_charge: {
        name: "电度电费",
        description: "当月电度电费（元）。",
      },
    },
  },
};
