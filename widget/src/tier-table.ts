import { css, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from "lit";
import type { AbcResult, Result } from "@keylens/engine";
import { formatNumber, formatPercent } from "./format-number.ts";
import { KeylensElement, rowName, type CsvTable } from "./keylens-element.ts";
import type { DataRow } from "./parse-csv.ts";
import { labelList, numberList, type ParetoMethod } from "./pareto.ts";
import { baseStyles } from "./theme.ts";
import { explainItem, missingField, tierRows } from "./tier-rows.ts";

/** A sortable column of the tier table. */
export type TierTableColumn = "rank" | "name" | "value" | "share" | "cumShare" | "tier";

const COLUMNS: readonly TierTableColumn[] = ["rank", "name", "value", "share", "cumShare", "tier"];
const EXCLUDED = "__excluded__";
// One page is at most this many rows: a host's page-size="1000000" would otherwise put every row in the DOM at once.
const MAX_PAGE_SIZE = 500;

/**
 * A table of customers with the tier the engine gave each and why (客户分级明细): sortable columns, a tier filter, a
 * search box, paging, and the engine's per-customer figures (rank, share, cumulative share, boundary and tie flags).
 *
 * @fires keylens-select - `{customers: [row], kind: "customer", tier}` when a customer is chosen
 * @fires keylens-export - cancellable, `{format: "csv", filename, blob}` before a download
 * @csspart toolbar - title, filter, search and export
 * @csspart table - the table
 * @csspart pager - the paging controls
 * @csspart error - the error box
 * @cssprop --keylens-tier-1 - colour of the first tier's badge (also -2 … -6)
 */
export class KeylensTierTable extends KeylensElement {
  static override styles = [
    baseStyles,
    css`
      .table-wrap {
        overflow: auto;
        border: 1px solid var(--_border);
        border-radius: 6px;
      }
      table {
        min-width: 640px;
      }
      th {
        position: sticky;
        top: 0;
        white-space: nowrap;
      }
      th button {
        all: unset;
        cursor: pointer;
        display: inline-flex;
        gap: 4px;
        align-items: center;
      }
      th button .arrow {
        font-size: 0.8em;
        opacity: 0.7;
      }
      tbody th {
        background: transparent;
        font-weight: 400;
        color: var(--_fg);
        position: static;
        white-space: normal;
      }
      td.explain {
        color: var(--_muted);
        font-size: 0.92em;
        min-width: 240px;
      }
      tr:hover td,
      tr:hover th {
        background: var(--_surface);
      }
      .name-button {
        all: unset;
        cursor: pointer;
        color: var(--_accent);
        font-weight: 500;
        word-break: break-all;
      }
      .name-button:focus-visible {
        outline: 2px solid var(--_focus);
        outline-offset: 2px;
      }
      .badge {
        display: inline-block;
        min-width: 1.8em;
        text-align: center;
        padding: 0 6px;
        border-radius: 4px;
        font-weight: 600;
        border: 1.5px solid var(--_c, var(--_tier-4));
        color: var(--_fg);
        background: var(--_bg);
      }
      .pager {
        display: flex;
        gap: 8px;
        align-items: center;
        justify-content: flex-end;
        color: var(--_muted);
        font-size: 0.9em;
      }
      .pager .count {
        margin-inline-end: auto;
      }
      label {
        display: inline-flex;
        gap: 6px;
        align-items: center;
        font-size: 0.9em;
        color: var(--_muted);
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    method: { type: String, reflect: true },
    cutoffs: { type: String },
    labels: { type: String },
    heading: { type: String },
    pageSize: { type: Number, attribute: "page-size" },
    tierFilter: { type: String, attribute: "tier-filter" },
    sortKey: { state: true },
    sortDescending: { state: true },
    query: { state: true },
    page: { state: true },
  };

  /** `value` (default), `count` or `computed`, as for `<keylens-pareto>`. */
  declare method: ParetoMethod;
  /** Comma-separated cumulative limits; the engine's defaults when unset. */
  declare cutoffs: string | null;
  /** Comma-separated tier labels; A, B, C… when unset. */
  declare labels: string | null;
  /** Title above the table; a localized default when unset. */
  declare heading: string | null;
  /** Rows per page (defaults to 25). */
  declare pageSize: number;
  /** Show only this tier label (or all when empty). */
  declare tierFilter: string;
  declare protected sortKey: TierTableColumn;
  declare protected sortDescending: boolean;
  declare protected query: string;
  declare protected page: number;

  constructor() {
    super();
    this.method = "value";
    this.cutoffs = null;
    this.labels = null;
    this.heading = null;
    this.pageSize = 25;
    this.tierFilter = "";
    this.sortKey = "rank";
    this.sortDescending = false;
    this.query = "";
    this.page = 0;
  }

  /** The engine's tiering of the current rows, shared with other elements given the same rows and options. */
  get result(): Result<AbcResult> | null {
    const rows = this.rows;
    if (!rows) return null;
    return tierRows(rows, {
      valueField: this.valueField,
      idField: this.idField,
      method: this.method === "count" || this.method === "computed" ? this.method : "value",
      cutoffs: numberList(this.cutoffs),
      labels: labelList(this.labels),
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (["customers", "loadedRows", "method", "tierFilter", "query"].some((k) => changed.has(k))) this.page = 0;
  }

  /** Input indices of the rows shown (all pages), filtered and sorted. */
  visibleIndices(r: AbcResult): number[] {
    const rows = this.rows ?? [];
    const q = this.query.trim().toLowerCase();
    const indices: number[] = [...r.order, ...r.excluded.indices];
    const filtered = indices.filter((i) => {
      if (this.tierFilter) {
        if (this.tierFilter === EXCLUDED ? r.tierIndex[i]! >= 0 : r.tier[i] !== this.tierFilter) return false;
      }
      if (!q) return true;
      const row = rows[i];
      const name = rowName(row, this.nameField, this.idField, i).toLowerCase();
      const id = String(row?.[this.idField] ?? "").toLowerCase();
      return name.includes(q) || id.includes(q);
    });
    const key = this.sortKey;
    if (key === "rank" && !this.sortDescending) return filtered;
    const value = (i: number): number | string => {
      switch (key) {
        case "name":
          return rowName(rows[i], this.nameField, this.idField, i);
        case "tier":
          return r.tierIndex[i]! < 0 ? 99 : r.tierIndex[i]!;
        case "value":
          return r.tierIndex[i]! < 0 ? -Infinity : r.value[i]!;
        case "share":
          return r.share[i]!;
        case "cumShare":
          return r.tierIndex[i]! < 0 ? Infinity : r.cumShare[i]!;
        default:
          return r.rank[i]! > 0 ? r.rank[i]! : Infinity;
      }
    };
    const collator = new Intl.Collator(this.locale);
    const dir = this.sortDescending ? -1 : 1;
    return filtered
      .map((i) => ({ i, v: value(i) }))
      .sort((a, b) => {
        const c =
          typeof a.v === "string" && typeof b.v === "string"
            ? collator.compare(a.v, b.v)
            : (a.v as number) < (b.v as number)
              ? -1
              : (a.v as number) > (b.v as number)
                ? 1
                : 0;
        return c * dir || a.i - b.i;
      })
      .map((x) => x.i);
  }

  override render(): TemplateResult {
    const title = this.heading ?? this.t("tierTableTitle");
    const state = this.renderDataState() ?? this.renderDeferred();
    if (state)
      return html`<div class="frame">
        <h3 class="title">${title}</h3>
        ${state}
      </div>`;
    const missing = missingField(this.rows ?? [], this.valueField);
    if (missing) {
      const text = this.t("errorField", { field: missing, attr: "value-field" });
      return html`<div class="frame">
        <h3 class="title">${title}</h3>
        ${this.renderError([text])}
      </div>`;
    }
    const result = this.result!;
    if (!result.success) {
      return html`<div class="frame">
        <h3 class="title">${title}</h3>
        ${this.renderIssues(result.issues)}
      </div>`;
    }
    const r = result.data;
    const indices = this.visibleIndices(r);
    const size = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(this.pageSize) || 25));
    const pages = Math.max(1, Math.ceil(indices.length / size));
    const page = Math.min(this.page, pages - 1);
    const shown = indices.slice(page * size, page * size + size);
    const rows = this.rows ?? [];
    return html`<div class="frame">
      <div class="toolbar" part="toolbar">
        <h3 class="title" id="title">${title}</h3>
        <div class="controls">
          <label
            >${this.t("filterTier")}
            <select
              .value=${this.tierFilter}
              @change=${(e: Event) => (this.tierFilter = (e.target as HTMLSelectElement).value)}
            >
              <option value="">${this.t("allTiers")}</option>
              ${r.tiers.map(
                (t) => html`<option value=${t.label} ?selected=${this.tierFilter === t.label}>${t.label}</option>`,
              )}
              ${
                r.excluded.indices.length
                  ? html`<option value=${EXCLUDED} ?selected=${this.tierFilter === EXCLUDED}>
                      ${this.t("excluded")}
                    </option>`
                  : nothing
              }
            </select>
          </label>
          <input
            type="search"
            aria-label=${this.t("search")}
            placeholder=${this.t("search")}
            .value=${this.query}
            @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
          />
          ${this.renderExport(["csv"])}
        </div>
      </div>
      <div class="table-wrap" part="table">
        <table aria-labelledby="title">
          <thead>
            <tr>
              ${COLUMNS.map((c) => this.renderHeader(c))}
              <th scope="col">${this.t("explanation")}</th>
            </tr>
          </thead>
          <tbody>
            ${shown.map((i) => {
              const row = rows[i];
              const ti = r.tierIndex[i]!;
              const excluded = ti < 0;
              return html`<tr data-index=${i}>
                <td class="num">${excluded ? "–" : r.rank[i]}</td>
                <th scope="row">
                  <button
                    type="button"
                    class="name-button"
                    @click=${() =>
                      this.emitSelect({ customers: row ? [row] : [], kind: "customer", tier: r.tier[i] ?? undefined })}
                  >
                    ${rowName(row, this.nameField, this.idField, i)}
                  </button>
                </th>
                <td class="num">
                  ${excluded ? rawText(row?.[this.valueField]) : formatNumber(r.value[i], this.locale)}
                </td>
                <td class="num">${excluded ? "–" : formatPercent(r.share[i], this.locale, 2)}</td>
                <td class="num">${excluded ? "–" : formatPercent(r.cumShare[i], this.locale, 1)}</td>
                <td>${excluded ? "–" : html`<span class="badge t${ti}">${r.tier[i]}</span>`}</td>
                <td class="explain">${explainItem(r, i, this.locale)}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      <div class="pager" part="pager">
        <span class="count">${this.t("rowsCount", { n: formatNumber(indices.length, this.locale, 0) })}</span>
        <button type="button" ?disabled=${page === 0} @click=${() => (this.page = page - 1)}>
          ${this.t("pagePrev")}
        </button>
        <span>${this.t("pageOf", { page: page + 1, pages })}</span>
        <button type="button" ?disabled=${page >= pages - 1} @click=${() => (this.page = page + 1)}>
          ${this.t("pageNext")}
        </button>
      </div>
    </div>`;
  }

  private renderHeader(c: TierTableColumn): TemplateResult {
    const label = this.t(c === "name" ? "name" : c === "cumShare" ? "cumShare" : c);
    const active = this.sortKey === c;
    const sort = active ? (this.sortDescending ? "descending" : "ascending") : "none";
    const numeric = c !== "name" && c !== "tier";
    return html`<th scope="col" class=${numeric ? "num" : ""} aria-sort=${sort}>
      <button type="button" data-sort=${c} @click=${() => this.sortBy(c)}>
        ${label}<span class="arrow" aria-hidden="true">${active ? (this.sortDescending ? "▼" : "▲") : ""}</span>
      </button>
    </th>`;
  }

  private sortBy(c: TierTableColumn): void {
    if (this.sortKey === c) this.sortDescending = !this.sortDescending;
    else {
      this.sortKey = c;
      this.sortDescending = c === "value" || c === "share";
    }
  }

  protected override csvTable(): CsvTable | null {
    const result = this.result;
    if (!result?.success) return null;
    const r = result.data;
    const rows = this.rows ?? [];
    const header = [
      this.t("rank"),
      this.t("id"),
      this.t("name"),
      this.t("value"),
      this.t("share"),
      this.t("cumShare"),
      this.t("tier"),
      this.t("explanation"),
    ];
    const out = this.visibleIndices(r).map((i) => {
      const row: DataRow | undefined = rows[i];
      const excluded = r.tierIndex[i]! < 0;
      return [
        excluded ? null : r.rank[i],
        row?.[this.idField] ?? null,
        rowName(row, this.nameField, this.idField, i),
        excluded ? null : r.value[i],
        excluded ? null : r.share[i],
        excluded ? null : r.cumShare[i],
        r.tier[i] ?? null,
        explainItem(r, i, this.locale),
      ];
    });
    return { header, rows: out };
  }

  protected override exportName(): string {
    return "keylens-tier-table";
  }
}

function rawText(v: unknown): string {
  return v === null || v === undefined || v === "" ? "–" : String(v);
}
