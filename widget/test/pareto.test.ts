import { expect, fixture, html, oneEvent } from "@open-wc/testing";
import { setViewport } from "@web/test-runner-commands";
import { visualDiff } from "@web/test-runner-visual-regression";
import { customerTiers, type AbcResult } from "@keylens/engine";
import "../src/define.ts";
import type { KeylensPareto } from "../src/pareto.ts";
import type { SelectDetail } from "../src/keylens-element.ts";
import { fixtureRows, frames, shadowText } from "./helpers.ts";

const rows = await fixtureRows();

function engine(method: "value" | "count" | "computed" = "value"): AbcResult {
  const r = customerTiers(rows, { value: "revenue", id: "id", method });
  if (!r.success) throw new Error("fixture must tier");
  return r.data;
}

function engineTierCount(many: object[]): number {
  const r = customerTiers(many, { value: "revenue", id: "id" });
  return r.success ? r.data.tiers.length : 0;
}

async function pareto(lang = "zh-CN"): Promise<KeylensPareto> {
  const el = await fixture<KeylensPareto>(html`<keylens-pareto lang=${lang} .customers=${rows}></keylens-pareto>`);
  await frames();
  await el.updateComplete;
  return el;
}

describe("keylens-pareto", () => {
  it("renders one bar per customer, a cumulative line and a cut line per tier limit", async () => {
    const el = await pareto();
    const root = el.shadowRoot!;
    expect(root.querySelectorAll("rect.bar").length).to.equal(rows.length);
    expect(root.querySelector("path.cum")!.getAttribute("d")).to.match(/^M/);
    const r = engine();
    const cuts = [...root.querySelectorAll(".cut-label")].map((t) => t.textContent);
    expect(cuts).to.deep.equal(r.tiers.slice(0, -1).map((t) => `${t.label} ≤ ${(t.limit! * 100).toFixed(1)}%`));
  });

  it("shows the engine's tier counts and shares in the summary cards", async () => {
    const el = await pareto("en");
    const r = engine();
    const cards = [...el.shadowRoot!.querySelectorAll(".tiers button")].map((b) => b.textContent!.replace(/\s+/g, " "));
    expect(cards.length).to.equal(r.tiers.length);
    r.tiers.forEach((t, i) => {
      expect(cards[i]).to.contain(`Customers ${t.count} · ${(t.countShare * 100).toFixed(1)}%`);
      expect(cards[i]).to.contain(`Share of value ${(t.valueShare * 100).toFixed(1)}%`);
    });
  });

  it("switches method to count quotas and shows the engine's A–D tiers", async () => {
    const el = await pareto("en");
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-method="count"]')!;
    setTimeout(() => button.click());
    const ev = (await oneEvent(el, "keylens-method-change")) as CustomEvent;
    expect(ev.detail.method).to.equal("count");
    await el.updateComplete;
    const r = engine("count");
    expect(r.tiers.map((t) => t.label)).to.deep.equal(["A", "B", "C", "D"]);
    const labels = [...el.shadowRoot!.querySelectorAll(".tiers .tier-name")].map((n) => n.textContent!.trim());
    expect(labels).to.deep.equal(["A", "B", "C", "D"]);
    expect(el.shadowRoot!.querySelectorAll(".cut-group").length).to.equal(3);
  });

  it("fires a bubbling, composed keylens-select with the clicked customer's row", async () => {
    const el = await pareto();
    const bar = el.shadowRoot!.querySelector<SVGRectElement>('rect.bar[data-rank="1"]')!;
    const box = bar.getBoundingClientRect();
    const svg = el.shadowRoot!.querySelector("svg.chart")!;
    setTimeout(() =>
      svg.dispatchEvent(
        new MouseEvent("click", { bubbles: true, composed: true, clientX: box.x + box.width / 2, clientY: box.y + 5 }),
      ),
    );
    const ev = (await oneEvent(document, "keylens-select")) as CustomEvent<SelectDetail>;
    expect(ev.bubbles && ev.composed).to.equal(true);
    expect(ev.detail.kind).to.equal("customer");
    expect(ev.detail.customers).to.deep.equal([rows[0]]);
  });

  it("selects a whole tier from its summary card", async () => {
    const el = await pareto();
    const r = engine();
    setTimeout(() => el.shadowRoot!.querySelector<HTMLButtonElement>('.tiers button[data-tier="B"]')!.click());
    const ev = (await oneEvent(el, "keylens-select")) as CustomEvent<SelectDetail>;
    expect(ev.detail.tier).to.equal("B");
    expect(ev.detail.customers.length).to.equal(r.tiers[1]!.count);
  });

  it("moves between bars with the arrow keys, announces them and selects with Enter", async () => {
    const el = await pareto("en");
    const plot = el.shadowRoot!.querySelector<HTMLElement>(".plot")!;
    expect(plot.tabIndex).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('[tabindex="0"]').length).to.equal(1);
    plot.focus();
    plot.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    plot.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    await el.updateComplete;
    const live = el.shadowRoot!.querySelector("[aria-live]")!;
    expect(live.textContent).to.contain("Rank 2, 江南化工有限公司");
    expect(el.shadowRoot!.querySelector(".focus-mark")).not.to.equal(null);
    setTimeout(() => plot.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true })));
    const ev = (await oneEvent(el, "keylens-select")) as CustomEvent<SelectDetail>;
    expect(ev.detail.customers).to.deep.equal([rows[1]]);
    plot.dispatchEvent(new KeyboardEvent("keydown", { key: "End", bubbles: true }));
    await el.updateComplete;
    expect(live.textContent).to.contain(`Rank ${rows.length},`);
  });

  it("keeps a customer named like markup as text in the chart, table and CSV", async () => {
    const el = await pareto();
    const root = el.shadowRoot!;
    root.querySelector("details")!.open = true;
    await oneEvent(root.querySelector("details")!, "toggle");
    await el.updateComplete;
    expect(root.querySelector("img")).to.equal(null);
    expect(shadowText(el)).to.contain("<img src=x onerror=alert(1)>");
    const csv = el.toCsv()!;
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    expect(csv).to.contain(",<img src=x onerror=alert(1)>,");
    expect(csv).to.contain(",'=SUM(A1:A9),");
    expect(csv).to.contain(",'@cmd|' /C calc'!A0,");
    expect(csv).not.to.match(/,=SUM/);
  });

  it("exports SVG and PNG through the cancellable keylens-export event", async () => {
    const el = await pareto();
    el.addEventListener("keylens-export", (e) => e.preventDefault());
    setTimeout(() => void el.exportAs("svg"));
    const svgEv = (await oneEvent(el, "keylens-export")) as CustomEvent;
    expect(svgEv.detail.filename).to.equal("keylens-pareto.svg");
    const text = await (svgEv.detail.blob as Blob).text();
    expect(text).to.contain("<svg");
    expect(text).not.to.contain("lit$");
    expect(text).to.contain("A ≤ 80.0%");
    const png = (await el.toPng())!;
    expect(png.type).to.equal("image/png");
    expect(png.size).to.be.greaterThan(2000);
  });

  it("shows the engine's issue in the element's language for data it cannot tier", async () => {
    const el = await fixture<KeylensPareto>(
      html`<keylens-pareto lang="en" src="/test/fixtures/bad.json"></keylens-pareto>`,
    );
    await el.dataReady();
    const error = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(error.textContent).to.contain("no positive value is left to tier");
    el.setAttribute("lang", "zh-CN");
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain("没有可分级的正数值");
  });

  it("shows an error naming the URL and status for a src that returns 404", async () => {
    const el = await fixture<KeylensPareto>(html`<keylens-pareto src="/test/fixtures/missing.json"></keylens-pareto>`);
    await el.dataReady();
    const text = el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    expect(text).to.contain("HTTP 404");
    expect(text).to.contain("/test/fixtures/missing.json");
  });

  it("shows an error for a src that is not valid JSON", async () => {
    const el = await fixture<KeylensPareto>(html`<keylens-pareto src="/test/fixtures/not-json.json"></keylens-pareto>`);
    await el.dataReady();
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain("不是有效的 JSON");
  });

  it("loads CSV with a header row from src", async () => {
    const el = await fixture<KeylensPareto>(html`<keylens-pareto src="/test/fixtures/customers.csv"></keylens-pareto>`);
    await el.dataReady();
    expect(el.shadowRoot!.querySelectorAll("rect.bar").length).to.equal(rows.length);
  });

  it("defers a large book to its own task behind a computing state, then draws one path per tier", async () => {
    const many = Array.from({ length: 250_000 }, (_, i) => ({ id: `c${i}`, revenue: 1 + ((i * 7919) % 10007) }));
    const el = await fixture<KeylensPareto>(html`<keylens-pareto .customers=${many}></keylens-pareto>`);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain("250,000");
    await el.dataReady();
    const bars = el.shadowRoot!.querySelectorAll(".bar");
    expect(bars.length).to.be.at.most(engineTierCount(many));
    expect(bars[0]!.tagName.toLowerCase()).to.equal("path");
  });

  it("passes axe in zh-CN and en", async () => {
    for (const lang of ["zh-CN", "en"]) {
      const el = await pareto(lang);
      await expect(el).to.be.accessible();
    }
  });

  it("matches the visual baselines in zh-CN and en", async () => {
    await setViewport({ width: 900, height: 700 });
    for (const lang of ["zh-CN", "en"]) {
      const el = await fixture<KeylensPareto>(
        html`<div style="width: 820px; padding: 8px; background: #fff">
          <keylens-pareto lang=${lang} .customers=${rows}></keylens-pareto>
        </div>`,
      );
      const chart = el.querySelector("keylens-pareto")!;
      await frames(3);
      await (chart as KeylensPareto).updateComplete;
      await visualDiff(chart, `pareto-${lang}`);
    }
  });
});
