import type { Locale } from "@keylens/engine";

/**
 * Returns the widget language for an element: its own `lang` attribute, else the nearest ancestor's, else the
 * document's; `zh*` → zh-CN, any other language → en, none at all → zh-CN (DESIGN.md: zh-CN is the default).
 */
export function resolveLocale(el: Element): Locale {
  const tagged = el.closest("[lang]")?.getAttribute("lang") ?? el.ownerDocument?.documentElement.lang ?? "";
  return localeOf(tagged);
}

/** Returns the supported locale for a BCP 47 tag: `zh*` → zh-CN, another non-empty tag → en, empty → zh-CN. */
export function localeOf(tag: string | null | undefined): Locale {
  const t = (tag ?? "").trim().toLowerCase();
  if (t === "") return "zh-CN";
  return t.startsWith("zh") ? "zh-CN" : "en";
}
