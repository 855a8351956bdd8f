// The embed bundle's entry and the package's only side effect: registers every keylens-* element once. Loading the
// bundle twice (two script tags, back/forward cache, micro-frontends) leaves the first definitions in place.
import { ELEMENTS } from "./elements.ts";

export { KeylensElement, KeylensPareto, KeylensTierTable, ELEMENTS } from "./index.ts";

for (const [tag, cls] of Object.entries(ELEMENTS)) {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) customElements.define(tag, cls);
  else if (existing !== cls && existing.version !== cls.version) {
    console.warn(`keylens: <${tag}> is already defined by version ${existing.version ?? "?"}; keeping it.`);
  }
}
