import { expect, fixture, html } from "@open-wc/testing";
import { emulateMedia, setViewport } from "@web/test-runner-commands";
import { visualDiff } from "@web/test-runner-visual-regression";
import "../src/define.ts";
import type { KeylensDashboard } from "../src/dashboard.ts";
import { fixtureRows, frames } from "./helpers.ts";

const rows = (await fixtureRows()).map((r, i) => ({
  ...r,
  // Monthly series so the dashboard's lifecycle panel has stages to show (as in dashboard.test.ts).
  monthlyVolumes: Array.from({ length: 24 }, (_, m) => (i % 4 === 0 ? 100 + m * 12 : i % 4 === 1 ? 400 - m * 14 : 250)),
  monthlyProfits: Array.from({ length: 24 }, () => 10),
}));
// The light and dark defaults of theme.ts (--_bg), as computed colours.
const LIGHT_BG = "rgb(255, 255, 255)";
const DARK_BG = "rgb(22, 27, 34)";

async function dashboard(attrs: { theme?: string; style?: string } = {}): Promise<KeylensDashboard> {
  const el = await fixture<KeylensDashboard>(
    html`<keylens-dashboard
      lang="zh-CN"
      theme=${attrs.theme ?? ""}
      style=${attrs.style ?? ""}
      .customers=${rows}
    ></keylens-dashboard>`,
  );
  if (!attrs.theme) el.removeAttribute("theme");
  if (!attrs.style) el.removeAttribute("style");
  await frames(3);
  await el.updateComplete;
  return el;
}

/**
 * Text colour of the dashboard and background of its nested Pareto chart (the dashboard itself is transparent so
 * its cards sit on the portal's own background).
 */
function colours(el: HTMLElement): { fg: string; bg: string } {
  const pareto = el.shadowRoot!.querySelector("keylens-pareto")!;
  return { fg: getComputedStyle(el).color, bg: getComputedStyle(pareto).backgroundColor };
}

describe("theming: dark mode, custom properties, reduced motion", () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: "light", reducedMotion: "no-preference" });
  });

  it("follows prefers-color-scheme: dark in every nested element unless theme='light'", async () => {
    await emulateMedia({ colorScheme: "dark" });
    const el = await dashboard();
    expect(colours(el)).to.deep.equal({ fg: "rgb(228, 232, 238)", bg: DARK_BG });
    el.setAttribute("theme", "light");
    await el.updateComplete;
    expect(colours(el).bg).to.equal(LIGHT_BG);
  });

  it("theme='dark' turns dark on a light page; the host's --keylens-bg wins over both defaults", async () => {
    const dark = await dashboard({ theme: "dark" });
    expect(colours(dark).bg).to.equal(DARK_BG);
    const custom = await dashboard({ theme: "dark", style: "--keylens-bg: #102030" });
    expect(colours(custom).bg).to.equal("rgb(16, 32, 48)");
  });

  it("runs no animation or transition under prefers-reduced-motion: reduce", async () => {
    await emulateMedia({ reducedMotion: "reduce" });
    const el = await dashboard();
    const running: string[] = [];
    const visit = (root: ShadowRoot | Document) => {
      for (const node of root.querySelectorAll("*")) {
        const style = getComputedStyle(node);
        const seconds = (s: string) => Math.max(...s.split(",").map((t) => parseFloat(t) || 0));
        if (seconds(style.transitionDuration) > 0 || seconds(style.animationDuration) > 0) running.push(node.localName);
        if (node.shadowRoot) visit(node.shadowRoot);
      }
    };
    visit(el.shadowRoot!);
    expect(running).to.deep.equal([]);
  });

  it("dark dashboard looks right (zh-CN visual baseline)", async () => {
    await setViewport({ width: 1100, height: 1400 });
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width: 1040px; padding: 8px; background: #0d1117">
        <keylens-dashboard lang="zh-CN" theme="dark" .customers=${rows}></keylens-dashboard>
      </div>`,
    );
    const el = wrap.querySelector<KeylensDashboard>("keylens-dashboard")!;
    await frames(4);
    await el.updateComplete;
    await visualDiff(wrap, "dashboard-dark-zh-CN");
  });
});
