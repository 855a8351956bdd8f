// Property-based fuzzing of every element (issue 7 §1): arbitrary rows and attribute values must never raise an
// uncaught error, and each element must end in its data view or its error state. Runs are bounded and the seed is
// fixed so `pnpm test` is repeatable; KEYLENS_FUZZ_RUNS / KEYLENS_FUZZ_SEED (read by the runner's config) run
// longer or elsewhere. A failure prints fast-check's counterexample, seed and path.
import fc from "fast-check";
import { expect } from "@open-wc/testing";
import { executeServerCommand } from "@web/test-runner-commands";
import "../src/define.ts";
import type { KeylensElement } from "../src/keylens-element.ts";
import { csvRecords } from "../src/parse-csv.ts";
import { frames } from "./helpers.ts";

interface FuzzConfig {
  readonly runs: number;
  readonly seed: number;
}

const config = (await executeServerCommand<FuzzConfig, undefined>("keylens-fuzz-config")) ?? { runs: 40, seed: 7 };
const bills = (await (await fetch(new URL("./fixtures/bills.json", import.meta.url))).json()) as {
  bills: Record<string, unknown>[];
};

// ---- arbitraries -------------------------------------------------------------------------------------------------

const FIELDS = [
  "id",
  "name",
  "revenue",
  "ordersPerYear",
  "shareOfWallet",
  "monthlyVolumes",
  "monthlyProfits",
  "profit",
  "",
  "__proto__",
  "constructor",
  "toString",
  "名称",
];

const numberish = fc.oneof(
  fc.double(),
  fc.integer({ min: -1000, max: 1_000_000_000 }),
  fc.constantFrom(0, -0, 1, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity),
  fc.constantFrom("NaN", "Infinity", "-Infinity", "1e3", " 12 ", "1,000", "0x10", "", "12%", "—", "null", "undefined"),
);

const textish = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.constantFrom("<b>x</b>", "=1+1", "-2", "\u202Eabc", "javascript:alert(1)", "a".repeat(3000)),
);

const leaf = fc.oneof(
  { weight: 5, arbitrary: numberish },
  { weight: 3, arbitrary: textish },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false) },
  { weight: 1, arbitrary: fc.array(numberish, { maxLength: 14 }) },
  { weight: 1, arbitrary: fc.constantFrom({}, [], { valueOf: 3 }, [[1]]) },
);

const row = fc.oneof(
  { weight: 12, arbitrary: fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 6 })), leaf) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, 0, "row", [], [1, 2]) },
);

/** Rows: mixed types, missing fields, duplicates (the same objects twice), or an empty array. */
const rowList = fc
  .tuple(fc.array(row, { maxLength: 40 }), fc.boolean())
  .map(([list, duplicate]) => (duplicate ? [...list, ...list] : list));
/** What a host may assign to `customers`: rows, or now and then something that is not an array at all. */
const rows = fc.oneof(
  { weight: 20, arbitrary: rowList },
  { weight: 1, arbitrary: fc.constantFrom<unknown>({}, "abc", 42, { length: 3 }, new Map()) },
);

/** An attribute value: usually one that means something to the element, otherwise anything. */
const attr = (...meaningful: string[]) =>
  fc.option(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...meaningful) },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
      { weight: 1, arbitrary: fc.constantFrom("", " ", "NaN", "-1", "0", "1e9", "null", "<i>x</i>") },
    ),
    { nil: null, freq: 3 },
  );

const field = attr(...FIELDS);
const common = {
  lang: attr("en", "zh-CN", "zh", "fr", "EN"),
  theme: attr("light", "dark"),
  "value-field": field,
  "id-field": field,
  "name-field": field,
};
const tiering = {
  method: attr("value", "count", "computed"),
  cutoffs: attr("0.8,0.95", "0.2,0.5,0.8", "0.5", "0.95,0.8", "1", "0,1", "0.5,0.5", "abc", "0.1，0.2"),
  labels: attr("A,B,C", "关键,重点,一般", "A", "A,A,A", ",,", "<b>A</b>,=B"),
  heading: attr("Title", "<img src=x onerror=alert(1)>"),
};
const ATTRIBUTES: Record<string, Record<string, fc.Arbitrary<string | null>>> = {
  "keylens-pareto": { ...common, ...tiering, height: attr("320", "0", "-50", "100000", "abc") },
  "keylens-tier-table": {
    ...common,
    ...tiering,
    "page-size": attr("25", "1", "0", "-3", "1e9", "2.5", "abc"),
    "tier-filter": attr("A", "B", "C", "__excluded__", "Z"),
  },
  "keylens-quadrant": {
    ...common,
    "x-field": field,
    "y-field": field,
    "size-field": field,
    "x-split": attr("median", "mean", "q0.75", "q0", "q1", "q2", "0.5", "-1e308", "abc"),
    "y-split": attr("median", "mean", "q0.25", "0.5", "1e308", "q"),
    preset: attr("loyalty", "value", "none"),
    renderer: attr("svg", "canvas", "density"),
    height: attr("380", "0", "-1", "5000", "abc"),
  },
  "keylens-dashboard": {
    ...common,
    "x-field": field,
    "y-field": field,
    preset: attr("loyalty", "value", "none"),
    method: attr("value", "count", "computed"),
    "volumes-field": field,
    "profits-field": field,
  },
  "keylens-bill": {
    lang: common.lang,
    "bill-id": attr("B1", "B2", "2024-07-demand", "missing"),
    "only-differences": attr(""),
    heading: tiering.heading,
  },
};

/** Every [path, value] leaf of a JSON value, so a bill can be mutated one field at a time. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object") return [prefix];
  const out: (string | number)[][] = [prefix];
  for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, Array.isArray(value) ? Number(k) : k]));
  return out;
}

function mutate(entry: unknown, edits: readonly [(string | number)[], unknown][]): unknown {
  let copy = structuredClone(entry) as unknown;
  for (const [path, value] of edits) {
    if (path.length === 0) {
      copy = value;
      continue;
    }
    let at = copy as Record<string | number, unknown> | null;
    for (const key of path.slice(0, -1)) at = (at?.[key] ?? null) as Record<string | number, unknown> | null;
    if (at && typeof at === "object") at[path[path.length - 1]!] = value;
  }
  return copy;
}

const billPaths = bills.bills.map((b) => paths(b));
/** Bill entries: the fixture's bills with some fields replaced by arbitrary values, or arbitrary rows. */
const billData = fc.oneof(
  fc
    .tuple(
      fc.nat(bills.bills.length - 1),
      fc.array(fc.tuple(fc.nat(10_000), fc.oneof(leaf, fc.constant(undefined))), { maxLength: 4 }),
    )
    .map(([which, edits]) => {
      const list = billPaths[which]!;
      return [
        mutate(
          bills.bills[which],
          edits.map(([p, v]) => [list[p % list.length]!, v]),
        ),
      ];
    }),
  fc.array(fc.oneof(fc.constantFrom(...bills.bills), row), { maxLength: 4 }),
);

/** `src` as a data: URL of arbitrary text (JSON or CSV), exercising the load path with the same rows. */
const srcText = fc.oneof(
  rowList.map((r) => ({ type: "application/json", text: JSON.stringify(r) ?? "" })),
  fc.string({ maxLength: 200 }).map((text) => ({ type: "text/csv", text })),
  fc
    .array(fc.array(fc.oneof(textish, numberish.map(String)), { maxLength: 5 }), { maxLength: 8 })
    .map((cells) => ({ type: "text/csv", text: cells.map((r) => r.join(",")).join("\n") })),
  fc.constantFrom(
    { type: "application/json", text: "{" },
    { type: "application/json", text: '{"customers": 3}' },
    { type: "text/plain", text: "" },
  ),
);

// ---- the property ------------------------------------------------------------------------------------------------

const caught: string[] = [];
window.addEventListener("error", (e) => caught.push(`error: ${e.message}`));
window.addEventListener("unhandledrejection", (e) => caught.push(`unhandledrejection: ${String(e.reason)}`));

type Shown = "data" | "error" | null;

/** Which view the element ended in: its data view, its error state, or neither (a failure). */
function shown(el: Element): Shown {
  const root = el.shadowRoot;
  if (!root) return null;
  const error = root.querySelector('[part~="error"]');
  if (error && error.textContent!.trim() !== "") return "error";
  switch (el.localName) {
    case "keylens-pareto":
    case "keylens-quadrant":
      return root.querySelector("svg.chart") ? "data" : null;
    case "keylens-tier-table":
      return root.querySelector("table tbody") ? "data" : null;
    case "keylens-bill":
      // The engine computes a bill with no charges (an input with no fields) as an empty bill of 0 yuan.
      return root.querySelector('[part~="table"] table tfoot') ? "data" : null;
    case "keylens-dashboard": {
      const panels = [...root.querySelectorAll("keylens-pareto, keylens-quadrant, keylens-tier-table")];
      return panels.length === 3 && panels.every((p) => shown(p) !== null) ? "data" : null;
    }
    default:
      return null;
  }
}

/** Waits for the element (and a dashboard's panels) to finish rendering, collecting a rejected update. */
async function settle(el: KeylensElement): Promise<void> {
  try {
    await el.dataReady();
    await frames(1);
    await el.updateComplete;
    for (const child of el.shadowRoot?.querySelectorAll<KeylensElement>("*") ?? []) {
      if ("dataReady" in child) {
        await child.dataReady();
        await child.updateComplete;
      }
    }
  } catch (e) {
    caught.push(`update: ${(e as Error)?.stack ?? String(e)}`);
  }
}

const GEOMETRY = ["x", "y", "width", "height", "cx", "cy", "r", "x1", "x2", "y1", "y2", "d", "transform"];

/** Returns the SVG geometry attributes that came out as NaN or Infinity in `root` and nested shadow roots. */
function badGeometry(root: ParentNode): string[] {
  const out: string[] = [];
  for (const node of root.querySelectorAll("*")) {
    if (node instanceof SVGElement) {
      for (const a of GEOMETRY) {
        const v = node.getAttribute(a);
        if (v !== null && /NaN|Infinity/.test(v)) out.push(`<${node.localName} ${a}="${v.slice(0, 40)}">`);
      }
    }
    if (node.shadowRoot) out.push(...badGeometry(node.shadowRoot));
  }
  return out;
}

/** Exercises the element's interactive paths and exports, as a user or host would. */
async function exercise(el: KeylensElement): Promise<void> {
  const targets = [el, ...(el.shadowRoot?.querySelectorAll<KeylensElement>("keylens-pareto, keylens-quadrant") ?? [])];
  for (const t of targets) {
    const plot = t.shadowRoot?.querySelector<HTMLElement>(".plot");
    if (plot) {
      for (const key of ["ArrowRight", "ArrowRight", "End", "PageUp", "Enter"])
        plot.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
      await t.updateComplete;
    }
    const details = t.shadowRoot?.querySelector("details");
    if (details) {
      details.open = true;
      await new Promise((r) => setTimeout(r, 0));
      await t.updateComplete;
    }
    const csv = t.toCsv();
    if (csv !== null) {
      expect(csv.charCodeAt(0), "CSV starts with a BOM").to.equal(0xfeff);
      for (const cell of csvRecords(csv.slice(1)).flat()) {
        // A cell a spreadsheet would run as a formula: only plain numbers may start with - or +.
        if (/^[=+\-@\t\r]/.test(cell)) expect(Number.isFinite(Number(cell)), `CSV cell ${cell}`).to.equal(true);
      }
    }
    t.toSvg();
  }
}

const counts: Record<string, number> = {};

function fuzz(tag: string, data: fc.Arbitrary<unknown>, property: "customers" | "bill" = "customers"): void {
  const label = property === "customers" ? tag : `${tag}.${property}`;
  it(`${label}: never throws and shows data or its error state for arbitrary data and attributes`, async function () {
    this.timeout(Math.max(20_000, config.runs * 1500));
    const attributes = fc.record(ATTRIBUTES[tag]!, { requiredKeys: [] });
    const input = fc.record({
      attributes,
      data,
      viaSrc: fc.option(srcText, { freq: 4 }),
    });
    let runs = 0;
    const result = await fc.check(
      fc.asyncProperty(input, async ({ attributes: attrs, data: value, viaSrc }) => {
        runs++;
        caught.length = 0;
        const host = document.createElement("div");
        host.className = "fuzz-host";
        document.body.append(host);
        const el = document.createElement(tag) as KeylensElement;
        try {
          for (const [name, v] of Object.entries(attrs)) if (typeof v === "string") el.setAttribute(name, v);
          if (viaSrc) el.setAttribute("src", `data:${viaSrc.type},${encodeURIComponent(viaSrc.text)}`);
          else (el as unknown as Record<string, unknown>)[property] = value;
          host.append(el);
          await settle(el);
          const view = shown(el);
          expect(view, `${tag} shows its data or its error state`).not.to.equal(null);
          if (view === "data") await exercise(el);
          await settle(el);
          expect(badGeometry(el.shadowRoot!), "SVG geometry is finite").to.deep.equal([]);
          expect(caught, "no uncaught error").to.deep.equal([]);
        } finally {
          host.remove();
        }
      }),
      { numRuns: config.runs, seed: config.seed },
    );
    counts[label] = runs;
    if (result.failed) {
      const cause = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
      throw new Error(`${cause}\n${(fc.defaultReportMessage(result) ?? "").slice(0, 3000)}`);
    }
    expect(result.numRuns).to.equal(config.runs);
  });
}

describe(`fuzzing every element (fast-check, seed ${config.seed}, ${config.runs} runs each)`, () => {
  before(() => {
    const style = document.createElement("style");
    style.textContent = ".fuzz-host { width: 640px; }";
    document.head.append(style);
  });

  fuzz("keylens-pareto", rows);
  fuzz("keylens-quadrant", rows);
  fuzz("keylens-tier-table", rows);
  fuzz(
    "keylens-bill",
    billData.map((list) => list[0] ?? null),
    "bill",
  );
  fuzz("keylens-bill", billData);
  fuzz("keylens-dashboard", rows);

  after(() => {
    // The closing note lists how many inputs each target tried; the runner prints browser logs.
    console.log(`keylens fuzz inputs tried: ${JSON.stringify(counts)}`);
  });
});
