// The chart elements come from @keylens/widget. Its index exports the element classes without defining them
// (widget/src/define.ts is the embed bundle's side effect), so the pane defines what it needs, guarded.
const widgetModule = "@keylens/widget";

let loading: Promise<boolean> | undefined;

/** Returns the custom-element tag for an exported class name: KeylensDashboard → keylens-dashboard. */
export function tagOf(className: string): string {
  return className.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}

/** Defines every element class a module exports (or calls its define function), skipping tags already taken. */
export function defineElements(module: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(module)) {
    if (/^define/.test(name) && typeof value === "function") (value as () => void)();
  }
  for (const [name, value] of Object.entries(module)) {
    if (typeof value !== "function" || !(value.prototype instanceof HTMLElement)) continue;
    const tag = tagOf(name);
    if (tag.startsWith("keylens-") && !customElements.get(tag)) {
      customElements.define(tag, value as CustomElementConstructor);
    }
  }
}

/**
 * Loads the widget's elements once and returns whether <keylens-dashboard> is now defined. Until @keylens/widget
 * ships its module the import fails and the pane keeps its "loading" note; functions and write-back still work.
 */
export function loadWidget(): Promise<boolean> {
  loading ??= import(/* @vite-ignore */ widgetModule)
    .then((module: Record<string, unknown>) => {
      defineElements(module);
      return customElements.get("keylens-dashboard") !== undefined;
    })
    .catch(() => customElements.get("keylens-dashboard") !== undefined);
  return loading;
}
