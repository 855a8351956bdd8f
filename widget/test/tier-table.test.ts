import { expect, fixture, html, oneEvent } from "@open-wc/testing";
import { setViewport } from "@web/test-runner-commands";
import { visualDiff } from "@web/test-runner-visual-regression";
import { customerTiers } from "@keylens/engine";
import "../src/define.ts";
import type { KeylensTierTable } from "../src/tier-table.ts";
import type { SelectDetail } from "../src/keylens-element.ts";
import { fixtureRows, frames } from "./helpers.ts";

const rows = await fixtureRows();
const engine = (() => {
  const r = customerTiers(rows, { value: "revenue", id: "id" });
  if (!r.success) throw new Error("fixture must tier");
  return r.data;
})();

async function table(lang = "zh-CN", pageSize = 25): Promise<KeylensTierTable> {
  const el = await fixture<KeylensTierTable>(
    html`<keylens-tier-table lang=${lang} page-size=${pageSize} .customers=${rows}></keylens-tier-table>`,
  );
  await frames();
  await el.updateComplete;
  return el;
}

const bodyRows = (el: KeylensTierTable) => [...el.shadowRoot!.querySelectorAll("tbody tr")];
const names = (el: KeylensTierTable) => bodyRows(el).map((tr) => tr.querySelector("th")!.textContent!.trim());

describe("keylens-tier-table", () => {
  it("lists customers by rank with the engine's tier, shares and explanation", async () => {
    const el = await table("en");
    const trs = bodyRows(el);
    expect(trs.length).to.equal(rows.length);
    const first = engine.order[0]!;
    const cells = [...trs[0]!.querySelectorAll("td")].map((td) => td.textContent!.trim());
    expect(cells[0]).to.equal("1");
    expect(cells[3]).to.equal(`${(engine.cumShare[first]! * 100).toFixed(1)}%`);
    expect(cells[4]).to.equal(engine.tier[first]);
    expect(cells[5]).to.contain("rank 1 of 20");
    expect(cells[5]).to.contain("within tier A's cumulative value limit of 80.0%");
    const tierCol = trs.map((tr) => tr.querySelectorAll("td")[4]!.textContent!.trim());
    expect(tierCol).to.deep.equal(Array.from(engine.order, (i) => engine.tier[i]));
  });

  it("filters by tier and by search text", async () => {
    const el = await table();
    const select = el.shadowRoot!.querySelector("select")!;
    select.value = "B";
    select.dispatchEvent(new Event("change"));
    await el.updateComplete;
    expect(bodyRows(el).length).to.equal(engine.tiers[1]!.count);
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = "西部";
    search.dispatchEvent(new Event("input"));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(["西部铝业"]);
  });

  it("sorts by a column when its header is clicked, and says so with aria-sort", async () => {
    const el = await table();
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-sort="name"]')!.click();
    await el.updateComplete;
    const sorted = [...names(el)].sort(new Intl.Collator("zh-CN").compare);
    expect(names(el)).to.deep.equal(sorted);
    expect(el.shadowRoot!.querySelector('th[aria-sort="ascending"]')).not.to.equal(null);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-sort="value"]')!.click();
    await el.updateComplete;
    expect(names(el)[0]).to.equal(rows[0]!.name);
    expect(el.shadowRoot!.querySelector('th[aria-sort="descending"]')).not.to.equal(null);
  });

  it("pages through long lists", async () => {
    const el = await table("en", 8);
    expect(bodyRows(el).length).to.equal(8);
    expect(el.shadowRoot!.querySelector(".pager")!.textContent).to.contain("Page 1 of 3");
    const next = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>(".pager button")][1]!;
    next.click();
    await el.updateComplete;
    expect(bodyRows(el)[0]!.querySelector("td")!.textContent!.trim()).to.equal("9");
  });

  it("fires keylens-select with the row when a customer is chosen", async () => {
    const el = await table();
    setTimeout(() => bodyRows(el)[2]!.querySelector("button")!.click());
    const ev = (await oneEvent(el, "keylens-select")) as CustomEvent<SelectDetail>;
    expect(ev.composed).to.equal(true);
    expect(ev.detail.customers).to.deep.equal([rows[2]]);
  });

  it("writes markup-like names as text and escapes formula-like cells in the CSV", async () => {
    const el = await table();
    expect(el.shadowRoot!.querySelector("tbody img")).to.equal(null);
    expect(names(el)).to.include("<img src=x onerror=alert(1)>");
    const csv = el.toCsv()!;
    expect(csv).to.contain(",<img src=x onerror=alert(1)>,");
    expect(csv).to.contain(",'=SUM(A1:A9),");
    expect(csv).not.to.match(/(^|,)[=+\-@]/m);
  });

  it("names a missing value field in the error", async () => {
    const el = await fixture<KeylensTierTable>(
      html`<keylens-tier-table lang="en" value-field="profit" .customers=${rows}></keylens-tier-table>`,
    );
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('No row has the field "profit"');
  });

  it("passes axe in zh-CN and en", async () => {
    for (const lang of ["zh-CN", "en"]) await expect(await table(lang)).to.be.accessible();
  });

  it("matches the visual baselines in zh-CN and en", async () => {
    await setViewport({ width: 1000, height: 800 });
    for (const lang of ["zh-CN", "en"]) {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 960px; padding: 8px; background: #fff">
          <keylens-tier-table lang=${lang} page-size="8" .customers=${rows}></keylens-tier-table>
        </div>`,
      );
      const el = wrap.querySelector("keylens-tier-table")!;
      await frames(2);
      await visualDiff(el, `tier-table-${lang}`);
    }
  });
});
