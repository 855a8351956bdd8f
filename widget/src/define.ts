// The embed bundle's entry and the package's only side effects. It registers every keylens-* element once: loading
// the bundle twice (two script tags, back/forward cache, micro-frontends) leaves the first definitions in place.
// It also turns off zod's JIT first (see zod-jitless.ts) so a strict CSP sees no eval.
import "./zod-jitless.ts";
import { ELEMENTS } from "./elements.ts";

export {
  KeylensElement,
  KeylensBill,
  KeylensDashboard,
  KeylensPareto,
  KeylensQuadrant,
  KeylensTierTable,
  ELEMENTS,
} from "./index.ts";

for (const [tag, cls] of Object.entries(ELEMENTS)) {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) customElements.define(tag, cls);
  else if (existing !== cls && existing.version !== cls.version) {
    console.warn(`keylens: <${tag}> is already defined by version ${existing.version ?? "?"}; keeping it.`);
  }
}
