import type { RandomSource } from "./random-source.ts";
import type { SampleIndustryProfile } from "./sample-industries.ts";

/** A city a sample company is registered in, with its province and sales region. */
export interface SampleCity {
  readonly zh: string;
  readonly en: string;
  readonly province: string;
  readonly region: string;
}

/** Industrial cities the sample book draws from (official English names, which are the cities' own). */
export const SAMPLE_CITIES: readonly SampleCity[] = [
  { zh: "宁波", en: "Ningbo", province: "浙江", region: "华东" },
  { zh: "杭州", en: "Hangzhou", province: "浙江", region: "华东" },
  { zh: "绍兴", en: "Shaoxing", province: "浙江", region: "华东" },
  { zh: "苏州", en: "Suzhou", province: "江苏", region: "华东" },
  { zh: "无锡", en: "Wuxi", province: "江苏", region: "华东" },
  { zh: "常州", en: "Changzhou", province: "江苏", region: "华东" },
  { zh: "南通", en: "Nantong", province: "江苏", region: "华东" },
  { zh: "芜湖", en: "Wuhu", province: "安徽", region: "华东" },
  { zh: "马鞍山", en: "Ma'anshan", province: "安徽", region: "华东" },
  { zh: "泉州", en: "Quanzhou", province: "福建", region: "华东" },
  { zh: "淄博", en: "Zibo", province: "山东", region: "华东" },
  { zh: "潍坊", en: "Weifang", province: "山东", region: "华东" },
  { zh: "烟台", en: "Yantai", province: "山东", region: "华东" },
  { zh: "唐山", en: "Tangshan", province: "河北", region: "华北" },
  { zh: "邯郸", en: "Handan", province: "河北", region: "华北" },
  { zh: "包头", en: "Baotou", province: "内蒙古", region: "华北" },
  { zh: "太原", en: "Taiyuan", province: "山西", region: "华北" },
  { zh: "佛山", en: "Foshan", province: "广东", region: "华南" },
  { zh: "东莞", en: "Dongguan", province: "广东", region: "华南" },
  { zh: "惠州", en: "Huizhou", province: "广东", region: "华南" },
  { zh: "柳州", en: "Liuzhou", province: "广西", region: "华南" },
  { zh: "洛阳", en: "Luoyang", province: "河南", region: "华中" },
  { zh: "襄阳", en: "Xiangyang", province: "湖北", region: "华中" },
  { zh: "宜昌", en: "Yichang", province: "湖北", region: "华中" },
  { zh: "株洲", en: "Zhuzhou", province: "湖南", region: "华中" },
  { zh: "德阳", en: "Deyang", province: "四川", region: "西南" },
  { zh: "宜宾", en: "Yibin", province: "四川", region: "西南" },
  { zh: "宝鸡", en: "Baoji", province: "陕西", region: "西北" },
  { zh: "鞍山", en: "Anshan", province: "辽宁", region: "东北" },
  { zh: "本溪", en: "Benxi", province: "辽宁", region: "东北" },
];

/** Trade names (字号) with an English rendering of their meaning rather than their sound. */
const TRADE_NAMES: readonly { readonly zh: string; readonly en: string }[] = [
  { zh: "恒远", en: "Evervast" },
  { zh: "华盛", en: "Grand China" },
  { zh: "鑫达", en: "Goldreach" },
  { zh: "宏图", en: "Grand Vision" },
  { zh: "永信", en: "Evertrust" },
  { zh: "瑞丰", en: "Auspicious Harvest" },
  { zh: "中天", en: "Zenith" },
  { zh: "金桥", en: "Golden Bridge" },
  { zh: "东方", en: "Oriental" },
  { zh: "汇通", en: "Confluence" },
  { zh: "三星", en: "Three Stars" },
  { zh: "联合", en: "United" },
  { zh: "振华", en: "Revival" },
  { zh: "长城", en: "Great Wall" },
  { zh: "新纪元", en: "New Era" },
  { zh: "天成", en: "Heavenmade" },
  { zh: "海螺", en: "Conch" },
  { zh: "银河", en: "Galaxy" },
  { zh: "博远", en: "Farsight" },
  { zh: "嘉禾", en: "Fine Grain" },
  { zh: "正泰", en: "Upright Peace" },
  { zh: "隆基", en: "Firm Base" },
  { zh: "旭日", en: "Rising Sun" },
  { zh: "凯旋", en: "Triumph" },
  { zh: "明珠", en: "Bright Pearl" },
  { zh: "远大", en: "Broad Horizon" },
  { zh: "盛世", en: "Prosperity" },
  { zh: "德利", en: "Virtue Gain" },
  { zh: "万通", en: "Myriad Link" },
  { zh: "鼎盛", en: "Summit" },
  { zh: "恒力", en: "Steadforce" },
  { zh: "伟业", en: "Great Cause" },
  { zh: "泰山", en: "Mount Tai" },
  { zh: "祥云", en: "Lucky Cloud" },
  { zh: "开元", en: "Inaugural" },
  { zh: "华美", en: "Splendid" },
  { zh: "丰源", en: "Rich Source" },
  { zh: "新星", en: "Nova" },
  { zh: "金鹰", en: "Golden Eagle" },
  { zh: "宝丰", en: "Treasure Harvest" },
  { zh: "润发", en: "Flourish" },
  { zh: "永安", en: "Everpeace" },
  { zh: "光明", en: "Brightness" },
  { zh: "福达", en: "Fortune Reach" },
  { zh: "九州", en: "Nine Provinces" },
  { zh: "华信", en: "China Trust" },
  { zh: "通达", en: "Throughway" },
  { zh: "同心", en: "One Heart" },
];

/** A generated company name in Chinese and an English rendering, with where it is registered. */
export interface CompanyName {
  readonly name: string;
  readonly nameEn: string;
  readonly city: SampleCity;
}

/**
 * Returns a company name not yet in `taken` (and adds it): city + trade name + business line + 有限公司, e.g.
 * 宁波恒远精密机械有限公司. After a few clashes it joins two trade names, and as a last resort it numbers a branch,
 * so names stay unique for any book size.
 */
export function companyName(random: RandomSource, industry: SampleIndustryProfile, taken: Set<string>): CompanyName {
  for (let attempt = 0; ; attempt++) {
    const city = random.pick(SAMPLE_CITIES);
    const line = random.pick(industry.lines);
    const first = random.pick(TRADE_NAMES);
    const second = attempt >= 6 ? random.pick(TRADE_NAMES) : undefined;
    const branch = attempt >= 12 ? attempt - 10 : 0;
    const trade = second && second !== first ? first.zh + second.zh : first.zh;
    const tradeEn = second && second !== first ? `${first.en} ${second.en}` : first.en;
    const name = `${city.zh}${trade}${line.zh}有限公司${branch ? `第${branch}分公司` : ""}`;
    if (taken.has(name)) continue;
    taken.add(name);
    const nameEn = `${city.en} ${tradeEn} ${line.en} Co., Ltd.${branch ? ` Branch ${branch}` : ""}`;
    return { name, nameEn, city };
  }
}
