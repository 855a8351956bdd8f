import { messageEntry } from "./registry.ts";
import type { Locale, MessageParams } from "./types.ts";

/** Returns the text for `code` in `locale` (defaults to zh-CN), or the code itself when it has no text. */
export function formatMessage(code: string, params: MessageParams = {}, locale: Locale = "zh-CN"): string {
  // Any locale but "en" reads zh-CN, the default.
  const entry = messageEntry(code);
  return entry ? entry[locale === "en" ? "en" : "zh-CN"](params) : code;
}

/** Returns `issue`'s message in `locale` (defaults to zh-CN). */
export function formatIssue(
  issue: { code: string; path: readonly (string | number)[]; params?: MessageParams },
  locale: Locale = "zh-CN",
): string {
  return formatMessage(issue.code, { path: pathText(issue.path), ...issue.params }, locale);
}

/** Returns a path as users read it: `customers[3].revenue`. */
export function pathText(path: readonly (string | number)[]): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out ? `.${key}` : key;
  return out;
}
