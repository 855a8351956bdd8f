import type { Locale } from "@keylens/engine";

/**
 * Returns the widget language for an element: its own `lang` attribute, else the nearest ancestor's (crossing
 * shadow roots, so elements inside a dashboard follow it), else the document's; see {@link localeOf}.
 */
export function resolveLocale(el: Element): Locale {
  let node: Element | null = el;
  while (node) {
    const tagged = node.closest("[lang]");
    if (tagged) return localeOf(tagged.getAttribute("lang"));
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return localeOf(el.ownerDocument?.documentElement.lang);
}

/** Returns the supported locale for a BCP 47 tag: `zh*` → zh-CN, another non-empty tag → en, empty → zh-CN. */
export function localeOf(tag: string | null | undefined): Locale {
  const t = (tag ?? "").trim().toLowerCase();
  if (t === "") return "zh-CN";
  return t.startsWith("zh") ? "zh-CN" : "en";
}
