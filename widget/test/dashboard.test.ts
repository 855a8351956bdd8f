import { expect, fixture, html, oneEvent } from "@open-wc/testing";
import { setViewport } from "@web/test-runner-commands";
import { visualDiff } from "@web/test-runner-visual-regression";
import { concentration } from "@keylens/engine";
import "../src/define.ts";
import type { KeylensDashboard } from "../src/dashboard.ts";
import type { SelectDetail } from "../src/keylens-element.ts";
import { fixtureRows, frames } from "./helpers.ts";

const rows = await fixtureRows();
// Two short monthly series per customer so the lifecycle panel has stages to show.
const withSeries = rows.map((r, i) => ({
  ...r,
  monthlyVolumes: Array.from({ length: 24 }, (_, m) => (i % 4 === 0 ? 100 + m * 12 : i % 4 === 1 ? 400 - m * 14 : 250)),
  monthlyProfits: Array.from({ length: 24 }, () => 10),
}));

async function dashboard(lang = "zh-CN"): Promise<KeylensDashboard> {
  const el = await fixture<KeylensDashboard>(
    html`<keylens-dashboard lang=${lang} .customers=${withSeries}></keylens-dashboard>`,
  );
  await frames(3);
  await el.updateComplete;
  return el;
}

describe("keylens-dashboard", () => {
  it("shows the engine's Gini and top-20 % share and hosts the Pareto chart and tier table", async () => {
    const el = await dashboard("en");
    const c = concentration(
      rows.map((r) => r.revenue),
      { negative: "exclude" },
    );
    if (!c.success) throw new Error("fixture must have a concentration");
    const kpis = [...el.shadowRoot!.querySelectorAll(".kpi")].map((k) => k.textContent!.replace(/\s+/g, " "));
    expect(kpis.find((k) => k.includes("Gini"))).to.contain(c.data.gini.toFixed(3));
    expect(kpis.find((k) => k.includes("Top 20"))).to.contain(`${(c.data.topShare.share * 100).toFixed(1)}%`);
    const pareto = el.shadowRoot!.querySelector("keylens-pareto")!;
    await (pareto as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(pareto.getAttribute("lang")).to.equal("en");
    expect(pareto.shadowRoot!.querySelectorAll("rect.bar").length).to.equal(rows.length);
    expect(el.shadowRoot!.querySelector("keylens-tier-table")).not.to.equal(null);
  });

  it("lists the engine's lifecycle stage counts and selects a stage's customers", async () => {
    const el = await dashboard();
    const stages = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>("button.stage")];
    expect(stages.map((b) => b.dataset.stage)).to.include.members(["exploration", "formation", "stability", "decline"]);
    expect(stages[0]!.textContent).to.contain("考察期");
    const stability = stages.find((b) => b.dataset.stage === "stability")!;
    setTimeout(() => stability.click());
    const ev = (await oneEvent(el, "keylens-select")) as CustomEvent<SelectDetail>;
    expect(ev.detail.kind).to.equal("stage");
    expect(String(ev.detail.customers.length)).to.equal(stability.querySelector(".stage-count")!.textContent!.trim());
  });

  it("lets a child's keylens-select reach the page (composed through two shadow roots)", async () => {
    const el = await dashboard();
    const table = el.shadowRoot!.querySelector("keylens-tier-table")!;
    setTimeout(() => table.shadowRoot!.querySelector<HTMLButtonElement>("tbody button")!.click());
    const ev = (await oneEvent(document, "keylens-select")) as CustomEvent<SelectDetail>;
    expect(ev.detail.customers[0]!.id).to.equal(rows[0]!.id);
  });

  it("switching the Pareto method re-tiers the table too", async () => {
    const el = await dashboard("en");
    const pareto = el.shadowRoot!.querySelector("keylens-pareto")!;
    pareto.shadowRoot!.querySelector<HTMLButtonElement>('[data-method="count"]')!.click();
    await el.updateComplete;
    const table = el.shadowRoot!.querySelector("keylens-tier-table")!;
    await (table as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(table.getAttribute("method")).to.equal("count");
    const options = [...table.shadowRoot!.querySelectorAll("select option")].map((o) => o.textContent);
    expect(options).to.include("D");
  });

  it("shows an error state for a 404 src", async () => {
    const el = await fixture<KeylensDashboard>(
      html`<keylens-dashboard lang="en" src="/test/fixtures/missing.json"></keylens-dashboard>`,
    );
    await el.dataReady();
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain("HTTP 404");
  });

  it("passes axe in zh-CN and en", async () => {
    for (const lang of ["zh-CN", "en"]) await expect(await dashboard(lang)).to.be.accessible();
  });

  it("matches the visual baselines in zh-CN and en", async () => {
    await setViewport({ width: 1240, height: 1800 });
    for (const lang of ["zh-CN", "en"]) {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 1200px; padding: 12px; background: #eef1f5">
          <keylens-dashboard lang=${lang} .customers=${withSeries}></keylens-dashboard>
        </div>`,
      );
      const el = wrap.querySelector("keylens-dashboard")!;
      await frames(4);
      await visualDiff(el, `dashboard-${lang}`);
    }
  });
});
