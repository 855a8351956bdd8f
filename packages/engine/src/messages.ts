import { billingMessages } from "./messages/billing.ts";
import { clvMessages } from "./messages/clv.ts";
import { commonMessages } from "./messages/common.ts";
import { concentrationMessages } from "./messages/concentration.ts";
import { lifecycleMessages } from "./messages/lifecycle.ts";
import { quadrantsMessages } from "./messages/quadrants.ts";
import { rfmMessages } from "./messages/rfm.ts";
import { sampleMessages } from "./messages/sample.ts";
import { scoringMessages } from "./messages/scoring.ts";
import { tieringMessages } from "./messages/tiering.ts";
import type { Locale, MessageEntry, MessageParams } from "./messages/types.ts";

/** Every issue and warning code with its zh-CN and en text. */
export const messages = {
  ...commonMessages,
  ...tieringMessages,
  ...scoringMessages,
  ...quadrantsMessages,
  ...lifecycleMessages,
  ...rfmMessages,
  ...concentrationMessages,
  ...clvMessages,
  ...billingMessages,
  ...sampleMessages,
} as const;

/** A snake_case code naming an expected problem (an issue) or a caveat on a result (a warning). */
export type IssueCode = keyof typeof messages;

/** Returns the text for `code` in `locale` (defaults to zh-CN), or the code itself when it has no text. */
export function formatMessage(code: string, params: MessageParams = {}, locale: Locale = "zh-CN"): string {
  // Own keys only ("constructor" is no code), and any locale but "en" reads zh-CN, the default.
  const entry = Object.hasOwn(messages, code) ? (messages as Record<string, MessageEntry>)[code] : undefined;
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
