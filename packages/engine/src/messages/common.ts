import { registerMessages } from "./registry.ts";
import type { MessageTable } from "./types.ts";

const at = (p: { path?: unknown }) => (p.path ? `${String(p.path)}: ` : "");
/** 10000000 → "10,000,000": limits are read by people. */
const grouped = (n: unknown) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** Messages for problems any entry point can report (mostly from schema validation). */
export const commonMessages = registerMessages({
  invalid_input: {
    "zh-CN": (p) => `${at(p)}输入无效${p.detail ? `（${p.detail}）` : ""}`,
    en: (p) => `${at(p)}invalid input${p.detail ? ` (${p.detail})` : ""}`,
  },
  invalid_type: {
    "zh-CN": (p) => `${at(p)}应为${p.expected ?? "其他类型"}，实际为${p.received ?? "未知"}`,
    en: (p) => `${at(p)}expected ${p.expected ?? "another type"}, got ${p.received ?? "unknown"}`,
  },
  invalid_value: {
    "zh-CN": (p) => `${at(p)}取值无效，可选值：${p.options ?? ""}`,
    en: (p) => `${at(p)}invalid value, expected one of: ${p.options ?? ""}`,
  },
  too_small: {
    "zh-CN": (p) => `${at(p)}应不小于 ${p.minimum}${p.inclusive === false ? "（且不等于）" : ""}`,
    en: (p) => `${at(p)}must be ${p.inclusive === false ? "greater than" : "at least"} ${p.minimum}`,
  },
  too_big: {
    "zh-CN": (p) => `${at(p)}应不大于 ${p.maximum}${p.inclusive === false ? "（且不等于）" : ""}`,
    en: (p) => `${at(p)}must be ${p.inclusive === false ? "less than" : "at most"} ${p.maximum}`,
  },
  not_finite: {
    "zh-CN": (p) => `${at(p)}应为有限数值，实际为 ${p.received ?? "非数值"}`,
    en: (p) => `${at(p)}expected a finite number, got ${p.received ?? "a non-number"}`,
  },
  empty_input: {
    "zh-CN": (p) => `${at(p)}没有可计算的数据`,
    en: (p) => `${at(p)}there is nothing to compute: the input is empty`,
  },
  length_mismatch: {
    "zh-CN": (p) => `${at(p)}长度不一致：应为 ${p.expected}，实际为 ${p.received}`,
    en: (p) => `${at(p)}lengths differ: expected ${p.expected}, got ${p.received}`,
  },
  too_many_items: {
    "zh-CN": (p) => `${at(p)}数据过多：最多 ${grouped(p.maximum)} 项，实际 ${grouped(p.received)} 项`,
    en: (p) => `${at(p)}too many items: at most ${grouped(p.maximum)}, got ${grouped(p.received)}`,
  },
  unrecognized_keys: {
    "zh-CN": (p) => `${at(p)}无法识别的选项：${p.keys}`,
    en: (p) => `${at(p)}unrecognized option(s): ${p.keys}`,
  },
} as const satisfies MessageTable);
