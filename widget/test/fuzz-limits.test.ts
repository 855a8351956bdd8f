// Input limits (issue 7 §6, widget/README.md "Limits"): at and just beyond each documented maximum an element shows
// a degraded view or a clear error instead of freezing the host page. No timings are asserted: a hang fails by the
// runner's timeout. The density image above 100,000 points and the deferred 250,000-row Pareto are tested in
// quadrant.test.ts and pareto.test.ts.
import { expect, fixture, html } from "@open-wc/testing";
import "../src/define.ts";
import { MAX_ROWS } from "../src/keylens-element.ts";
import type { KeylensDashboard } from "../src/dashboard.ts";
import type { KeylensPareto } from "../src/pareto.ts";
import type { KeylensQuadrant } from "../src/quadrant.ts";
import type { KeylensTierTable } from "../src/tier-table.ts";
import { frames } from "./helpers.ts";

const points = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    revenue: 1 + ((i * 7919) % 10007),
    ordersPerYear: (i * 31) % 97,
    shareOfWallet: ((i * 17) % 101) / 100,
  }));

describe("input limits", () => {
  it("rejects more than MAX_ROWS (2,000,000) rows with an error naming both counts, before any engine call", async () => {
    const row = { id: "c", revenue: 1 };
    const many = new Array<typeof row>(MAX_ROWS + 1).fill(row);
    const el = await fixture<KeylensPareto>(html`<keylens-pareto lang="en" .customers=${many}></keylens-pareto>`);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain("The data has 2,000,001 rows, more than the limit of 2,000,000");
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
    const dash = await fixture<KeylensDashboard>(html`<keylens-dashboard .customers=${many}></keylens-dashboard>`);
    expect(dash.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain("超过上限 2,000,000 行");
    expect(dash.shadowRoot!.querySelector("keylens-pareto")).to.equal(null);
  });

  it("honours a forced renderer up to its ceiling and falls back to the automatic choice beyond it", async () => {
    const el = await fixture<KeylensQuadrant>(html`<keylens-quadrant renderer="svg"></keylens-quadrant>`);
    expect(el.rendererFor(10_000)).to.equal("svg");
    expect(el.rendererFor(10_001)).to.equal("canvas");
    el.renderer = "canvas";
    expect(el.rendererFor(250_000)).to.equal("canvas");
    expect(el.rendererFor(250_001)).to.equal("density");
    el.renderer = "density";
    expect(el.rendererFor(10)).to.equal("density");
    el.renderer = null;
    expect([2000, 2001, 100_000, 100_001].map((n) => el.rendererFor(n))).to.deep.equal([
      "svg",
      "canvas",
      "canvas",
      "density",
    ]);
  });

  it('draws 10,001 points forced to renderer="svg" on the canvas layer instead of 10,001 SVG marks', async () => {
    const el = await fixture<KeylensQuadrant>(
      html`<keylens-quadrant renderer="svg" .customers=${points(10_001)}></keylens-quadrant>`,
    );
    await el.dataReady();
    await frames();
    const root = el.shadowRoot!;
    expect(root.querySelector(".plot")!.getAttribute("data-renderer")).to.equal("canvas");
    expect(root.querySelector("canvas.layer")).not.to.equal(null);
    expect(root.querySelectorAll("path.pt").length).to.equal(0);
  });

  it("falls back to the default height for a height that is not a number and clamps it at 4,000 px", async () => {
    const rows = points(30);
    const heights: (string | null)[] = [];
    for (const h of ["abc", "100000"]) {
      const pareto = await fixture<KeylensPareto>(
        html`<keylens-pareto height=${h} .customers=${rows}></keylens-pareto>`,
      );
      const quadrant = await fixture<KeylensQuadrant>(
        html`<keylens-quadrant height=${h} .customers=${rows}></keylens-quadrant>`,
      );
      for (const el of [pareto, quadrant])
        heights.push(el.shadowRoot!.querySelector("svg.chart")!.getAttribute("height"));
    }
    expect(heights).to.deep.equal(["320", "380", "4000", "4000"]);
  });

  it("caps a page of the tier table at 500 rows however large page-size is", async () => {
    const el = await fixture<KeylensTierTable>(
      html`<keylens-tier-table lang="en" page-size="1000000" .customers=${points(1200)}></keylens-tier-table>`,
    );
    await el.dataReady();
    expect(el.shadowRoot!.querySelectorAll("tbody tr").length).to.equal(500);
    expect(el.shadowRoot!.querySelector(".pager")!.textContent).to.contain("Page 1 of 3");
  });
});
