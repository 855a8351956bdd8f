// The chart elements come from @keylens/widget. Its index exports the element classes (ELEMENTS: tag → class)
// without defining them, so the pane defines them here, guarded like the widget's own define.ts.
import { ELEMENTS } from "@keylens/widget";

/** Tag the pane hosts, and the element it falls back to while the widget has no dashboard yet. */
export const DASHBOARD_TAG = "keylens-dashboard";
export const FALLBACK_TAG = "keylens-pareto";

/** Defines every keylens element not defined yet and returns the tag the pane should host (undefined: none). */
export function defineWidget(
  elements: Readonly<Record<string, CustomElementConstructor>> = ELEMENTS,
): string | undefined {
  for (const [tag, cls] of Object.entries(elements)) if (!customElements.get(tag)) customElements.define(tag, cls);
  if (customElements.get(DASHBOARD_TAG)) return DASHBOARD_TAG;
  return customElements.get(FALLBACK_TAG) ? FALLBACK_TAG : undefined;
}
