import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from "lit";
import { formatIssue, type Issue, type Locale } from "@keylens/engine";
import { tableDisclosure } from "./data-table.ts";
import { downloadBlob, svgMarkup, svgPng } from "./export-image.ts";
import { loadRows, rowsFromText, type LoadFailure, type LoadResult } from "./load-rows.ts";
import { resolveLocale } from "./locale.ts";
import type { DataRow } from "./parse-csv.ts";
import { toCsv } from "./to-csv.ts";
import { uiText, type TextKey } from "./ui-text.ts";

// Engine paths that name the whole list an element passes in, not a field the reader could fix.
const WHOLE_INPUT = new Set(["rows", "values", "customers"]);

/** Detail of `keylens-select`: the customer rows picked (the host's own objects), and what was picked. */
export interface SelectDetail {
  readonly customers: readonly DataRow[];
  /** What the user picked: one customer, a tier, a quadrant, a brushed region, a lifecycle stage, or a bill line. */
  readonly kind: "customer" | "tier" | "quadrant" | "brush" | "stage" | "line";
  /** For a bill line: its id (`basic`, `energy:peak`, `pf`, …). */
  readonly line?: string | undefined;
  readonly tier?: string | undefined;
  readonly quadrant?: string | undefined;
  readonly stage?: string | undefined;
}

/** Detail of the cancellable `keylens-export` event fired before a download starts. */
export interface ExportDetail {
  readonly format: "png" | "svg" | "csv";
  readonly filename: string;
  readonly blob: Blob;
}

/** A table the element exports as CSV: header and rows of cells. */
export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: Iterable<readonly unknown[]>;
}

const MAX_LISTED_ISSUES = 8;
// From this many rows the engine call runs in its own task after a "computing" frame, so a dashboard's elements
// each take one task (about 0.6 s per element at 1,000,000 rows) instead of one long freeze.
const LARGE_ROWS = 200_000;
const FALLBACK_WIDTH = 640;
/** Hard cap on rows per element: each engine call over 1,000,000 rows is already ~0.7 s on a 2-core machine, and
 * beyond this a dashboard would hold the page for seconds and hundreds of MB. Above it the element shows an error. */
export const MAX_ROWS = 2_000_000;

/**
 * Shared base of the keylens elements: data from `customers` or `src`, language, size tracking, the error and
 * loading states, selection events and export. Not registered as an element itself.
 */
export class KeylensElement extends LitElement {
  /** Version of the widget, also written to the host's `data-version` attribute. */
  static readonly version = "0.1.0";

  static override properties: PropertyDeclarations = {
    src: { type: String, reflect: true },
    customers: { attribute: false },
    theme: { type: String, reflect: true },
    valueField: { type: String, attribute: "value-field" },
    idField: { type: String, attribute: "id-field" },
    nameField: { type: String, attribute: "name-field" },
    langTag: { type: String, attribute: "lang" },
    loadFailure: { state: true },
    loadedRows: { state: true },
    loading: { state: true },
    width: { state: true },
    tableOpen: { state: true },
  };

  /** URL of a JSON array of customers or a CSV file with a header row. */
  declare src: string | null;
  /** Customer rows; takes precedence over `src`. */
  declare customers: readonly DataRow[] | null;
  /** `light`, `dark`, or unset to follow `prefers-color-scheme`. */
  declare theme: string | null;
  /** Field holding each customer's value (defaults to `revenue`). */
  declare valueField: string;
  /** Field holding each customer's id (defaults to `id`). */
  declare idField: string;
  /** Field holding each customer's display name (defaults to `name`). */
  declare nameField: string;
  /** The `lang` attribute as given; `locale` is what the element uses. */
  declare langTag: string | null;
  declare protected loadFailure: LoadFailure | null;
  declare protected loadedRows: readonly DataRow[] | null;
  declare protected loading: boolean;
  /** Content width in CSS pixels, tracked with a ResizeObserver. */
  declare protected width: number;
  /** Whether the chart's data-table view is open (its rows are built only then). */
  declare protected tableOpen: boolean;

  private readyRows = new WeakSet<object>();
  private resizeObserver: ResizeObserver | null = null;
  private resizeFrame = 0;
  private loadController: AbortController | null = null;

  constructor() {
    super();
    this.src = null;
    this.customers = null;
    this.theme = null;
    this.valueField = "revenue";
    this.idField = "id";
    this.nameField = "name";
    this.langTag = null;
    this.loadFailure = null;
    this.loadedRows = null;
    this.loading = false;
    this.width = 0;
    this.tableOpen = false;
  }

  /** The language in use: the `lang` attribute, else the nearest ancestor's or the document's; zh-CN by default. */
  get locale(): Locale {
    return resolveLocale(this);
  }

  /** The rows in use: `customers` when set, else the rows loaded from `src`. */
  get rows(): readonly DataRow[] | null {
    return Array.isArray(this.customers) ? this.customers : this.loadedRows;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.dataset.version = KeylensElement.version;
    this.resizeObserver = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (w === this.width || w === 0) return;
      // Deferred a frame: changing layout inside the callback trips "ResizeObserver loop" errors.
      cancelAnimationFrame(this.resizeFrame);
      this.resizeFrame = requestAnimationFrame(() => {
        this.width = w;
      });
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    cancelAnimationFrame(this.resizeFrame);
    this.loadController?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has("src")) void this.load();
    if (this.width === 0) this.width = Math.floor(this.getBoundingClientRect().width) || FALLBACK_WIDTH;
  }

  /** Resolves when the current `src` has loaded (or failed) and the element has rendered it. */
  async dataReady(): Promise<void> {
    await this.updateComplete;
    while (this.loading || (this.rows && this.rows.length >= LARGE_ROWS && !this.readyRows.has(this.rows))) {
      await new Promise((r) => setTimeout(r, 10));
    }
    await this.updateComplete;
  }

  private async load(): Promise<void> {
    this.loadController?.abort();
    this.loadFailure = null;
    this.loadedRows = null;
    if (!this.src) {
      this.loading = false;
      return;
    }
    const controller = new AbortController();
    this.loadController = controller;
    this.loading = true;
    try {
      const result = await loadRows(this.src, controller.signal, (text, url, type) => this.parseText(text, url, type));
      if (controller.signal.aborted) return;
      if (result.ok) this.loadedRows = result.rows;
      else this.loadFailure = result.failure;
      this.loading = false;
    } catch {
      // Aborted by a newer src; that load owns the state now.
    }
  }

  /** Turns the text behind `src` into rows; elements with another input shape override it. */
  protected parseText(text: string, url: string, contentType: string): LoadResult {
    return rowsFromText(text, url, contentType);
  }

  /** Returns interface text in the element's language. */
  protected t(key: TextKey, params?: Readonly<Record<string, string | number>>): string {
    return uiText(this.locale, key, params);
  }

  /** Returns the loading, load-error or no-data view, or null when rows are ready. */
  protected renderDataState(): TemplateResult | null {
    if (this.customers !== null && this.customers !== undefined && !Array.isArray(this.customers))
      return this.renderError([this.t("errorNotArray")]);
    const n = this.rows?.length ?? 0;
    if (n > MAX_ROWS) {
      return this.renderError([
        this.t("errorTooMany", { n: n.toLocaleString(this.locale), max: MAX_ROWS.toLocaleString(this.locale) }),
      ]);
    }
    if (this.customers) return null;
    if (this.loading) return html`<div class="loading" part="loading" role="status">${this.t("loading")}</div>`;
    const f = this.loadFailure;
    if (f) {
      const text =
        f.kind === "http"
          ? this.t("errorHttp", { url: f.url, status: f.status })
          : f.kind === "network"
            ? this.t("errorNetwork", { url: f.url })
            : f.kind === "parse"
              ? this.t("errorParse", { url: f.url, detail: f.detail })
              : this.t("errorShape", { url: f.url });
      return this.renderError([text]);
    }
    if (!this.loadedRows) return this.renderError([this.t("errorNoData")]);
    return null;
  }

  /**
   * Returns a "computing" view and schedules the real render in a later task when the rows are large and not yet
   * computed; null otherwise.
   */
  protected renderDeferred(): TemplateResult | null {
    const rows = this.rows;
    if (!rows || rows.length < LARGE_ROWS || this.readyRows.has(rows)) return null;
    setTimeout(() => {
      this.readyRows.add(rows);
      this.requestUpdate();
    }, 0);
    return html`<div class="loading" part="loading" role="status">
      ${this.t("computing", { n: rows.length.toLocaleString(this.locale) })}
    </div>`;
  }

  /** Returns the in-element error view listing `messages`. */
  protected renderError(messages: readonly string[]): TemplateResult {
    const shown = messages.slice(0, MAX_LISTED_ISSUES);
    return html`<div class="error" part="error" role="alert">
      <strong>${this.t("errorTitle")}</strong>
      <ul>
        ${shown.map((m) => html`<li>${m}</li>`)}
        ${
          messages.length > shown.length
            ? html`<li>${this.t("errorMore", { n: messages.length - shown.length })}</li>`
            : nothing
        }
      </ul>
    </div>`;
  }

  /** Returns the error view for engine issues, each in the element's language. */
  /** Returns the chart's data-table view: a disclosure whose content is built only while it is open. */
  protected renderTableView(content: () => unknown): TemplateResult {
    return tableDisclosure(this.t("showTable"), this.tableOpen, (open) => (this.tableOpen = open), content);
  }

  protected renderIssues(issues: readonly Issue[]): TemplateResult {
    return this.renderError(issues.map((i) => this.issueText(i)));
  }

  /**
   * Returns an issue's message in the element's language. A path that is just the name of the list the element
   * handed to the engine ("rows", "values") means nothing to the reader, so it is left out; field paths stay.
   */
  protected issueText(issue: Issue): string {
    const wholeInput = issue.path.length === 1 && WHOLE_INPUT.has(String(issue.path[0]));
    return formatIssue(wholeInput ? { ...issue, path: [] } : issue, this.locale);
  }

  /** Fires `keylens-select` (bubbling, composed) with the picked rows. */
  protected emitSelect(detail: SelectDetail): void {
    this.dispatchEvent(new CustomEvent<SelectDetail>("keylens-select", { detail, bubbles: true, composed: true }));
  }

  /** The chart's SVG for export, if the element draws one. */
  protected chartSvg(): SVGSVGElement | null {
    return this.renderRoot.querySelector("svg.chart");
  }

  /** Canvas layers painted under the SVG (scatter points), for export. */
  protected chartCanvases(): HTMLCanvasElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLCanvasElement>("canvas.layer")];
  }

  /** The rows the CSV export writes. Elements override this. */
  protected csvTable(): CsvTable | null {
    return null;
  }

  /** Base of exported file names. */
  protected exportName(): string {
    return this.localName;
  }

  /** Returns the element's data as CSV text (UTF-8 BOM, formula-like cells escaped), or null without data. */
  toCsv(): string | null {
    const table = this.csvTable();
    return table ? toCsv(table.header, table.rows) : null;
  }

  /** Returns the chart as standalone SVG markup, or null when nothing is drawn. */
  toSvg(): string | null {
    const svg = this.chartSvg();
    return svg ? svgMarkup(svg, this.chartCanvases()) : null;
  }

  /** Returns the chart as a PNG blob, or null when nothing is drawn. */
  async toPng(): Promise<Blob | null> {
    const svg = this.chartSvg();
    return svg ? svgPng(svg, this.chartCanvases()) : null;
  }

  /**
   * Exports the chart or data: fires the cancellable `keylens-export` event with the blob, then downloads it unless
   * a listener called `preventDefault()`.
   */
  async exportAs(format: "png" | "svg" | "csv"): Promise<void> {
    let blob: Blob | null = null;
    if (format === "csv") {
      const text = this.toCsv();
      if (text !== null) blob = new Blob([text], { type: "text/csv;charset=utf-8" });
    } else if (format === "svg") {
      const text = this.toSvg();
      if (text !== null) blob = new Blob([text], { type: "image/svg+xml" });
    } else blob = await this.toPng();
    if (!blob) return;
    const filename = `${this.exportName()}.${format}`;
    const event = new CustomEvent<ExportDetail>("keylens-export", {
      detail: { format, filename, blob },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (this.dispatchEvent(event)) downloadBlob(blob, filename);
  }

  /** Returns the export buttons. */
  protected renderExport(formats: readonly ("png" | "svg" | "csv")[] = ["png", "svg", "csv"]): TemplateResult {
    const key = { png: "exportPng", svg: "exportSvg", csv: "exportCsv" } as const;
    return html`<span class="controls" part="export" role="group" aria-label=${this.t("exportLabel")}>
      ${formats.map(
        (f) =>
          html`<button type="button" data-export=${f} @click=${() => void this.exportAs(f)}>${this.t(key[f])}</button>`,
      )}
    </span>`;
  }
}

/** Returns the display name of a row: `name-field`, else `id-field`, else its position. */
export function rowName(row: DataRow | undefined, nameField: string, idField: string, index: number): string {
  const name = row?.[nameField] ?? row?.[idField];
  return name === null || name === undefined || name === "" ? `#${index + 1}` : String(name);
}
