import type { Locale } from "@keylens/engine";

interface OfficeLike {
  context?: { displayLanguage?: string; contentLanguage?: string };
}

let override: Locale | undefined;

/** Sets the language for results and messages (tests, or a task-pane switch); `undefined` goes back to detection. */
export function setLocale(locale: Locale | undefined): void {
  override = locale;
}

/**
 * Returns the workbook's language: Office.context.displayLanguage (then contentLanguage) in the shared runtime,
 * zh-CN for any Chinese tag, en for any other tag, and zh-CN when the host gives none (the JS-only runtime, tests).
 */
export function workbookLocale(): Locale {
  if (override) return override;
  let tag: string | undefined;
  try {
    const office = (globalThis as { Office?: OfficeLike }).Office;
    tag = office?.context?.displayLanguage || office?.context?.contentLanguage;
  } catch {
    // Office.context throws in some hosts before Office.onReady; detection then falls back to the default.
    tag = undefined;
  }
  if (!tag) return "zh-CN";
  return /^zh\b/i.test(tag) ? "zh-CN" : "en";
}
