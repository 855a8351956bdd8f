import { expect, fixture, html } from "@open-wc/testing";
import { executeServerCommand } from "@web/test-runner-commands";
import "../src/define.ts";
import type { KeylensPareto } from "../src/pareto.ts";
import type { KeylensQuadrant } from "../src/quadrant.ts";
import { fixtureRows, frames } from "./helpers.ts";

const rows = await fixtureRows();

/**
 * Colours of the canvas layer's marker interiors as "r,g,b" → pixel count. Points are drawn at 55 % opacity, so an
 * interior pixel has alpha 140 (more where points overlap); its straight-alpha colour is the point's colour give or
 * take the rounding of un-premultiplying, hence the snap to `palette` within 3 per channel.
 */
function markerColours(el: KeylensQuadrant, palette: readonly string[]): Map<string, number> {
  const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>("canvas.layer")!;
  const px = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
  const rgb = palette.map((c) => c.split(",").map(Number));
  const out = new Map<string, number>();
  for (let i = 0; i < px.length; i += 4) {
    if (px[i + 3]! < 128) continue;
    const k = rgb.findIndex((c) => c.every((v, j) => Math.abs(v - px[i + j]!) <= 3));
    const key = k >= 0 ? palette[k]! : `${px[i]},${px[i + 1]},${px[i + 2]}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** The system colour `name` (CanvasText, Canvas, Highlight …) as computed here, "r,g,b". */
function systemColour(name: string): string {
  const probe = document.createElement("div");
  probe.style.backgroundColor = name;
  document.body.append(probe);
  const c = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return /\d+, \d+, \d+/.exec(c)![0].replaceAll(" ", "");
}

async function quadrant(style = ""): Promise<KeylensQuadrant> {
  const el = await fixture<KeylensQuadrant>(
    html`<keylens-quadrant
      renderer="canvas"
      x-field="ordersPerYear"
      y-field="shareOfWallet"
      style=${style}
      .customers=${rows}
    ></keylens-quadrant>`,
  );
  await frames(3);
  await el.updateComplete;
  return el;
}

describe("colours on the canvas layer and in forced-colors mode", () => {
  afterEach(async () => {
    await executeServerCommand("keylens-forced-colors", { active: false });
  });

  it("paints canvas points in the host's --keylens-quadrant-N colours, whatever CSS colour syntax they use", async () => {
    const el = await quadrant(
      "--keylens-quadrant-1: rebeccapurple; --keylens-quadrant-2: hsl(0 100% 40%); " +
        "--keylens-quadrant-3: rgb(0 128 0); --keylens-quadrant-4: #00f",
    );
    const host = ["102,51,153", "204,0,0", "0,128,0", "0,0,255"];
    const painted = markerColours(el, host);
    const counts = el.result?.success ? Object.values(el.result.data.counts) : [];
    expect(counts.filter((n) => n > 0).length).to.be.greaterThan(1);
    // Every marker pixel is one of the host's colours (the default blue of an unread colour appears nowhere) …
    expect([...painted.keys()].filter((c) => !host.includes(c))).to.deep.equal([]);
    // … and each quadrant that has points shows its own.
    expect(painted.size).to.equal(counts.filter((n) => n > 0).length);
  });

  it("in forced-colors mode draws bars as outlined patterns and canvas points in the system's text colour", async () => {
    await executeServerCommand("keylens-forced-colors", { active: true });
    expect(matchMedia("(forced-colors: active)").matches).to.equal(true);
    const text = systemColour("CanvasText");
    const canvasBg = systemColour("Canvas");

    const pareto = await fixture<KeylensPareto>(
      html`<keylens-pareto value-field="revenue" .customers=${rows}></keylens-pareto>`,
    );
    await frames(3);
    await pareto.updateComplete;
    const root = pareto.shadowRoot!;
    const bar = root.querySelector("rect.bar")!;
    expect(getComputedStyle(bar).stroke.replaceAll(" ", "")).to.contain(text);
    const patternBg = root.querySelector("pattern .pat-bg")!;
    expect(getComputedStyle(patternBg).fill.replaceAll(" ", "")).to.contain(canvasBg);
    // Tiers still differ without colour: each tier's pattern has its own marks.
    const patterns = [...root.querySelectorAll("pattern")];
    const marks = patterns.map((p) => [...p.querySelectorAll(".pat-fg, .pat-fg-fill")].map((m) => m.outerHTML).join());
    expect(patterns.length).to.be.greaterThan(2);
    expect(new Set(marks).size).to.equal(patterns.length);

    const q = await quadrant();
    // Every marker pixel is the text colour: no theme colour survives forced colours.
    expect([...markerColours(q, [text]).keys()]).to.deep.equal([text]);
  });
});
