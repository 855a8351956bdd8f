import type { Locale } from "@keylens/engine";
import { columnFor, type ColumnKind, type ColumnRequest } from "./columns.ts";
import { numericFields, readSelection, type SelectionTable } from "./selection.ts";
import { DASHBOARD_TAG, defineWidget } from "./widget.ts";
import { writeColumnBeside, type OverwriteConsent, type WriteBackOutcome } from "./write-back.ts";

/** What the task pane needs from Office: Excel.run, selection events and the language. Tests pass a stub. */
export interface TaskpaneHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  onSelectionChanged(listener: () => void): void;
  locale: Locale;
}

const text = {
  "zh-CN": {
    title: "KeyLens 图表窗格",
    hint: "选中一个区域，首行为字段名。",
    value: "数值字段",
    x: "横轴字段",
    y: "纵轴字段",
    method: "分级方法",
    methods: { value: "按金额占比", count: "按客户数", computed: "计算 ABC" },
    write: "写回列",
    kinds: { tier: "客户分级", quadrant: "象限", fee: "基本电费" },
    xSplit: "横轴分割值",
    ySplit: "纵轴分割值",
    price: "基本电价（元/kVA·月）",
    button: "写到所选区域右侧",
    loading: "正在加载图表组件…",
    widgetMissing: "图表组件不可用，函数与写回仍可使用。",
    empty: "所选区域没有数据行。",
    within: (read: string, selected: string) => `${read}（所选 ${selected} 中有数据的部分）`,
    occupied: (a: string, n: number) => `${a} 中已有 ${n} 个非空单元格，尚未写入。覆盖后这些内容将丢失。`,
    overwrite: "覆盖",
    cancel: "取消",
    cancelled: "已取消，未写入任何单元格。",
    noRoom: "所选区域右侧已是工作表的最后一列，无处写入。",
    failed: (m: string) => `写入失败：${m}`,
    written: (a: string) => `已写入 ${a}。`,
  },
  en: {
    title: "KeyLens chart pane",
    hint: "Select a range whose first row names the fields.",
    value: "Value field",
    x: "X field",
    y: "Y field",
    method: "Tier method",
    methods: { value: "Value share", count: "Customer count", computed: "Computed ABC" },
    write: "Write back",
    kinds: { tier: "Tier", quadrant: "Quadrant", fee: "Basic fee" },
    xSplit: "X split",
    ySplit: "Y split",
    price: "Price (yuan per kVA·month)",
    button: "Write beside the selection",
    loading: "Loading the chart component…",
    widgetMissing: "The chart component is unavailable; functions and write-back still work.",
    empty: "The selection has no data rows.",
    within: (read: string, selected: string) => `${read} (the part of ${selected} that holds data)`,
    occupied: (a: string, n: number) =>
      `${a} already holds ${n} non-empty cell${n === 1 ? "" : "s"}; nothing was written. Overwriting loses them.`,
    overwrite: "Overwrite",
    cancel: "Cancel",
    cancelled: "Cancelled; no cell was written.",
    noRoom: "The selection ends in the sheet's last column: there is no column beside it.",
    failed: (m: string) => `Could not write: ${m}`,
    written: (a: string) => `Wrote ${a}.`,
  },
} as const;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, content?: string) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (content !== undefined) el.textContent = content;
  return el;
}

function labelled(label: string, control: HTMLElement) {
  const wrap = element("label", "kl-field");
  wrap.append(element("span", undefined, label), control);
  return wrap;
}

function fillSelect(select: HTMLSelectElement, options: readonly (readonly [string, string])[], keep?: string) {
  const previous = keep ?? select.value;
  select.replaceChildren(
    ...options.map(([value, label]) => {
      const option = element("option", undefined, label);
      option.value = value;
      return option;
    }),
  );
  if (options.some(([v]) => v === previous)) select.value = previous;
}

/** The mounted pane: its current selection, and the actions the tests drive. */
export interface Taskpane {
  readonly dashboard: HTMLElement;
  readonly selection: () => SelectionTable | undefined;
  refresh(): Promise<void>;
  /** Writes the chosen column beside the selection; an occupied target asks for confirmation instead. */
  writeBack(): Promise<WriteBackOutcome | undefined>;
  /** The user's "overwrite" on the confirmation: writes over exactly the contents they were shown. */
  confirmOverwrite(): Promise<WriteBackOutcome | undefined>;
  /** The user's "cancel" on the confirmation: nothing is written. */
  cancelOverwrite(): void;
  request(): ColumnRequest;
}

/**
 * Mounts the task pane into `root`: field pickers over the selected range's header row, a <keylens-dashboard> over
 * its rows (refreshed when the selection changes), and a button that writes a tier, quadrant or fee column beside
 * the range.
 */
export function mountTaskpane(root: HTMLElement, host: TaskpaneHost): Taskpane {
  const t = text[host.locale];
  const status = element("p", "kl-status", t.hint);
  status.setAttribute("role", "status");
  const address = element("p", "kl-address");
  const valueField = element("select");
  const xField = element("select");
  const yField = element("select");
  const method = element("select");
  fillSelect(method, Object.entries(t.methods));
  const kind = element("select");
  fillSelect(kind, Object.entries(t.kinds));
  const xSplit = element("input");
  const ySplit = element("input");
  const price = element("input");
  for (const input of [xSplit, ySplit, price]) input.inputMode = "decimal";
  const button = element("button", "kl-write", t.button);
  button.type = "button";
  // The confirmation an occupied target column asks for: the write waits until the user picks one of the two.
  const confirmText = element("p");
  confirmText.id = "kl-confirm-text";
  const overwriteButton = element("button", "kl-overwrite", t.overwrite);
  const cancelButton = element("button", "kl-cancel", t.cancel);
  for (const b of [overwriteButton, cancelButton]) b.type = "button";
  const confirm = element("div", "kl-confirm");
  confirm.setAttribute("role", "alertdialog");
  confirm.setAttribute("aria-describedby", confirmText.id);
  confirm.append(confirmText, overwriteButton, cancelButton);
  confirm.hidden = true;
  const widgetState = element("p", "kl-loading", t.loading);
  widgetState.setAttribute("role", "status");
  // <keylens-dashboard> when the widget has it; until then its Pareto chart, so the pane still charts the range.
  const tag = defineWidget();
  const dashboard = document.createElement(tag ?? DASHBOARD_TAG);
  dashboard.setAttribute("lang", host.locale);
  widgetState.hidden = tag !== undefined;
  if (tag === undefined) widgetState.textContent = t.widgetMissing;
  const controls = element("form", "kl-controls");
  controls.append(
    labelled(t.value, valueField),
    labelled(t.x, xField),
    labelled(t.y, yField),
    labelled(t.method, method),
    labelled(t.write, kind),
    labelled(t.xSplit, xSplit),
    labelled(t.ySplit, ySplit),
    labelled(t.price, price),
    button,
  );
  root.replaceChildren(element("h1", undefined, t.title), address, controls, confirm, status, widgetState, dashboard);

  let table: SelectionTable | undefined;
  /** The occupied target the confirmation is about: what it held and the column that would go there. */
  let pending: { consent: OverwriteConsent; selection: SelectionTable; request: ColumnRequest } | undefined;

  function clearPending() {
    pending = undefined;
    confirm.hidden = true;
  }

  function showDashboard() {
    if (!table) return;
    const data = dashboard as HTMLElement & { customers?: unknown };
    data.customers = table.rows;
    dashboard.setAttribute("value-field", valueField.value);
    dashboard.setAttribute("x-field", xField.value);
    dashboard.setAttribute("y-field", yField.value);
    dashboard.setAttribute("method", method.value);
  }

  async function refresh() {
    table = await host.run((context) => readSelection(context));
    clearPending();
    address.textContent =
      table.address === table.selectedAddress ? table.address : t.within(table.address, table.selectedAddress);
    const numeric = numericFields(table);
    const options = numeric.map((f) => [f, f] as const);
    fillSelect(valueField, options, valueField.value || numeric[0]);
    fillSelect(xField, options, xField.value || numeric[0]);
    fillSelect(yField, options, yField.value || numeric[1] || numeric[0]);
    status.textContent = table.rows.length ? "" : t.empty;
    showDashboard();
  }

  function request(): ColumnRequest {
    return {
      kind: kind.value as ColumnKind,
      valueField: valueField.value || undefined,
      xField: xField.value || undefined,
      yField: yField.value || undefined,
      method: method.value,
      xSplit: xSplit.value,
      ySplit: ySplit.value,
      priceYuanPerKva: price.value,
    };
  }

  /** Computes the column and writes it, over an occupied target only with `consent`; reports in the status line. */
  async function write(selection: SelectionTable, asked: ColumnRequest, consent?: OverwriteConsent) {
    clearPending();
    const column = columnFor(selection, asked, host.locale);
    if (!column.success) {
      status.textContent = column.message;
      return undefined;
    }
    let outcome: WriteBackOutcome;
    try {
      outcome = await host.run((context) =>
        writeColumnBeside(context, selection, column.header, column.values, { consent }),
      );
    } catch (error) {
      status.textContent = t.failed(error instanceof Error ? error.message : String(error));
      return undefined;
    }
    if (outcome.written) status.textContent = t.written(outcome.address);
    else if (outcome.reason === "no_room") status.textContent = t.noRoom;
    else {
      pending = { consent: outcome.consent, selection, request: asked };
      confirmText.textContent = t.occupied(outcome.address, outcome.filled);
      status.textContent = "";
      confirm.hidden = false;
      cancelButton.focus();
    }
    return outcome;
  }

  async function writeBack() {
    // Read the selection again: cells edited since the last selection change must not be written from old values.
    try {
      await refresh();
    } catch (error) {
      status.textContent = t.failed(error instanceof Error ? error.message : String(error));
      return undefined;
    }
    if (!table || table.rows.length === 0) {
      status.textContent = t.empty;
      return undefined;
    }
    return write(table, request());
  }

  async function confirmOverwrite() {
    if (!pending) return undefined;
    const { selection, request: asked, consent } = pending;
    return write(selection, asked, consent);
  }

  function cancelOverwrite() {
    if (!pending) return;
    clearPending();
    status.textContent = t.cancelled;
  }

  // A confirmation is for the column the user asked for: changing any choice withdraws it.
  for (const control of [valueField, xField, yField, method, kind, xSplit, ySplit, price]) {
    control.addEventListener("change", () => {
      if (pending) cancelOverwrite();
    });
  }
  for (const select of [valueField, xField, yField, method]) select.addEventListener("change", showDashboard);
  button.addEventListener("click", () => void writeBack());
  overwriteButton.addEventListener("click", () => void confirmOverwrite());
  cancelButton.addEventListener("click", cancelOverwrite);
  host.onSelectionChanged(() => void refresh());
  return { dashboard, selection: () => table, refresh, writeBack, confirmOverwrite, cancelOverwrite, request };
}
