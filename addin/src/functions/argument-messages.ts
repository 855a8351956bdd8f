import type { Locale } from "@keylens/engine";

type Params = Readonly<Record<string, string | number | undefined>>;

/** Problems with an Excel argument, found before the engine is called, in zh-CN and en. */
export const argumentMessages = {
  required: {
    "zh-CN": () => `不能为空`,
    en: () => `is required`,
  },
  expected_number: {
    "zh-CN": (p: Params) => `应为数字，实际为${p.got}`,
    en: (p: Params) => `expected a number, got ${p.got}`,
  },
  expected_number_cell: {
    "zh-CN": (p: Params) => `第 ${p.cell} 个单元格应为数字或空白，实际为${p.got}`,
    en: (p: Params) => `cell ${p.cell} should be a number or blank, got ${p.got}`,
  },
  expected_numbers: {
    "zh-CN": (p: Params) => `应为数字或用逗号分隔的数字（如“${p.example}”），实际为${p.got}`,
    en: (p: Params) => `expected numbers, as a range or comma text such as "${p.example}", got ${p.got}`,
  },
  expected_text: {
    "zh-CN": (p: Params) => `应为文本，实际为${p.got}`,
    en: (p: Params) => `expected text, got ${p.got}`,
  },
  expected_range: {
    "zh-CN": () => `应为单元格区域`,
    en: () => `expected a range of cells`,
  },
  too_many_cells: {
    "zh-CN": (p: Params) => `有 ${p.cells} 个单元格，超过上限 ${p.max} 个`,
    en: (p: Params) => `has ${p.cells} cells, more than the ${p.max} it accepts`,
  },
  empty_range: {
    "zh-CN": () => `区域中没有数值`,
    en: () => `the range holds no numbers`,
  },
  empty_text: {
    "zh-CN": () => `区域中没有文本`,
    en: () => `the range holds no text`,
  },
  size_mismatch: {
    "zh-CN": (p: Params) => `有 ${p.got} 个单元格，应与“${p.other}”的 ${p.expected} 个一致`,
    en: (p: Params) => `has ${p.got} cells; it must match ${p.other}, which has ${p.expected}`,
  },
  unknown_choice: {
    "zh-CN": (p: Params) => `无法识别${p.got}，可选值：${p.options}`,
    en: (p: Params) => `${p.got} is not recognised; expected one of: ${p.options}`,
  },
  bad_option_text: {
    "zh-CN": (p: Params) => `无法解析${p.got}，应为“键=值;键=值”，如“${p.example}”`,
    en: (p: Params) => `cannot read ${p.got}; expected key=value pairs separated by ";", such as "${p.example}"`,
  },
  not_in_range: {
    "zh-CN": (p: Params) => `${p.got} 不在“${p.other}”中`,
    en: (p: Params) => `${p.got} is not among ${p.other}`,
  },
  not_finite_result: {
    "zh-CN": () => `结果超出数值范围（溢出）`,
    en: () => `the result is not a finite number (overflow)`,
  },
  internal: {
    "zh-CN": (p: Params) => `内部错误（请报告）：${p.detail}`,
    en: (p: Params) => `internal error (please report it): ${p.detail}`,
  },
} as const satisfies Record<string, Record<Locale, (p: Params) => string>>;

/** A code naming a problem with an Excel argument. */
export type ArgumentMessageCode = keyof typeof argumentMessages;

/** Returns how a cell's content reads in a message: 文本“abc” / text "abc", TRUE, 空白 / blank. */
export function describeCell(cell: unknown, locale: Locale): string {
  if (cell === null || cell === undefined || cell === "") return locale === "zh-CN" ? "空白" : "a blank";
  if (typeof cell === "string") return locale === "zh-CN" ? `文本“${cell}”` : `text "${cell}"`;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (Array.isArray(cell)) return locale === "zh-CN" ? "一个区域" : "a range";
  if (typeof cell === "number") return String(cell);
  return locale === "zh-CN" ? "未知值" : "an unknown value";
}
