import {
  css,
  html,
  nothing,
  svg,
  type PropertyDeclarations,
  type PropertyValues,
  type SVGTemplateResult,
  type TemplateResult,
} from "lit";
import { abcCurve, type AbcResult, type AbcTierSummary, type Issue, type Result } from "@keylens/engine";
import { formatCompact, formatNumber, formatPercent } from "./format-number.ts";
import { linearScale, polylinePath } from "./scales.ts";
import { KeylensElement, rowName, type CsvTable } from "./keylens-element.ts";
import type { DataRow } from "./parse-csv.ts";
import { dataTable } from "./data-table.ts";
import { patternDefs } from "./patterns.ts";
import { clipLabel, textWidth } from "./text-width.ts";
import { limitText, missingField, tierRows } from "./tier-rows.ts";
import { baseStyles } from "./theme.ts";
import { isolateBidi, uiText } from "./ui-text.ts";

/** How tiers are cut: cumulative value share, count quotas, or computed ABC (domain/tiering.md §2.1–§2.3). */
export type ParetoMethod = "value" | "count" | "computed";

const METHODS: readonly ParetoMethod[] = ["value", "count", "computed"];
// Above this many customers the bars are drawn as one path per tier, a column per pixel (few marks at any n).
const MAX_BAR_MARKS = 600;
const TABLE_ROWS = 100;
// Plot height in px from the `height` attribute: NaN falls back to the default, anything taller is clamped.
const MAX_HEIGHT = 4000;
const MARGIN = { top: 34, right: 58, bottom: 40, left: 66 };

/** Returns the number list in an attribute such as "0.8, 0.95", or undefined when empty. */
export function numberList(text: string | null | undefined): number[] | undefined {
  if (!text || !text.trim()) return undefined;
  return text
    .split(/[,，\s]+/)
    .filter(Boolean)
    .map(Number);
}

/** Returns the label list in an attribute such as "关键,重点,一般", or undefined when empty. */
export function labelList(text: string | null | undefined): string[] | undefined {
  if (!text || !text.trim()) return undefined;
  return text
    .split(/[,，]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * A Pareto chart of customers (帕累托图): bars sorted by value, the cumulative value share on a second axis, tier
 * bands and cut lines labelled with the limits the engine used, and a tier summary. Tiers come from the engine's
 * `customerTiers`; the element only draws them.
 *
 * @fires keylens-select - `{customers, kind: "customer" | "tier", tier}` when a bar, tier or table row is chosen
 * @fires keylens-export - cancellable, `{format, filename, blob}` before a download
 * @fires keylens-method-change - `{method}` when the user switches the tiering method
 * @csspart toolbar - title and controls
 * @csspart plot - the focusable chart area
 * @csspart legend - the tier summary cards
 * @csspart table - the data-table disclosure
 * @csspart error - the error box
 * @cssprop --keylens-tier-1 - colour of the first tier (also -2 … -6)
 * @cssprop --keylens-line - colour of the cumulative line
 */
export class KeylensPareto extends KeylensElement {
  static override styles = [
    baseStyles,
    css`
      .band {
        fill: var(--_c);
        opacity: 0.07;
      }
      .bar {
        stroke: none;
      }
      .bar.dim {
        opacity: 0.35;
      }
      .pat-bg {
        fill: var(--_c);
      }
      .pat-fg {
        stroke: var(--_bg);
        stroke-opacity: 0.65;
        stroke-width: 1.2;
      }
      .pat-fg-fill {
        fill: var(--_bg);
        fill-opacity: 0.7;
      }
      .cum {
        fill: none;
        stroke: var(--_line);
        stroke-width: 2.2;
      }
      .cut {
        stroke: var(--_fg);
        stroke-opacity: 0.55;
        stroke-dasharray: 4 3;
      }
      .cut-label {
        font-size: 11.5px;
        font-weight: 600;
      }
      .focus-mark {
        fill: none;
        stroke: var(--_focus);
        stroke-width: 2;
      }
      .tip rect {
        fill: var(--_bg);
        stroke: var(--_border);
      }
      .tip .tip-title {
        font-weight: 600;
      }
      .axis-title {
        font-size: 11.5px;
      }
      .tiers {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(150px, 1fr));
        gap: 8px;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .tiers button {
        width: 100%;
        text-align: start;
        display: grid;
        gap: 2px;
        padding: 8px 10px;
        border-radius: 6px;
        border-inline-start: 4px solid var(--_c);
      }
      .tiers .tier-name {
        font-weight: 600;
      }
      .tiers .tier-line {
        color: var(--_muted);
        font-size: 0.92em;
        font-variant-numeric: tabular-nums;
      }
      .note {
        margin: 0;
        color: var(--_muted);
        font-size: 0.86em;
      }
      @media (forced-colors: active) {
        .pat-bg {
          fill: Canvas;
        }
        .pat-fg {
          stroke: CanvasText;
          stroke-opacity: 1;
        }
        .pat-fg-fill {
          fill: CanvasText;
          fill-opacity: 1;
        }
        .bar {
          stroke: CanvasText;
          stroke-width: 0.5;
        }
        .band {
          opacity: 0;
        }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    method: { type: String, reflect: true },
    cutoffs: { type: String },
    labels: { type: String },
    height: { type: Number },
    heading: { type: String },
    focusRank: { state: true },
    hoverRank: { state: true },
  };

  /** `value` (cumulative value share, default), `count` (count quotas) or `computed` (computed ABC). */
  declare method: ParetoMethod;
  /** Comma-separated cumulative limits, e.g. "0.7,0.9"; the engine's defaults when unset. */
  declare cutoffs: string | null;
  /** Comma-separated tier labels, e.g. "关键,重点,一般"; A, B, C… when unset. */
  declare labels: string | null;
  /** Height of the plot in px (defaults to 320). */
  declare height: number;
  /** Title shown above the chart; a localized default when unset. */
  declare heading: string | null;
  declare protected focusRank: number;
  declare protected hoverRank: number;

  constructor() {
    super();
    this.method = "value";
    this.cutoffs = null;
    this.labels = null;
    this.height = 320;
    this.heading = null;
    this.focusRank = 0;
    this.hoverRank = 0;
  }

  /** The engine's tiering of the current rows (null without rows), computed once per data and options change. */
  get result(): Result<AbcResult> | null {
    const rows = this.rows;
    if (!rows) return null;
    return tierRows(rows, {
      valueField: this.valueField,
      idField: this.idField,
      method: METHODS.includes(this.method) ? this.method : "value",
      cutoffs: numberList(this.cutoffs),
      labels: labelList(this.labels),
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has("customers") || changed.has("loadedRows") || changed.has("method")) {
      this.focusRank = 0;
      this.hoverRank = 0;
    }
  }

  override render(): TemplateResult {
    const state = this.renderDataState();
    const title = this.heading ?? this.t("paretoTitle");
    const toolbar = html`<div class="toolbar" part="toolbar">
      <h3 class="title">${title}</h3>
      <div class="controls">
        <div class="segmented" role="group" aria-label=${this.t("methodLabel")}>
          ${METHODS.map(
            (m) =>
              html`<button
                type="button"
                data-method=${m}
                aria-pressed=${this.method === m ? "true" : "false"}
                @click=${() => this.setMethod(m)}
              >
                ${this.t(m === "value" ? "methodValue" : m === "count" ? "methodCount" : "methodComputed")}
              </button>`,
          )}
        </div>
        ${state ? nothing : this.renderExport()}
      </div>
    </div>`;
    if (state) return html`<div class="frame">${toolbar}${state}</div>`;
    const deferred = this.renderDeferred();
    if (deferred) return html`<div class="frame">${toolbar}${deferred}</div>`;
    const missing = missingField(this.rows ?? [], this.valueField);
    if (missing) {
      const text = this.t("errorField", { field: missing, attr: "value-field" });
      return html`<div class="frame">${toolbar}${this.renderError([text])}</div>`;
    }
    const result = this.result;
    if (!result) return html`<div class="frame">${toolbar}${this.renderError([this.t("errorNoData")])}</div>`;
    if (!result.success) return html`<div class="frame">${toolbar}${this.renderIssues(result.issues)}</div>`;
    const r = result.data;
    return html`<div class="frame">
      ${toolbar} ${this.renderPlot(r, title)} ${this.renderTiers(r)} ${this.renderWarnings(result.warnings)}
      ${this.renderTable(r)}
    </div>`;
  }

  private setMethod(m: ParetoMethod): void {
    if (m === this.method) return;
    this.method = m;
    this.dispatchEvent(
      new CustomEvent("keylens-method-change", { detail: { method: m }, bubbles: true, composed: true }),
    );
  }

  private mainTiers(r: AbcResult): AbcTierSummary[] {
    return r.tiers.filter((t) => !t.separate);
  }

  private limitText(r: AbcResult, t: AbcTierSummary): string {
    return limitText(r, t, this.locale);
  }

  private summaryText(r: AbcResult): string {
    const parts = this.mainTiers(r).map((t) =>
      this.t("summaryTier", {
        label: t.label,
        count: t.count,
        countShare: formatPercent(t.countShare, this.locale),
        valueShare: formatPercent(t.valueShare, this.locale),
      }),
    );
    const excluded = r.n - r.classifiedCount;
    if (excluded > 0) parts.push(this.t("summaryExcluded", { n: excluded }));
    return parts.join(this.locale === "zh-CN" ? "；" : "; ") + (this.locale === "zh-CN" ? "。" : ".");
  }

  private rowAtRank(r: AbcResult, rank: number): { row: DataRow | undefined; index: number } {
    const index = r.order[rank - 1]!;
    return { row: this.rows?.[index], index };
  }

  private renderPlot(r: AbcResult, title: string): TemplateResult {
    const width = Math.max(280, this.width);
    const height = Math.min(MAX_HEIGHT, Math.max(200, this.height || 320));
    const m = r.rankedCount;
    const left = MARGIN.left;
    const plotW = width - MARGIN.left - MARGIN.right;
    const plotH = height - MARGIN.top - MARGIN.bottom;
    const top = MARGIN.top;
    const maxValue = m > 0 ? r.sortedValues[0]! : 1;
    const y = linearScale([0, maxValue], [top + plotH, top], 5);
    const yCum = linearScale([0, 1], [top + plotH, top]);
    const bw = m > 0 ? plotW / m : plotW;
    const xOf = (k: number) => left + k * bw;
    const tiers = this.mainTiers(r);
    const focus = this.focusRank > 0 ? this.focusRank : this.hoverRank;
    const uid = "kp";

    const bands: SVGTemplateResult[] = [];
    let prev = 0;
    for (const t of tiers) {
      if (t.boundaryIndex > prev) {
        bands.push(
          svg`<rect class="band t${t.index}" x=${xOf(prev)} y=${top} width=${xOf(t.boundaryIndex) - xOf(prev)} height=${plotH}></rect>`,
        );
      }
      prev = t.boundaryIndex;
    }

    const bars: SVGTemplateResult[] = [];
    if (m <= MAX_BAR_MARKS) {
      const gap = bw > 4 ? Math.min(2, bw * 0.18) : 0;
      for (let k = 1; k <= m; k++) {
        const v = r.sortedValues[k - 1]!;
        const ti = r.tierIndex[r.order[k - 1]!]!;
        const yv = y(v);
        bars.push(
          svg`<rect class="bar t${ti}" data-rank=${k} x=${xOf(k - 1) + gap / 2} y=${yv} width=${Math.max(0.5, bw - gap)} height=${Math.max(0, top + plotH - yv)} fill="url(#${uid}-${ti})"></rect>`,
        );
      }
    } else {
      // One path per tier; each pixel column is as tall as its first (largest) customer.
      const columns = Math.max(1, Math.floor(plotW));
      const paths = new Map<number, string[]>();
      for (let c = 0; c < columns; c++) {
        const k = Math.floor((c * m) / columns) + 1;
        const ti = r.tierIndex[r.order[k - 1]!]!;
        const yv = y(r.sortedValues[k - 1]!);
        const list = paths.get(ti) ?? [];
        list.push(`M${left + c},${top + plotH}V${yv}h1V${top + plotH}Z`);
        paths.set(ti, list);
      }
      for (const [ti, d] of paths) {
        bars.push(svg`<path class="bar t${ti}" data-tier=${ti} d=${d.join("")} fill="url(#${uid}-${ti})"></path>`);
      }
    }

    const curve = abcCurve(r, Math.max(50, Math.floor(plotW)));
    const cumPath = polylinePath(curve.map((p) => [left + p.x * plotW, yCum(p.y)] as const));

    // Cut lines and their labels: staggered into two rows where neighbours would overlap.
    const cuts: SVGTemplateResult[] = [];
    let lastEnd = -Infinity;
    let row = 0;
    tiers.forEach((t, i) => {
      if (i === tiers.length - 1) return;
      const x = xOf(t.boundaryIndex);
      const text = this.t("cutLabelValue", { label: t.label, limit: this.limitText(r, t) });
      const w = textWidth(text, 11.5);
      row = x - w - 4 < lastEnd + 6 ? 1 - row : 0;
      const anchorEnd = x - w - 4 > left;
      lastEnd = anchorEnd ? x - 4 : x + 4 + w;
      cuts.push(svg`<g class="cut-group" data-tier=${t.label}>
        <line class="cut" x1=${x} x2=${x} y1=${top - 4 - row * 14} y2=${top + plotH}></line>
        <text class="cut-label" x=${anchorEnd ? x - 4 : x + 4} y=${top - 8 - row * 14} text-anchor=${anchorEnd ? "end" : "start"}>${text}</text>
      </g>`);
    });

    const yTicks = y.ticks(5);
    const cumTicks = [0, 0.2, 0.4, 0.6, 0.8, 1];
    const rankTicks = rankTickValues(m, plotW);

    let focusMark: SVGTemplateResult | typeof nothing = nothing;
    let tip: SVGTemplateResult | typeof nothing = nothing;
    if (focus > 0 && focus <= m) {
      const { row, index } = this.rowAtRank(r, focus);
      const v = r.sortedValues[focus - 1]!;
      const x0 = xOf(focus - 1);
      const yv = y(v);
      focusMark = svg`<rect class="focus-mark" x=${x0 - 1} y=${yv - 1} width=${Math.max(2, bw) + 2} height=${top + plotH - yv + 2}></rect>`;
      const lines = [
        clipLabel(rowName(row, this.nameField, this.idField, index)),
        `${this.t("value")}: ${formatCompact(v, this.locale)}`,
        `${this.t("tier")}: ${isolateBidi(clipLabel(r.tier[index] ?? ""))} · ${this.t("rank")} ${focus}`,
        `${this.t("cumShare")}: ${formatPercent(r.cumShare[index], this.locale)}`,
      ];
      const tw = Math.max(...lines.map((l) => textWidth(l))) + 20;
      const th = lines.length * 17 + 10;
      const tx = Math.min(Math.max(left, x0 + bw + 8), left + plotW - tw);
      const ty = Math.max(top, Math.min(yv - th / 2, top + plotH - th));
      tip = svg`<g class="tip" transform="translate(${tx},${ty})">
        <rect width=${tw} height=${th} rx="5"></rect>
        ${lines.map((l, i) => svg`<text class=${i === 0 ? "tip-title" : "muted"} x="10" y=${20 + i * 17}>${l}</text>`)}
      </g>`;
    }

    return html`<div
      class="plot"
      part="plot"
      tabindex="0"
      role="application"
      aria-roledescription=${this.locale === "zh-CN" ? "图表" : "chart"}
      aria-label=${title}
      aria-describedby="summary help"
      @keydown=${(e: KeyboardEvent) => this.onKey(e, r)}
      @blur=${() => (this.focusRank = 0)}
    >
      <svg
        class="chart"
        width=${width}
        height=${height}
        viewBox="0 0 ${width} ${height}"
        aria-hidden="true"
        @pointermove=${(e: PointerEvent) => this.onPointer(e, r, left, bw, m)}
        @pointerleave=${() => (this.hoverRank = 0)}
        @click=${(e: MouseEvent) => this.onClick(e, r, left, bw, m)}
      >
        <defs>${patternDefs(uid, Math.max(r.labels.length, 1))}</defs>
        <g class="grid">${yTicks.map((v) => svg`<line x1=${left} x2=${left + plotW} y1=${y(v)} y2=${y(v)}></line>`)}</g>
        <g class="bands">${bands}</g>
        <g class="bars">${bars}</g>
        <g class="axis axis-y" part="axis-y">
          <line x1=${left} x2=${left} y1=${top} y2=${top + plotH}></line>
          ${yTicks.map(
            (v) =>
              svg`<text class="muted" x=${left - 8} y=${y(v)} text-anchor="end" dominant-baseline="middle">${formatCompact(v, this.locale)}</text>`,
          )}
          <text class="axis-title muted" x=${left - 8} y=${top - 22} text-anchor="start">${this.t("axisValue")}</text>
        </g>
        <g class="axis axis-cum">
          <line x1=${left + plotW} x2=${left + plotW} y1=${top} y2=${top + plotH}></line>
          ${cumTicks.map(
            (v) =>
              svg`<text class="muted" x=${left + plotW + 8} y=${yCum(v)} dominant-baseline="middle">${formatPercent(v, this.locale, 0)}</text>`,
          )}
        </g>
        <g class="axis axis-x" part="axis-x">
          <line x1=${left} x2=${left + plotW} y1=${top + plotH} y2=${top + plotH}></line>
          ${rankTicks.map(
            (k) =>
              svg`<text class="muted" x=${xOf(k) - bw / 2} y=${top + plotH + 16} text-anchor="middle">${formatNumber(k, this.locale, 0)}</text>`,
          )}
          <text class="axis-title muted" x=${left + plotW / 2} y=${top + plotH + 34} text-anchor="middle">
            ${this.t("axisRank", { n: formatNumber(m, this.locale, 0) })}
          </text>
        </g>
        <path class="cum" d=${cumPath}></path>
        <g class="cuts">${cuts}</g>
        ${focusMark} ${tip}
      </svg>
      <p id="summary" class="visually-hidden">${this.summaryText(r)}</p>
      <p id="help" class="visually-hidden">${this.t("chartHelp")}</p>
      <div class="visually-hidden" aria-live="polite" id="live">${this.announcement(r)}</div>
    </div>`;
  }

  private announcement(r: AbcResult): string {
    if (this.focusRank <= 0 || this.focusRank > r.rankedCount) return "";
    const { row, index } = this.rowAtRank(r, this.focusRank);
    return this.t("announceBar", {
      rank: this.focusRank,
      name: rowName(row, this.nameField, this.idField, index),
      value: formatCompact(r.sortedValues[this.focusRank - 1], this.locale),
      tier: r.tier[index] ?? "",
      cum: formatPercent(r.cumShare[index], this.locale),
    });
  }

  private onKey(e: KeyboardEvent, r: AbcResult): void {
    const m = r.rankedCount;
    if (m === 0) return;
    const current = this.focusRank || 0;
    const tiers = this.mainTiers(r);
    let next: number;
    switch (e.key) {
      case "ArrowRight":
      case "ArrowDown":
        next = Math.min(m, current + 1);
        break;
      case "ArrowLeft":
      case "ArrowUp":
        next = Math.max(1, current - 1);
        break;
      case "Home":
        next = 1;
        break;
      case "End":
        next = m;
        break;
      case "PageDown": {
        const t = tiers.find((t) => t.boundaryIndex >= Math.max(1, current) && t.boundaryIndex < m);
        next = t ? t.boundaryIndex + 1 : m;
        break;
      }
      case "PageUp": {
        const starts = [1, ...tiers.map((t) => t.boundaryIndex + 1)].filter((s) => s < current);
        next = starts.length ? starts[starts.length - 1]! : 1;
        break;
      }
      case "Enter":
      case " ":
        if (current > 0) this.selectRank(r, current);
        e.preventDefault();
        return;
      case "Escape":
        this.focusRank = 0;
        return;
      default:
        return;
    }
    e.preventDefault();
    this.focusRank = next;
  }

  private rankAt(e: MouseEvent, left: number, bw: number, m: number): number {
    const svgEl = e.currentTarget as SVGSVGElement;
    const x = e.clientX - svgEl.getBoundingClientRect().left;
    const k = Math.floor((x - left) / bw) + 1;
    return k >= 1 && k <= m ? k : 0;
  }

  private onPointer(e: PointerEvent, _r: AbcResult, left: number, bw: number, m: number): void {
    this.hoverRank = this.rankAt(e, left, bw, m);
  }

  private onClick(e: MouseEvent, r: AbcResult, left: number, bw: number, m: number): void {
    const k = this.rankAt(e, left, bw, m);
    if (k > 0) this.selectRank(r, k);
  }

  private selectRank(r: AbcResult, rank: number): void {
    const { row, index } = this.rowAtRank(r, rank);
    if (!row) return;
    this.emitSelect({ customers: [row], kind: "customer", tier: r.tier[index] ?? undefined });
  }

  private selectTier(r: AbcResult, t: AbcTierSummary): void {
    const rows = this.rows ?? [];
    const picked: DataRow[] = [];
    for (let i = 0; i < r.n; i++) if (r.tierIndex[i] === t.index) picked.push(rows[i]!);
    this.emitSelect({ customers: picked, kind: "tier", tier: t.label });
  }

  private renderTiers(r: AbcResult): TemplateResult {
    return html`<ul class="tiers" part="legend">
      ${r.tiers.map(
        (t) =>
          html`<li class="t${t.index}">
            <button type="button" data-tier=${t.label} @click=${() => this.selectTier(r, t)}>
              <span class="tier-name"><span class="swatch"></span>${t.label}</span>
              <span class="tier-line"
                >${this.t("customers")} ${formatNumber(t.count, this.locale, 0)} ·
                ${formatPercent(t.countShare, this.locale)}</span
              >
              <span class="tier-line">${this.t("valueShare")} ${formatPercent(t.valueShare, this.locale)}</span>
              ${
                t.limit !== null && !t.separate
                  ? html`<span class="tier-line">${this.t("limit")} ≤ ${this.limitText(r, t)}</span>`
                  : nothing
              }
            </button>
          </li>`,
      )}
    </ul>`;
  }

  private renderWarnings(warnings: readonly Issue[]): TemplateResult | typeof nothing {
    if (warnings.length === 0) return nothing;
    return html`<p class="note" part="warnings">
      ${warnings
        .slice(0, 3)
        .map((w) => this.issueText(w))
        .join(this.locale === "zh-CN" ? "；" : "; ")}
    </p>`;
  }

  private renderTable(r: AbcResult): TemplateResult {
    const shown = Math.min(TABLE_ROWS, r.rankedCount);
    const num = true;
    return this.renderTableView(
      () =>
        html`${dataTable(
          this.summaryText(r),
          [
            { label: this.t("tier") },
            { label: this.t("customers"), num },
            { label: this.t("customerShare"), num },
            { label: this.t("valueShare"), num },
            { label: this.t("limit"), num },
            { label: this.t("cutValue"), num },
          ],
          r.tiers.map(
            (t) =>
              html`<tr>
                <th scope="row">${t.label}</th>
                <td class="num">${formatNumber(t.count, this.locale, 0)}</td>
                <td class="num">${formatPercent(t.countShare, this.locale)}</td>
                <td class="num">${formatPercent(t.valueShare, this.locale)}</td>
                <td class="num">${this.limitText(r, t)}</td>
                <td class="num">${formatNumber(t.cutValue, this.locale)}</td>
              </tr>`,
          ),
        )}
        ${dataTable(
          this.t("tableRowsShown", { shown, total: r.n }),
          [
            { label: this.t("rank"), num },
            { label: this.t("name") },
            { label: this.t("value"), num },
            { label: this.t("share"), num },
            { label: this.t("cumShare"), num },
            { label: this.t("tier") },
          ],
          Array.from({ length: shown }, (_, k) => {
            const { row, index } = this.rowAtRank(r, k + 1);
            return html`<tr>
              <td class="num">${k + 1}</td>
              <th scope="row">${rowName(row, this.nameField, this.idField, index)}</th>
              <td class="num">${formatNumber(r.value[index], this.locale)}</td>
              <td class="num">${formatPercent(r.share[index], this.locale, 2)}</td>
              <td class="num">${formatPercent(r.cumShare[index], this.locale)}</td>
              <td>${r.tier[index] ?? ""}</td>
            </tr>`;
          }),
        )}`,
    );
  }

  protected override csvTable(): CsvTable | null {
    const result = this.result;
    if (!result?.success) return null;
    return paretoCsv(result.data, this.rows ?? [], this.nameField, this.idField, this.locale);
  }

  protected override exportName(): string {
    return "keylens-pareto";
  }
}

/** Returns the CSV table of a tiering: rank order first, then the excluded rows with their reason. */
export function paretoCsv(
  r: AbcResult,
  rows: readonly DataRow[],
  nameField: string,
  idField: string,
  locale: "zh-CN" | "en",
): CsvTable {
  const header = [
    uiText(locale, "rank"),
    uiText(locale, "id"),
    uiText(locale, "name"),
    uiText(locale, "value"),
    uiText(locale, "share"),
    uiText(locale, "cumShare"),
    uiText(locale, "tier"),
  ];
  const out: unknown[][] = [];
  for (let k = 1; k <= r.order.length; k++) {
    const i = r.order[k - 1]!;
    const row = rows[i];
    out.push([
      r.rank[i] || null,
      row?.[idField] ?? null,
      rowName(row, nameField, idField, i),
      r.value[i],
      r.share[i],
      r.cumShare[i],
      r.tier[i],
    ]);
  }
  r.excluded.indices.forEach((i, j) => {
    const row = rows[i];
    const reason = r.excluded.reasons[j];
    out.push([
      null,
      row?.[idField] ?? null,
      rowName(row, nameField, idField, i),
      reason === "missing" ? null : r.value[i],
      null,
      null,
      uiText(locale, reason === "missing" ? "reasonMissing" : reason === "zero" ? "reasonZero" : "reasonNegative"),
    ]);
  });
  return { header, rows: out };
}

function rankTickValues(m: number, plotW: number): number[] {
  if (m <= 0) return [];
  const maxTicks = Math.max(2, Math.floor(plotW / 70));
  if (m <= maxTicks) return Array.from({ length: m }, (_, i) => i + 1);
  const ticks = linearScale([1, m], [0, 1]).ticks(maxTicks);
  return ticks.filter((t) => t >= 1 && t <= m && Number.isInteger(t));
}
