import { mountTaskpane, type TaskpaneHost } from "../src/taskpane/taskpane.ts";

// The add-in's task pane in Chromium against a stub Office host: the selection is read through a fake
// Excel.RequestContext and the hosted dashboard (or, until the widget has one, its Pareto chart) renders it.
const selection = [
  ["客户", "收入", "频率"],
  ["甲", 27000, 12],
  ["乙", 24000, 3],
  ["丙", 18000, 9],
  ["丁", 6000, 1],
];

/** Mocha is the runner's framework; addin/ does not depend on @open-wc/testing, so a small deep-equal is enough. */
function same(actual: unknown, expected: unknown, what = "value") {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

/** A stub host whose column D (beside the selection A1:C5) holds `beside`; records what a write put there. */
function stubHost(beside: unknown[][] = [[""], [""], [""], [""], [""]]) {
  const host = {
    written: undefined as unknown[][] | undefined,
    syncs: 0,
    beside,
    /** The selected cells, as the sheet holds them now. */
    values: selection as unknown[][],
    locale: "zh-CN" as const,
    onSelectionChanged: () => undefined,
    run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const target = {
        address: "Sheet1!D1:D5",
        formulas: host.beside,
        values: undefined as unknown[][] | undefined,
        load: () => undefined,
      };
      const range = {
        isNullObject: false,
        address: "Sheet1!A1:C5",
        values: host.values,
        rowIndex: 0,
        columnIndex: 0,
        rowCount: 5,
        columnCount: 3,
        worksheet: { name: "Sheet1", load: () => undefined, getUsedRange: () => ({}) },
        // The selection lies inside the used range: its intersection with it is itself.
        getIntersectionOrNullObject: () => range,
        load: () => undefined,
      };
      const context = {
        workbook: {
          getSelectedRange: () => range,
          worksheets: { getItem: () => ({ getRangeByIndexes: () => target }) },
        },
        sync: async () => {
          host.syncs += 1;
          if (target.values) host.written = target.values;
        },
      };
      return batch(context as unknown as Excel.RequestContext);
    },
  };
  return host satisfies TaskpaneHost;
}

/** Waits until `done()` holds, a frame at a time (a click's handler runs asynchronously). */
async function until(done: () => boolean, what: string) {
  for (let i = 0; i < 100 && !done(); i += 1) await new Promise((r) => requestAnimationFrame(r));
  if (!done()) throw new Error(`timed out waiting for ${what}`);
}

describe("add-in task pane (stub Office)", () => {
  it("mountTaskpane(root, host) charts the selected range with the widget", async () => {
    const root = document.createElement("main");
    document.body.append(root);
    const pane = mountTaskpane(root, stubHost());
    await pane.refresh();
    same(root.querySelector(".kl-address")!.textContent, "Sheet1!A1:C5", "address");
    const chart = pane.dashboard as HTMLElement & { customers?: unknown[]; updateComplete?: Promise<unknown> };
    same(chart.localName.startsWith("keylens-"), true, "hosts a keylens element");
    same(customElements.get(chart.localName) !== undefined, true, `${chart.localName} is defined`);
    same(chart.customers?.length, 4, "customers");
    same(chart.getAttribute("value-field"), "收入", "value-field");
    await chart.updateComplete;
    // The dashboard draws its Pareto chart in a nested <keylens-pareto>; the bare Pareto chart draws it itself.
    const pareto = (chart.shadowRoot!.querySelector("keylens-pareto") ?? chart) as HTMLElement & {
      updateComplete?: Promise<unknown>;
    };
    await pareto.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    same(pareto.shadowRoot!.querySelectorAll("rect.bar").length, 4, "bars rendered");
    root.remove();
  });

  it("writes the tier column beside the range on request", async () => {
    const root = document.createElement("main");
    document.body.append(root);
    const host = stubHost();
    const pane = mountTaskpane(root, host);
    await pane.refresh();
    const outcome = await pane.writeBack();
    same(outcome, { written: true, address: "Sheet1!D1:D5" }, "outcome");
    same(host.written, [["客户分级"], ["A"], ["A"], ["B"], ["C"]], "written column");
    root.remove();
  });

  it("computes the written column from the cells as they are at the click, not at the last selection change", async () => {
    const root = document.createElement("main");
    document.body.append(root);
    const host = stubHost();
    const pane = mountTaskpane(root, host);
    await pane.refresh();
    // 丁 grows from 6,000 to 90,000 after the pane last read the selection.
    host.values = selection.map((row, i) => (i === 4 ? ["丁", 90000, 1] : row));
    await pane.writeBack();
    same(
      host.written,
      [["客户分级"], ["A"], ["B"], ["C"], ["A"]],
      "written column (not A, A, B, C from the old values)",
    );
    root.remove();
  });

  it("asks before overwriting an occupied column: cancel writes nothing, overwrite writes", async () => {
    const root = document.createElement("main");
    document.body.append(root);
    const host = stubHost([["备注"], [""], ["保留"], [""], [""]]);
    const pane = mountTaskpane(root, host);
    await pane.refresh();
    const confirm = root.querySelector<HTMLElement>(".kl-confirm")!;
    same(confirm.hidden, true, "no confirmation before a write");

    same((await pane.writeBack())?.written, false, "refused");
    same(host.written, undefined, "nothing written when refused");
    same(confirm.hidden, false, "confirmation shown");
    same(confirm.getAttribute("role"), "alertdialog", "confirmation role");
    same(confirm.textContent?.includes("Sheet1!D1:D5 中已有 2 个非空单元格"), true, "says where and how many");
    same(document.activeElement, root.querySelector(".kl-cancel"), "focus on cancel");

    root.querySelector<HTMLButtonElement>(".kl-cancel")!.click();
    same(confirm.hidden, true, "cancel hides the confirmation");
    same(host.written, undefined, "nothing written after cancel");
    same(root.querySelector(".kl-status")!.textContent, "已取消，未写入任何单元格。", "cancel status");

    await pane.writeBack();
    root.querySelector<HTMLButtonElement>(".kl-overwrite")!.click();
    await until(() => host.written !== undefined, "the overwrite");
    same(host.written, [["客户分级"], ["A"], ["A"], ["B"], ["C"]], "written after overwrite");
    same(confirm.hidden, true, "confirmation gone after overwrite");
    same(root.querySelector(".kl-status")!.textContent, "已写入 Sheet1!D1:D5。", "written status");
    root.remove();
  });
});
