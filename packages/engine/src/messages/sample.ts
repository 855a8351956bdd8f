import { registerMessages } from "./registry.ts";
import type { MessageTable } from "./types.ts";

const at = (p: { path?: unknown }) => (p.path ? `${String(p.path)}: ` : "");

/** Messages for the sample area. */
export const sampleMessages = registerMessages({
  sample_month_not_in_book: {
    "zh-CN": (p) => `${at(p)}样例台账中没有 ${p.received} 月的数据（可选 ${p.first} 至 ${p.last}）`,
    en: (p) => `${at(p)}the sample book has no month ${p.received} (choose ${p.first} to ${p.last})`,
  },
  sample_bills_skipped: {
    "zh-CN": (p) => `${at(p)}${p.count} 户当月无用电量，未生成账单`,
    en: (p) => `${at(p)}${p.count} customer(s) used no energy that month; no bill was made for them`,
  },
} as const satisfies MessageTable);
