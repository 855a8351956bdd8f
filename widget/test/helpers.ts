import type { DataRow } from "../src/parse-csv.ts";

/** The 20-customer fixture (names include markup and formula-like text on purpose). */
export async function fixtureRows(): Promise<DataRow[]> {
  const res = await fetch(new URL("./fixtures/customers.json", import.meta.url));
  return (await res.json()) as DataRow[];
}

/** Resolves after the next animation frames so ResizeObserver-driven renders settle. */
export async function frames(n = 2): Promise<void> {
  // rAF stalls in a background page (the runner opens two at once), so a timeout caps each wait.
  for (let i = 0; i < n; i++) {
    await new Promise((r) => {
      requestAnimationFrame(() => r(undefined));
      setTimeout(r, 50);
    });
  }
}

/** Returns the text of the element's shadow root, whitespace collapsed. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? "").replace(/\s+/g, " ").trim();
}
