import { expect, fixture, html, oneEvent } from "@open-wc/testing";
import { setViewport } from "@web/test-runner-commands";
import { visualDiff } from "@web/test-runner-visual-regression";
import { checkBill, computeBill, type BillInput, type PrintedBill } from "@keylens/engine";
import "../src/define.ts";
import type { KeylensBill, BillEntry } from "../src/bill.ts";
import type { SelectDetail } from "../src/keylens-element.ts";
import { frames } from "./helpers.ts";

const data = (await (await fetch(new URL("./fixtures/bills.json", import.meta.url))).json()) as { bills: BillEntry[] };
const [capacity, demand] = data.bills as [BillEntry, BillEntry];

async function billEl(lang: string, bill: BillInput, printed: PrintedBill | null = null): Promise<KeylensBill> {
  const el = await fixture<KeylensBill>(
    html`<keylens-bill lang=${lang} .bill=${bill} .printed=${printed}></keylens-bill>`,
  );
  await el.updateComplete;
  return el;
}

const rowsOf = (el: KeylensBill) => [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>("tbody tr.line")];

describe("keylens-bill", () => {
  it("lists the engine's lines with quantity, price, days, amount and rule, and the total", async () => {
    const el = await billEl("en", capacity.input);
    const computed = computeBill(capacity.input);
    if (!computed.success) throw new Error("example 1 must compute");
    const rows = rowsOf(el);
    expect(rows.map((r) => r.dataset.line)).to.deep.equal(computed.data.lines.map((l) => l.id));
    const basic2 = rows.find((r) => r.dataset.line === "basic:2")!;
    const cells = [...basic2.querySelectorAll("td")].map((td) => td.textContent!.trim());
    expect(cells[0]).to.equal("315 kVA");
    expect(cells[2]).to.equal("10/30");
    expect(cells[3]).to.equal("2,100.00");
    expect(cells[4]).to.equal(computed.data.lines[1]!.rule.en);
    expect(el.shadowRoot!.querySelector("tfoot")!.textContent).to.contain("62,823.37");
  });

  it("highlights the lines a printed bill gets wrong and names the engine's likely cause", async () => {
    const el = await billEl("zh-CN", demand.input, demand.printed!);
    const check = checkBill(demand.input, demand.printed!);
    if (!check.success) throw new Error("example 2 must check");
    const d = check.data.differences[0]!;
    expect(d.likelyCause!.code).to.equal("contract_without_surcharge");
    const status = el.shadowRoot!.querySelector(".status")!;
    expect(status.classList.contains("diff")).to.equal(true);
    const differing = rowsOf(el)
      .filter((r) => r.classList.contains("differs"))
      .map((r) => r.dataset.line);
    expect(differing).to.deep.equal(d.lineIds);
    const item = el.shadowRoot!.querySelector('.differences li[data-line="basic"]')!;
    expect(item.textContent).to.contain(`可能原因：${d.likelyCause!["zh-CN"]}`);
    expect(item.textContent).to.contain("56,000.00");
    el.setAttribute("lang", "en");
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.differences li[data-line="basic"]')!.textContent).to.contain(
      d.likelyCause!.en,
    );
  });

  it("says so when the printed total matches", async () => {
    const el = await billEl("zh-CN", capacity.input, capacity.printed!);
    expect(el.shadowRoot!.querySelector(".status.ok")!.textContent).to.contain("一致");
  });

  it("loads a list of bills from src and switches between them", async () => {
    const el = await fixture<KeylensBill>(html`<keylens-bill src="/test/fixtures/bills.json"></keylens-bill>`);
    await el.dataReady();
    expect(el.shadowRoot!.querySelector(".meta")!.textContent).to.contain("示例机械厂");
    const select = el.shadowRoot!.querySelector("select")!;
    select.value = "B2";
    select.dispatchEvent(new Event("change"));
    await el.updateComplete;
    expect(el.getAttribute("bill-id")).to.equal("B2");
    expect(el.shadowRoot!.querySelector(".meta")!.textContent).to.contain("示例化工厂");
    expect(el.shadowRoot!.querySelector(".status.diff")).not.to.equal(null);
  });

  it("shows the engine's issue, with its path, for an invalid bill", async () => {
    const el = await billEl("en", { basic: { basis: "capacity" } } as unknown as BillInput);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain("basic");
  });

  it("fires keylens-select for a clicked line and exports the lines as CSV", async () => {
    const el = await billEl("zh-CN", demand.input, demand.printed!);
    setTimeout(() => rowsOf(el)[0]!.click());
    const ev = (await oneEvent(el, "keylens-select")) as CustomEvent<SelectDetail>;
    expect(ev.detail.kind).to.equal("line");
    expect(ev.detail.line).to.equal("basic");
    const csv = el.toCsv()!;
    expect(csv).to.contain("basic,基本电费,2220,kW,28,30,62160,");
    expect(csv).to.contain("printed:basic");
  });

  it("passes axe in zh-CN and en", async () => {
    for (const lang of ["zh-CN", "en"])
      await expect(await billEl(lang, demand.input, demand.printed!)).to.be.accessible();
  });

  it("matches the visual baselines in zh-CN and en", async () => {
    await setViewport({ width: 1100, height: 900 });
    for (const lang of ["zh-CN", "en"]) {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 1020px; padding: 8px; background: #fff">
          <keylens-bill lang=${lang} .bill=${demand.input} .printed=${demand.printed}></keylens-bill>
        </div>`,
      );
      await frames(2);
      await visualDiff(wrap.querySelector("keylens-bill")!, `bill-${lang}`);
    }
  });
});
