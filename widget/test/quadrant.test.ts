import { expect, fixture, html, oneEvent } from "@open-wc/testing";
import { setViewport } from "@web/test-runner-commands";
import { visualDiff } from "@web/test-runner-visual-regression";
import { LOYALTY_PRESET, VALUE_PRESET, presetQuadrants } from "@keylens/engine";
import "../src/define.ts";
import type { KeylensQuadrant } from "../src/quadrant.ts";
import type { SelectDetail } from "../src/keylens-element.ts";
import { fixtureRows, frames, shadowText } from "./helpers.ts";

const rows = await fixtureRows();

function engine(locale: "zh-CN" | "en" = "zh-CN", preset = LOYALTY_PRESET) {
  const r = presetQuadrants(rows, preset, { x: "ordersPerYear", y: "shareOfWallet", locale });
  if (!r.success) throw new Error("fixture must split");
  return r.data;
}

async function chart(lang = "zh-CN", extra: Partial<KeylensQuadrant> = {}): Promise<KeylensQuadrant> {
  const el = await fixture<KeylensQuadrant>(
    html`<keylens-quadrant lang=${lang} size-field="revenue" .customers=${rows}></keylens-quadrant>`,
  );
  Object.assign(el, extra);
  await frames();
  await el.updateComplete;
  return el;
}

function pointCenter(el: KeylensQuadrant, index: number): { x: number; y: number } {
  const path = el.shadowRoot!.querySelector<SVGPathElement>(`path.pt[data-index="${index}"]`)!;
  const b = path.getBoundingClientRect();
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

describe("keylens-quadrant", () => {
  it("draws one SVG marker per customer and split lines at the engine's medians", async () => {
    const el = await chart();
    const root = el.shadowRoot!;
    expect(root.querySelector(".plot")!.getAttribute("data-renderer")).to.equal("svg");
    expect(root.querySelectorAll("path.pt").length).to.equal(rows.length);
    const e = engine();
    const labels = [...root.querySelectorAll(".split-label")].map((t) => t.textContent);
    expect(labels[0]).to.equal(`中位数 ${Number(e.splits.x.value.toFixed(3))}`);
    expect(labels[1]).to.equal(`中位数 ${Number(e.splits.y.value.toFixed(3))}`);
  });

  it("names the loyalty quadrants in Chinese with the engine's counts and recommended actions", async () => {
    const el = await chart();
    const e = engine();
    const cards = [...el.shadowRoot!.querySelectorAll(".cards button")].map((b) => b.textContent!.replace(/\s+/g, " "));
    expect(cards.length).to.equal(4);
    e.cells.forEach((cell, i) => {
      expect(cards[i]).to.contain(cell.label);
      expect(cards[i]).to.contain(`客户数 ${cell.count} · ${(cell.share * 100).toFixed(1)}%`);
      expect(cards[i]).to.contain(cell.action);
    });
    expect(e.cells.map((c) => c.label)).to.deep.equal(["高度忠诚", "惯性忠诚", "隐形忠诚", "零度忠诚"]);
    const corner = el.shadowRoot!.querySelector('.qlabel[data-quadrant="HH"]')!.textContent!;
    expect(corner).to.contain("高度忠诚");
  });

  it("switches to the value preset and to English names", async () => {
    const el = await chart("en", { preset: "value" });
    const e = engine("en", VALUE_PRESET);
    const names = [...el.shadowRoot!.querySelectorAll(".qname")].map((t) => t.textContent);
    expect(names).to.deep.equal(e.cells.map((c) => c.label));
    expect(el.shadowRoot!.querySelector(".title")!.textContent).to.equal(VALUE_PRESET.name.en);
  });

  it("shows a tooltip with the customer's figures on hover, as text", async () => {
    const el = await chart();
    const i = rows.findIndex((r) => String(r.name).startsWith("<img"));
    const { x, y } = pointCenter(el, i);
    el.shadowRoot!.querySelector("svg.chart")!.dispatchEvent(
      new PointerEvent("pointermove", { clientX: x, clientY: y, bubbles: true, composed: true }),
    );
    await el.updateComplete;
    const tip = el.shadowRoot!.querySelector(".tip")!;
    expect(tip.textContent).to.contain("<img src=x onerror=alert(1)>");
    expect(tip.textContent).to.contain(String(rows[i]!.ordersPerYear));
    expect(el.shadowRoot!.querySelector("img")).to.equal(null);
  });

  it("selects the clicked customer and a brushed region", async () => {
    const el = await chart("en");
    const overlay = el.shadowRoot!.querySelector<SVGRectElement>("g.brush rect.overlay")!;
    const pointer = (type: string, x: number, y: number) =>
      overlay.dispatchEvent(
        new PointerEvent(type, { clientX: x, clientY: y, bubbles: true, composed: true, button: 0 }),
      );
    const { x, y } = pointCenter(el, 3);
    setTimeout(() => {
      pointer("pointerdown", x, y);
      pointer("pointerup", x, y);
    });
    const click = (await oneEvent(el, "keylens-select")) as CustomEvent<SelectDetail>;
    expect(click.detail.kind).to.equal("customer");
    expect(click.detail.customers).to.deep.equal([rows[3]]);

    const box = overlay.getBoundingClientRect();
    setTimeout(() => {
      pointer("pointerdown", box.x + 1, box.y + 1);
      pointer("pointermove", box.right - 1, box.bottom - 1);
      pointer("pointerup", box.right - 1, box.bottom - 1);
    });
    const brushed = (await oneEvent(el, "keylens-select")) as CustomEvent<SelectDetail>;
    expect(brushed.detail.kind).to.equal("brush");
    expect(brushed.detail.customers.length).to.equal(rows.length);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector("g.brush rect.selection")).not.to.equal(null);
  });

  it("selects a quadrant's customers from its card", async () => {
    const el = await chart();
    const e = engine();
    setTimeout(() => el.shadowRoot!.querySelector<HTMLButtonElement>('.cards button[data-quadrant="LL"]')!.click());
    const ev = (await oneEvent(el, "keylens-select")) as CustomEvent<SelectDetail>;
    expect(ev.detail.quadrant).to.equal("零度忠诚");
    const expected = e.points.filter((p) => p.key === "LL").map((p) => rows[p.index]);
    expect(ev.detail.customers).to.deep.equal(expected);
  });

  it("moves between customers with the arrow keys, announces them and selects with Enter", async () => {
    const el = await chart("en");
    const plot = el.shadowRoot!.querySelector<HTMLElement>(".plot")!;
    plot.focus();
    plot.dispatchEvent(new KeyboardEvent("keydown", { key: "Home", bubbles: true }));
    await el.updateComplete;
    const live = el.shadowRoot!.querySelector("[aria-live]")!;
    const minFreq = Math.min(...rows.map((r) => r.ordersPerYear as number));
    const first = rows.find((r) => r.ordersPerYear === minFreq)!;
    expect(live.textContent).to.contain(`${first.name}: x ${minFreq}`);
    plot.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    await el.updateComplete;
    expect(live.textContent).not.to.contain(`${first.name}:`);
    setTimeout(() => plot.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true })));
    const ev = (await oneEvent(el, "keylens-select")) as CustomEvent<SelectDetail>;
    expect(ev.detail.customers.length).to.equal(1);
  });

  it("renders 100,000 customers through one canvas layer and more than that as a density image", async () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: `c${i}`,
        name: `客户${i}`,
        ordersPerYear: ((i * 7919) % 997) / 10,
        shareOfWallet: ((i * 104729) % 1009) / 1009,
      }));
    const el = await fixture<KeylensQuadrant>(html`<keylens-quadrant .customers=${many(100_000)}></keylens-quadrant>`);
    await frames();
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector(".plot")!.getAttribute("data-renderer")).to.equal("canvas");
    expect(root.querySelectorAll("path.pt").length).to.equal(0);
    const canvas = root.querySelector<HTMLCanvasElement>("canvas.layer")!;
    const pixels = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
    expect(painted).to.be.greaterThan(10000);
    const counts = [...root.querySelectorAll(".qcount")].map((t) => t.textContent!);
    expect(counts.join(" ")).to.match(/\d/);
    el.customers = many(150_000);
    await el.updateComplete;
    expect(root.querySelector(".plot")!.getAttribute("data-renderer")).to.equal("density");
    // Hover still finds a customer through the pixel index.
    const svgBox = root.querySelector("svg.chart")!.getBoundingClientRect();
    root
      .querySelector("svg.chart")!
      .dispatchEvent(
        new PointerEvent("pointermove", { clientX: svgBox.x + 200, clientY: svgBox.y + 150, bubbles: true }),
      );
    await el.updateComplete;
    expect(shadowText(el)).to.contain("客户");
  });

  it("exports CSV with formula-like names escaped, and SVG/PNG", async () => {
    const el = await chart();
    const csv = el.toCsv()!;
    expect(csv).to.contain(",'=SUM(A1:A9),");
    expect(csv).to.contain(",<img src=x onerror=alert(1)>,");
    expect(el.toSvg()).to.contain("高度忠诚");
    const png = (await el.toPng())!;
    expect(png.size).to.be.greaterThan(2000);
  });

  it("names a missing measure field in the error", async () => {
    const el = await chart("en", { xField: "visits" });
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('"visits"');
  });

  it("passes axe in zh-CN and en", async () => {
    for (const lang of ["zh-CN", "en"]) await expect(await chart(lang)).to.be.accessible();
  });

  it("matches the visual baselines in zh-CN and en", async () => {
    await setViewport({ width: 900, height: 800 });
    for (const lang of ["zh-CN", "en"]) {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 720px; padding: 8px; background: #fff">
          <keylens-quadrant lang=${lang} size-field="revenue" .customers=${rows}></keylens-quadrant>
        </div>`,
      );
      await frames(2);
      await visualDiff(wrap.querySelector("keylens-quadrant")!, `quadrant-${lang}`);
    }
  });
});
