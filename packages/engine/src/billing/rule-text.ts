import { billingMessages } from "../messages/billing.ts";
import type { MessageEntry } from "../messages/types.ts";

/** The rule that produced a figure: a stable code and its text in both languages. */
export interface RuleText {
  readonly code: string;
  readonly "zh-CN": string;
  readonly en: string;
}

type RuleCode = keyof typeof billingMessages extends infer K
  ? K extends `billing_rule_${infer R}`
    ? R
    : never
  : never;

const cache = new Map<string, RuleText>();

/** Returns the rule `code` with its zh-CN and en text (built once per code; the texts take no parameters). */
export function ruleText(code: RuleCode): RuleText {
  let r = cache.get(code);
  if (!r) {
    const entry: MessageEntry = billingMessages[`billing_rule_${code}`];
    r = Object.freeze({ code, "zh-CN": entry["zh-CN"]({}), en: entry.en({}) });
    cache.set(code, r);
  }
  return r;
}
