/** The industry keys of the sample book. */
export type SampleIndustry =
  | "steel"
  | "chemicals"
  | "cement"
  | "machinery"
  | "electronics"
  | "textiles"
  | "paper"
  | "nonferrous"
  | "food"
  | "pharma"
  | "data_center";

/** How one industry's customers look in the sample book (invented but plausible magnitudes, not statistics). */
export interface SampleIndustryProfile {
  readonly key: SampleIndustry;
  readonly name: { readonly "zh-CN": string; readonly en: string };
  /** Share of customers drawn from this industry (relative weight). */
  readonly weight: number;
  /** Multiplier on the customer-size draw (heavy industry buys more). */
  readonly sizeFactor: number;
  /** Typical gross margin on what the customer buys. */
  readonly margin: number;
  /** Typical monthly load factor (average ÷ maximum demand). */
  readonly loadFactor: number;
  /** Seasonal swing of monthly volume (± share) and the month (1–12) it peaks in. */
  readonly seasonAmplitude: number;
  readonly seasonPeakMonth: number;
  /** Volume factor in February (Spring Festival shutdowns); 1 for continuous processes. */
  readonly februaryFactor: number;
  /** Chance that the customer runs high-voltage motors not fed through a transformer. */
  readonly hvMotorChance: number;
  /** Typical shares of peak and valley energy under time-of-use metering. */
  readonly peakShare: number;
  readonly valleyShare: number;
  /** Business words that follow the trade name, with an English rendering. */
  readonly lines: readonly { readonly zh: string; readonly en: string }[];
}

/** The industries of the sample book with their profiles. */
export const SAMPLE_INDUSTRIES: readonly SampleIndustryProfile[] = [
  {
    key: "steel",
    name: { "zh-CN": "钢铁", en: "Steel" },
    weight: 6,
    sizeFactor: 4.5,
    margin: 0.06,
    loadFactor: 0.72,
    seasonAmplitude: 0.05,
    seasonPeakMonth: 5,
    februaryFactor: 0.95,
    hvMotorChance: 0.5,
    peakShare: 0.3,
    valleyShare: 0.36,
    lines: [
      { zh: "钢铁", en: "Iron & Steel" },
      { zh: "特钢", en: "Special Steel" },
      { zh: "钢管", en: "Steel Pipe" },
      { zh: "冶金", en: "Metallurgy" },
    ],
  },
  {
    key: "chemicals",
    name: { "zh-CN": "化工", en: "Chemicals" },
    weight: 11,
    sizeFactor: 2.5,
    margin: 0.11,
    loadFactor: 0.78,
    seasonAmplitude: 0.04,
    seasonPeakMonth: 9,
    februaryFactor: 0.97,
    hvMotorChance: 0.35,
    peakShare: 0.31,
    valleyShare: 0.35,
    lines: [
      { zh: "化工", en: "Chemical" },
      { zh: "石化", en: "Petrochemical" },
      { zh: "新材料", en: "New Materials" },
      { zh: "氯碱化工", en: "Chlor-Alkali" },
    ],
  },
  {
    key: "cement",
    name: { "zh-CN": "水泥", en: "Cement" },
    weight: 6,
    sizeFactor: 2.2,
    margin: 0.1,
    loadFactor: 0.66,
    seasonAmplitude: 0.18,
    seasonPeakMonth: 10,
    februaryFactor: 0.6,
    hvMotorChance: 0.55,
    peakShare: 0.28,
    valleyShare: 0.38,
    lines: [
      { zh: "水泥", en: "Cement" },
      { zh: "建材", en: "Building Materials" },
      { zh: "水泥制品", en: "Cement Products" },
    ],
  },
  {
    key: "machinery",
    name: { "zh-CN": "机械制造", en: "Machinery" },
    weight: 18,
    sizeFactor: 0.7,
    margin: 0.15,
    loadFactor: 0.45,
    seasonAmplitude: 0.08,
    seasonPeakMonth: 11,
    februaryFactor: 0.7,
    hvMotorChance: 0.05,
    peakShare: 0.38,
    valleyShare: 0.22,
    lines: [
      { zh: "精密机械", en: "Precision Machinery" },
      { zh: "重工机械", en: "Heavy Machinery" },
      { zh: "机电设备", en: "Electromechanical Equipment" },
      { zh: "汽车零部件", en: "Auto Parts" },
      { zh: "轴承", en: "Bearing" },
      { zh: "模具", en: "Mould" },
    ],
  },
  {
    key: "electronics",
    name: { "zh-CN": "电子", en: "Electronics" },
    weight: 12,
    sizeFactor: 1.2,
    margin: 0.18,
    loadFactor: 0.62,
    seasonAmplitude: 0.1,
    seasonPeakMonth: 9,
    februaryFactor: 0.75,
    hvMotorChance: 0,
    peakShare: 0.36,
    valleyShare: 0.26,
    lines: [
      { zh: "电子科技", en: "Electronic Technology" },
      { zh: "半导体", en: "Semiconductor" },
      { zh: "光电", en: "Optoelectronics" },
      { zh: "电路板", en: "Circuit Board" },
    ],
  },
  {
    key: "textiles",
    name: { "zh-CN": "纺织", en: "Textiles" },
    weight: 11,
    sizeFactor: 0.6,
    margin: 0.08,
    loadFactor: 0.6,
    seasonAmplitude: 0.12,
    seasonPeakMonth: 8,
    februaryFactor: 0.65,
    hvMotorChance: 0,
    peakShare: 0.34,
    valleyShare: 0.3,
    lines: [
      { zh: "纺织", en: "Textile" },
      { zh: "印染", en: "Printing & Dyeing" },
      { zh: "化纤", en: "Chemical Fibre" },
      { zh: "服饰", en: "Apparel" },
    ],
  },
  {
    key: "paper",
    name: { "zh-CN": "造纸", en: "Paper" },
    weight: 6,
    sizeFactor: 1.5,
    margin: 0.09,
    loadFactor: 0.74,
    seasonAmplitude: 0.06,
    seasonPeakMonth: 11,
    februaryFactor: 0.85,
    hvMotorChance: 0.3,
    peakShare: 0.31,
    valleyShare: 0.35,
    lines: [
      { zh: "纸业", en: "Paper" },
      { zh: "包装", en: "Packaging" },
      { zh: "纸品", en: "Paper Products" },
    ],
  },
  {
    key: "nonferrous",
    name: { "zh-CN": "有色金属", en: "Non-ferrous Metals" },
    weight: 5,
    sizeFactor: 5,
    margin: 0.07,
    loadFactor: 0.86,
    seasonAmplitude: 0.03,
    seasonPeakMonth: 7,
    februaryFactor: 1,
    hvMotorChance: 0.4,
    peakShare: 0.32,
    valleyShare: 0.34,
    lines: [
      { zh: "铝业", en: "Aluminium" },
      { zh: "铜业", en: "Copper" },
      { zh: "有色金属", en: "Non-ferrous Metals" },
      { zh: "硅业", en: "Silicon" },
    ],
  },
  {
    key: "food",
    name: { "zh-CN": "食品", en: "Food" },
    weight: 10,
    sizeFactor: 0.5,
    margin: 0.14,
    loadFactor: 0.5,
    seasonAmplitude: 0.15,
    seasonPeakMonth: 7,
    februaryFactor: 0.85,
    hvMotorChance: 0,
    peakShare: 0.35,
    valleyShare: 0.28,
    lines: [
      { zh: "食品", en: "Food" },
      { zh: "乳业", en: "Dairy" },
      { zh: "饮料", en: "Beverage" },
      { zh: "冷链物流", en: "Cold Chain Logistics" },
    ],
  },
  {
    key: "pharma",
    name: { "zh-CN": "医药", en: "Pharmaceuticals" },
    weight: 7,
    sizeFactor: 0.7,
    margin: 0.22,
    loadFactor: 0.58,
    seasonAmplitude: 0.06,
    seasonPeakMonth: 12,
    februaryFactor: 0.85,
    hvMotorChance: 0,
    peakShare: 0.35,
    valleyShare: 0.27,
    lines: [
      { zh: "制药", en: "Pharmaceutical" },
      { zh: "生物医药", en: "Biopharmaceutical" },
      { zh: "药业", en: "Medicine" },
    ],
  },
  {
    key: "data_center",
    name: { "zh-CN": "数据中心", en: "Data Centre" },
    weight: 4,
    sizeFactor: 4,
    margin: 0.2,
    loadFactor: 0.88,
    seasonAmplitude: 0.07,
    seasonPeakMonth: 8,
    februaryFactor: 1,
    hvMotorChance: 0,
    peakShare: 0.33,
    valleyShare: 0.33,
    lines: [
      { zh: "云计算", en: "Cloud Computing" },
      { zh: "数据科技", en: "Data Technology" },
      { zh: "信息技术", en: "Information Technology" },
    ],
  },
];
