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
import { quadtree, type Quadtree } from "d3-quadtree";
import {
  LOYALTY_PRESET,
  QUADRANT_KEYS,
  VALUE_PRESET,
  formatIssue,
  quadrants,
  type AxisSplit,
  type Issue,
  type QuadrantKey,
  type QuadrantPreset,
  type QuadrantResult,
  type Result,
} from "@keylens/engine";
import { formatCompact, formatNumber, formatPercent } from "./format-number.ts";
import { KeylensElement, rowName, type CsvTable } from "./keylens-element.ts";
import type { DataRow } from "./parse-csv.ts";
import { dataTable } from "./data-table.ts";
import { paintDensity, paintMarkers, SHAPES, type MarkerShape, type Rgb } from "./quadrant-paint.ts";
import { linearScale, type LinearScale } from "./scales.ts";
import { clipLabel, textWidth } from "./text-width.ts";
import { baseStyles } from "./theme.ts";
import { missingField } from "./tier-rows.ts";
import { isolateBidi } from "./ui-text.ts";

/** How the chart draws points: SVG marks, one canvas layer, or a density image. */
export type QuadrantRenderer = "svg" | "canvas" | "density";

// SVG keeps per-point focus and hover cheap up to a few thousand marks; canvas to ~100k; a density image beyond
// (shared/notes/widget.md §4: SVG ~1k–2k, canvas fillRect 100k at ~18 fps, ImageData 1M at 60 fps).
const MAX_SVG_POINTS = 2000;
const MAX_CANVAS_POINTS = 100_000;
// Ceilings for `renderer="svg"` / `"canvas"` (shared/notes/widget.md §4: SVG first render ~110 ms at 10k and ~1 s at
// 100k; canvas arcs ~0.3 s at 100k and ~7 s at 1M), so a forced renderer cannot freeze the host page.
const MAX_FORCED_SVG_POINTS = 10_000;
const MAX_FORCED_CANVAS_POINTS = 250_000;
// Above this many points keyboard users move between quadrants, not single points (Highcharts' threshold).
const MAX_POINT_NAVIGATION = 200;
const TABLE_ROWS = 100;
// Plot height in px from the `height` attribute: NaN falls back to the default, anything taller is clamped (the
// density mode keeps a per-pixel index of the plot).
const MAX_HEIGHT = 4000;
const MARGIN = { top: 24, right: 18, bottom: 46, left: 60 };
const INSET = 12;
const KEY_INDEX: Record<QuadrantKey, number> = { HH: 0, HL: 1, LH: 2, LL: 3 };

interface Layout {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly top: number;
  readonly plotW: number;
  readonly plotH: number;
  readonly x: LinearScale;
  readonly y: LinearScale;
}

/** The engine's included points as columns, in the order of `points`, with the extents of x and y. */
interface PointColumns {
  readonly index: Int32Array;
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly quadrant: Uint8Array;
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

interface PointCloud {
  /** Input index of each included point. */
  readonly index: Int32Array;
  readonly px: Float32Array;
  readonly py: Float32Array;
  readonly quadrant: Uint8Array;
  readonly radius: Float32Array | null;
}

/** Returns the preset for a `preset` attribute value: `loyalty`, `value`, or null for plain high/low names. */
export function presetOf(name: string | null | undefined): QuadrantPreset | null {
  if (name === "value") return VALUE_PRESET;
  if (name === "none" || name === "plain") return null;
  return LOYALTY_PRESET;
}

/** Returns the split option for an attribute value: `median` (default), `mean`, `q0.75` (a quantile) or a number. */
export function splitOf(text: string | null | undefined): AxisSplit {
  const t = (text ?? "").trim();
  if (t === "" || t === "median") return "median";
  if (t === "mean") return "mean";
  const q = /^q(0?\.\d+|1|0)$/.exec(t);
  if (q) return { by: "quantile", q: Number(q[1]) };
  return Number(t);
}

/** Returns the path of a marker of `shape` centred on (x, y) with radius r. */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  const f = (v: number) => Math.round(v * 10) / 10;
  switch (shape) {
    case "square":
      return `M${f(x - r * 0.85)},${f(y - r * 0.85)}h${f(r * 1.7)}v${f(r * 1.7)}h${f(-r * 1.7)}Z`;
    case "triangle":
      return `M${f(x)},${f(y - r)}L${f(x + r)},${f(y + r * 0.8)}L${f(x - r)},${f(y + r * 0.8)}Z`;
    case "diamond":
      return `M${f(x)},${f(y - r)}L${f(x + r)},${f(y)}L${f(x)},${f(y + r)}L${f(x - r)},${f(y)}Z`;
    default:
      return `M${f(x - r)},${f(y)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0`;
  }
}

/**
 * A quadrant chart of customers by two measures (象限图): split lines at the engine's split values (median by
 * default, or mean, a quantile or a value), quadrant names, counts and recommended actions from the loyalty or
 * value preset, point size by a third field, a tooltip, click and brush selection. Draws SVG marks for a few
 * thousand points, one canvas layer up to ~100,000 and a density image beyond; hit-testing through a quadtree.
 *
 * @fires keylens-select - `{customers, kind: "customer" | "quadrant" | "brush", quadrant?}`
 * @fires keylens-export - cancellable, `{format, filename, blob}` before a download
 * @csspart toolbar - title and export
 * @csspart plot - the focusable chart area
 * @csspart legend - the quadrant cards
 * @csspart table - the data-table disclosure
 * @csspart error - the error box
 * @cssprop --keylens-quadrant-1 - colour of the high/high quadrant (also -2 high/low, -3 low/high, -4 low/low)
 */
export class KeylensQuadrant extends KeylensElement {
  static override styles = [
    baseStyles,
    css`
      .plot {
        position: relative;
      }
      canvas.layer {
        position: absolute;
        inset: 0;
        width: 100%;
        height: 100%;
        pointer-events: none;
      }
      .qbg {
        fill: var(--_c);
        opacity: 0.06;
      }
      .q0 {
        --_c: var(--_q-1);
      }
      .q1 {
        --_c: var(--_q-2);
      }
      .q2 {
        --_c: var(--_q-3);
      }
      .q3 {
        --_c: var(--_q-4);
      }
      .pt {
        fill: var(--_c);
        fill-opacity: 0.72;
        stroke: var(--_bg);
        stroke-width: 0.8;
      }
      .pt.dim {
        fill-opacity: 0.18;
      }
      .split {
        stroke: var(--_fg);
        stroke-opacity: 0.6;
        stroke-dasharray: 5 4;
      }
      .split-label {
        font-size: 11px;
      }
      .split-label,
      .qname,
      .qcount {
        paint-order: stroke;
        stroke: var(--_bg);
        stroke-width: 3px;
        stroke-linejoin: round;
      }
      .qname {
        font-weight: 600;
        font-size: 12.5px;
      }
      .qcount {
        font-size: 11.5px;
      }
      .focus-mark {
        fill: none;
        stroke: var(--_focus);
        stroke-width: 2.5;
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
      .brush .overlay {
        fill: transparent;
        cursor: crosshair;
      }
      .brush .selection {
        pointer-events: none;
        fill: var(--_accent);
        fill-opacity: 0.12;
        stroke: var(--_accent);
      }
      .cards {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(170px, 1fr));
        gap: 8px;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .cards button {
        width: 100%;
        text-align: start;
        display: grid;
        gap: 2px;
        padding: 8px 10px;
        border-radius: 6px;
        border-inline-start: 4px solid var(--_c);
      }
      .cards .qn {
        font-weight: 600;
        display: flex;
        align-items: center;
        gap: 6px;
      }
      .cards .ql {
        color: var(--_muted);
        font-size: 0.9em;
      }
      .cards svg path {
        fill: var(--_c);
      }
      .note {
        margin: 0;
        color: var(--_muted);
        font-size: 0.86em;
      }
      @media (forced-colors: active) {
        .pt {
          fill: CanvasText;
          stroke: Canvas;
        }
        .qbg {
          opacity: 0;
        }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    xField: { type: String, attribute: "x-field" },
    yField: { type: String, attribute: "y-field" },
    sizeField: { type: String, attribute: "size-field" },
    xSplit: { type: String, attribute: "x-split" },
    ySplit: { type: String, attribute: "y-split" },
    preset: { type: String },
    renderer: { type: String },
    height: { type: Number },
    heading: { type: String },
    focusIndex: { state: true },
    focusQuadrant: { state: true },
    hoverIndex: { state: true },
    brushed: { state: true },
    brushBox: { state: true },
  };

  /** Field of the x measure (defaults to `ordersPerYear`, transaction frequency). */
  declare xField: string;
  /** Field of the y measure (defaults to `shareOfWallet`, dependence). */
  declare yField: string;
  /** Optional field that sizes the points (e.g. `revenue`). */
  declare sizeField: string | null;
  /** x split: `median` (default), `mean`, `q0.75` or a number. */
  declare xSplit: string | null;
  /** y split: `median` (default), `mean`, `q0.75` or a number. */
  declare ySplit: string | null;
  /** `loyalty` (default: 高度/惯性/隐形/零度忠诚), `value` (strategic/develop/maintain/general) or `none`. */
  declare preset: string;
  /** Force `svg`, `canvas` or `density`; chosen by point count when unset. */
  declare renderer: QuadrantRenderer | null;
  /** Height of the plot in px (defaults to 380). */
  declare height: number;
  /** Title above the chart; the preset's name when unset. */
  declare heading: string | null;
  declare protected focusIndex: number;
  declare protected focusQuadrant: number;
  declare protected hoverIndex: number;
  declare protected brushed: Set<number> | null;
  /** The rectangle being dragged or last brushed, in SVG pixels. */
  declare protected brushBox: { x0: number; y0: number; x1: number; y1: number } | null;

  private memo: { key: unknown[]; value: Result<QuadrantResult> | null } = { key: [], value: null };
  private cloudMemo: { key: unknown[]; value: PointCloud | null } = { key: [], value: null };
  private columnsMemo: { result: QuadrantResult; value: PointColumns } | null = null;
  private tree: Quadtree<number> | null = null;
  private pixelOwner: Int32Array | null = null;
  private dragStart: [number, number] | null = null;
  private lastLayout: Layout | null = null;
  private painted: {
    canvas: HTMLCanvasElement;
    cloud: PointCloud;
    w: number;
    h: number;
    brushed: Set<number> | null;
  } | null = null;

  constructor() {
    super();
    this.xField = "ordersPerYear";
    this.yField = "shareOfWallet";
    this.sizeField = null;
    this.xSplit = null;
    this.ySplit = null;
    this.preset = "loyalty";
    this.renderer = null;
    this.height = 380;
    this.heading = null;
    this.focusIndex = -1;
    this.focusQuadrant = -1;
    this.hoverIndex = -1;
    this.brushed = null;
    this.brushBox = null;
  }

  /** The engine's quadrant result for the current rows, options and language. */
  get result(): Result<QuadrantResult> | null {
    const rows = this.rows;
    if (!rows) return null;
    const preset = presetOf(this.preset);
    const key = [rows, this.xField, this.yField, this.xSplit, this.ySplit, this.preset, this.locale];
    if (this.memo.key.length && key.every((k, i) => k === this.memo.key[i])) return this.memo.value;
    const loc = this.locale;
    const labels = preset
      ? {
          HH: preset.quadrants.HH.label[loc],
          HL: preset.quadrants.HL.label[loc],
          LH: preset.quadrants.LH.label[loc],
          LL: preset.quadrants.LL.label[loc],
        }
      : {
          HH: this.t("quadrantHH"),
          HL: this.t("quadrantHL"),
          LH: this.t("quadrantLH"),
          LL: this.t("quadrantLL"),
        };
    const value = quadrants(rows as readonly DataRow[], {
      x: this.xField,
      y: this.yField,
      xSplit: splitOf(this.xSplit),
      ySplit: splitOf(this.ySplit),
      labels,
    });
    this.memo = { key, value };
    return value;
  }

  /** The renderer in use for `n` points. */
  rendererFor(n: number): QuadrantRenderer {
    // A forced renderer is honoured only while it stays responsive; beyond that the automatic choice applies.
    if (this.renderer === "svg" && n <= MAX_FORCED_SVG_POINTS) return "svg";
    if (this.renderer === "canvas" && n <= MAX_FORCED_CANVAS_POINTS) return "canvas";
    if (this.renderer === "density") return "density";
    return n <= MAX_SVG_POINTS ? "svg" : n <= MAX_CANVAS_POINTS ? "canvas" : "density";
  }

  private action(key: QuadrantKey): string {
    return presetOf(this.preset)?.quadrants[key].action[this.locale] ?? "";
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (["customers", "loadedRows", "xField", "yField", "xSplit", "ySplit"].some((k) => changed.has(k))) {
      this.focusIndex = -1;
      this.focusQuadrant = -1;
      this.hoverIndex = -1;
      this.brushed = null;
      this.brushBox = null;
    }
  }

  override render(): TemplateResult {
    const preset = presetOf(this.preset);
    const title = this.heading ?? (preset ? preset.name[this.locale] : this.t("quadrantTitle"));
    const state = this.renderDataState();
    const toolbar = html`<div class="toolbar" part="toolbar">
      <h3 class="title">${title}</h3>
      ${state ? nothing : this.renderExport()}
    </div>`;
    if (state) return html`<div class="frame">${toolbar}${state}</div>`;
    const deferred = this.renderDeferred();
    if (deferred) return html`<div class="frame">${toolbar}${deferred}</div>`;
    const rows = this.rows!;
    for (const [field, attr] of [
      [this.xField, "x-field"],
      [this.yField, "y-field"],
    ] as const) {
      const missing = missingField(rows, field);
      if (missing) {
        return html`<div class="frame">
          ${toolbar}${this.renderError([this.t("errorField", { field: missing, attr })])}
        </div>`;
      }
    }
    const result = this.result!;
    if (!result.success) return html`<div class="frame">${toolbar}${this.renderIssues(result.issues)}</div>`;
    const r = result.data;
    return html`<div class="frame">
      ${toolbar} ${this.renderPlot(r, title)} ${this.renderCards(r)} ${this.renderNotes(r, result.warnings)}
      ${this.renderTable(r)}
    </div>`;
  }

  private layout(r: QuadrantResult): Layout {
    const width = Math.max(280, this.width);
    const height = Math.min(MAX_HEIGHT, Math.max(220, this.height || 380));
    const plotW = width - MARGIN.left - MARGIN.right;
    const plotH = height - MARGIN.top - MARGIN.bottom;
    let { x0, x1, y0, y1 } = this.columns(r);
    if (!Number.isFinite(x0)) [x0, x1, y0, y1] = [0, 1, 0, 1];
    const sx = r.splits.x.value;
    const sy = r.splits.y.value;
    x0 = Math.min(x0, sx);
    x1 = Math.max(x1, sx);
    y0 = Math.min(y0, sy);
    y1 = Math.max(y1, sy);
    // Inset so points on the extremes do not sit on the axis lines.
    const x = linearScale([x0, x1], [MARGIN.left + INSET, MARGIN.left + plotW - INSET], 6);
    const y = linearScale([y0, y1], [MARGIN.top + plotH - INSET, MARGIN.top + INSET], 6);
    return { width, height, left: MARGIN.left, top: MARGIN.top, plotW, plotH, x, y };
  }

  /**
   * Returns the result's points as typed columns with their extents, read once per engine result: layout and cloud
   * then loop over flat arrays instead of a million point objects each (and a resize reuses the columns).
   */
  private columns(r: QuadrantResult): PointColumns {
    if (this.columnsMemo?.result === r) return this.columnsMemo.value;
    const points = r.points;
    const n = points.length;
    const index = new Int32Array(n);
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    const quadrant = new Uint8Array(n);
    let x0 = Infinity;
    let x1 = -Infinity;
    let y0 = Infinity;
    let y1 = -Infinity;
    for (let k = 0; k < n; k++) {
      const p = points[k]!;
      const px = p.x;
      const py = p.y;
      index[k] = p.index;
      x[k] = px;
      y[k] = py;
      quadrant[k] = KEY_INDEX[p.key];
      if (px < x0) x0 = px;
      if (px > x1) x1 = px;
      if (py < y0) y0 = py;
      if (py > y1) y1 = py;
    }
    const value = { index, x, y, quadrant, x0, x1, y0, y1 };
    this.columnsMemo = { result: r, value };
    return value;
  }

  private cloud(r: QuadrantResult, L: Layout): PointCloud {
    const key = [r, L.width, L.height, this.sizeField];
    if (this.cloudMemo.key.length && key.every((k, i) => k === this.cloudMemo.key[i])) return this.cloudMemo.value!;
    const cols = this.columns(r);
    const n = cols.index.length;
    const px = new Float32Array(n);
    const py = new Float32Array(n);
    for (let k = 0; k < n; k++) {
      px[k] = L.x(cols.x[k]!);
      py[k] = L.y(cols.y[k]!);
    }
    let radius: Float32Array | null = null;
    const rows = this.rows ?? [];
    const sizeField = this.sizeField;
    if (sizeField && n <= MAX_CANVAS_POINTS) {
      let sizeMax = 0;
      for (let k = 0; k < n; k++) {
        const v = rows[cols.index[k]!]?.[sizeField];
        if (typeof v === "number" && v > sizeMax) sizeMax = v;
      }
      if (sizeMax > 0) {
        radius = new Float32Array(n);
        for (let k = 0; k < n; k++) {
          const v = rows[cols.index[k]!]?.[sizeField];
          radius[k] = typeof v === "number" && v > 0 ? 2.5 + 9.5 * Math.sqrt(v / sizeMax) : 2.5;
        }
      }
    }
    const value = { index: cols.index, px, py, quadrant: cols.quadrant, radius };
    this.cloudMemo = { key, value };
    this.tree = null;
    this.pixelOwner = null;
    return value;
  }

  /** Returns the position (in the cloud) of the point nearest (x, y) within `within` px, or -1. */
  private nearest(c: PointCloud, L: Layout, x: number, y: number, within = 12): number {
    if (this.rendererFor(c.px.length) === "density") {
      if (!this.pixelOwner) this.pixelOwner = this.ownerGrid(c, L);
      const w = Math.ceil(L.width);
      for (let d = 0; d <= 3; d++) {
        for (let dy = -d; dy <= d; dy++) {
          for (let dx = -d; dx <= d; dx++) {
            const gx = Math.round(x) + dx;
            const gy = Math.round(y) + dy;
            if (gx < 0 || gy < 0 || gx >= w || gy >= Math.ceil(L.height)) continue;
            const k = this.pixelOwner[gy * w + gx]!;
            if (k >= 0) return k;
          }
        }
      }
      return -1;
    }
    if (!this.tree) {
      this.tree = quadtree<number>()
        .x((k) => c.px[k]!)
        .y((k) => c.py[k]!)
        .addAll(Array.from({ length: c.px.length }, (_, k) => k));
    }
    return this.tree.find(x, y, within) ?? -1;
  }

  private ownerGrid(c: PointCloud, L: Layout): Int32Array {
    const w = Math.ceil(L.width);
    const grid = new Int32Array(w * Math.ceil(L.height)).fill(-1);
    for (let k = 0; k < c.px.length; k++) {
      const cell = Math.floor(c.py[k]!) * w + Math.floor(c.px[k]!);
      if (grid[cell] === -1) grid[cell] = k;
    }
    return grid;
  }

  private renderPlot(r: QuadrantResult, title: string): TemplateResult {
    const L = this.layout(r);
    this.lastLayout = L;
    const c = this.cloud(r, L);
    const n = c.px.length;
    const mode = this.rendererFor(n);
    const { left, top, plotW, plotH, x, y } = L;
    const sx = x(r.splits.x.value);
    const sy = y(r.splits.y.value);
    const right = left + plotW;
    const bottom = top + plotH;
    // Quadrant rectangles in HH, HL, LH, LL order.
    const rects = [
      [sx, top, right - sx, sy - top],
      [sx, sy, right - sx, bottom - sy],
      [left, top, sx - left, sy - top],
      [left, sy, sx - left, bottom - sy],
    ] as const;
    const corners = [
      [right - 8, top + 16, "end"],
      [right - 8, bottom - 24, "end"],
      [left + 8, top + 16, "start"],
      [left + 8, bottom - 24, "start"],
    ] as const;
    const cellOf = (key: QuadrantKey) => r.cells.find((cell) => cell.key === key)!;
    const points: SVGTemplateResult[] = [];
    if (mode === "svg") {
      for (let k = 0; k < n; k++) {
        const q = c.quadrant[k]!;
        const dim = this.brushed !== null && !this.brushed.has(k);
        points.push(
          svg`<path class="pt q${q} ${dim ? "dim" : ""}" data-index=${c.index[k]} d=${markerPath(SHAPES[q]!, c.px[k]!, c.py[k]!, c.radius?.[k] ?? 4)}></path>`,
        );
      }
    }
    const active = this.focusIndex >= 0 ? this.focusIndex : this.hoverIndex;
    const xLabel = this.axisLabel("x");
    const yLabel = this.axisLabel("y");
    return html`<div
      class="plot"
      part="plot"
      tabindex="0"
      role="application"
      aria-roledescription=${this.locale === "zh-CN" ? "象限图" : "quadrant chart"}
      aria-label=${title}
      aria-describedby="summary help"
      data-renderer=${mode}
      @keydown=${(e: KeyboardEvent) => this.onKey(e, r, c)}
      @blur=${() => {
        this.focusIndex = -1;
        this.focusQuadrant = -1;
      }}
    >
      ${mode === "svg" ? nothing : html`<canvas class="layer" aria-hidden="true"></canvas>`}
      <svg
        class="chart"
        width=${L.width}
        height=${L.height}
        viewBox="0 0 ${L.width} ${L.height}"
        aria-hidden="true"
        @pointermove=${(e: PointerEvent) => this.onPointer(e, c, L)}
        @pointerleave=${() => (this.hoverIndex = -1)}
      >
        <g class="quadrants">
          ${QUADRANT_KEYS.map((key, i) => {
            const [rx, ry, rw, rh] = rects[i]!;
            return svg`<rect class="qbg q${i}" x=${rx} y=${ry} width=${Math.max(0, rw)} height=${Math.max(0, rh)}></rect>`;
          })}
        </g>
        <g class="grid">
          ${x.ticks(6).map((v) => svg`<line x1=${x(v)} x2=${x(v)} y1=${top} y2=${bottom}></line>`)}
          ${y.ticks(6).map((v) => svg`<line x1=${left} x2=${right} y1=${y(v)} y2=${y(v)}></line>`)}
        </g>
        <g class="axis axis-x" part="axis-x">
          <line x1=${left} x2=${right} y1=${bottom} y2=${bottom}></line>
          ${x
            .ticks(6)
            .map(
              (v) =>
                svg`<text class="muted" x=${x(v)} y=${bottom + 16} text-anchor="middle">${formatCompact(v, this.locale)}</text>`,
            )}
          <text class="axis-title muted" x=${left + plotW / 2} y=${bottom + 36} text-anchor="middle">${xLabel}</text>
        </g>
        <g class="axis axis-y" part="axis-y">
          <line x1=${left} x2=${left} y1=${top} y2=${bottom}></line>
          ${y
            .ticks(6)
            .map(
              (v) =>
                svg`<text class="muted" x=${left - 8} y=${y(v)} text-anchor="end" dominant-baseline="middle">${formatCompact(v, this.locale)}</text>`,
            )}
          <text
            class="axis-title muted"
            transform="translate(${14},${top + plotH / 2}) rotate(-90)"
            text-anchor="middle"
          >
            ${yLabel}
          </text>
        </g>
        <g class="points">${points}</g>
        <g class="brush">
          <rect
            class="overlay"
            x=${left}
            y=${top}
            width=${plotW}
            height=${plotH}
            @pointerdown=${(e: PointerEvent) => this.onBrushStart(e)}
            @pointermove=${(e: PointerEvent) => this.onBrushMove(e, L)}
            @pointerup=${(e: PointerEvent) => this.onBrushEnd(e, c, L)}
          ></rect>
          ${
            this.brushBox
              ? svg`<rect class="selection" x=${Math.min(this.brushBox.x0, this.brushBox.x1)} y=${Math.min(this.brushBox.y0, this.brushBox.y1)}
                width=${Math.abs(this.brushBox.x1 - this.brushBox.x0)} height=${Math.abs(this.brushBox.y1 - this.brushBox.y0)}></rect>`
              : nothing
          }
        </g>
        <g class="splits">
          <line class="split" x1=${sx} x2=${sx} y1=${top} y2=${bottom}></line>
          <line class="split" x1=${left} x2=${right} y1=${sy} y2=${sy}></line>
          <text class="split-label muted" x=${sx} y=${top - 8} text-anchor="middle">${this.splitText(r, "x")}</text>
          <text class="split-label muted" x=${right - 4} y=${sy - 5} text-anchor="end">${this.splitText(r, "y")}</text>
        </g>
        <g class="labels">
          ${QUADRANT_KEYS.map((key, i) => {
            const [lx, ly, anchor] = corners[i]!;
            const cell = cellOf(key);
            return svg`<g class="qlabel" data-quadrant=${key}>
              <text class="qname" x=${lx} y=${ly} text-anchor=${anchor}>${cell.label}</text>
              <text class="qcount muted" x=${lx} y=${ly + 15} text-anchor=${anchor}>${this.t("quadrantCount", {
                n: formatNumber(cell.count, this.locale, 0),
                share: formatPercent(cell.share, this.locale, 1),
              })}</text>
            </g>`;
          })}
        </g>
        ${this.renderFocus(c, L, active)}
      </svg>
      <p id="summary" class="visually-hidden">${this.summaryText(r)}</p>
      <p id="help" class="visually-hidden">
        ${this.t(n > MAX_POINT_NAVIGATION ? "quadrantHelpQuadrants" : "quadrantHelpPoints")}
      </p>
      <div class="visually-hidden" aria-live="polite">${this.announcement(r, c)}</div>
    </div>`;
  }

  private axisLabel(axis: "x" | "y"): string {
    const preset = presetOf(this.preset);
    const field = axis === "x" ? this.xField : this.yField;
    const defaultField = axis === "x" ? "ordersPerYear" : "shareOfWallet";
    if (preset === LOYALTY_PRESET && field === defaultField) return preset.axes[axis].label[this.locale];
    return field;
  }

  private splitText(r: QuadrantResult, axis: "x" | "y"): string {
    const s = r.splits[axis];
    const how =
      s.method === "median"
        ? this.t("splitMedian")
        : s.method === "mean"
          ? this.t("splitMean")
          : s.method === "quantile"
            ? this.t("splitQuantile", { q: formatNumber(s.q, this.locale, 2) })
            : this.t("splitValue");
    return `${how} ${formatNumber(s.value, this.locale, 3)}`;
  }

  private renderFocus(c: PointCloud, L: Layout, k: number): SVGTemplateResult | typeof nothing {
    if (k < 0 || k >= c.px.length) return nothing;
    const rows = this.rows ?? [];
    const i = c.index[k]!;
    const row = rows[i];
    const r = this.result;
    if (!r?.success) return nothing;
    const p = r.data.points[k]!;
    const px = c.px[k]!;
    const py = c.py[k]!;
    const lines = [
      clipLabel(rowName(row, this.nameField, this.idField, i)),
      `${isolateBidi(clipLabel(this.axisLabel("x")))}: ${formatNumber(p.x, this.locale, 3)}`,
      `${isolateBidi(clipLabel(this.axisLabel("y")))}: ${formatNumber(p.y, this.locale, 3)}`,
      ...(this.sizeField
        ? [`${isolateBidi(clipLabel(this.sizeField))}: ${formatCompact(row?.[this.sizeField] as number, this.locale)}`]
        : []),
      p.label,
    ];
    const tw = Math.max(...lines.map((l) => textWidth(l))) + 20;
    const th = lines.length * 17 + 10;
    const tx = px + 14 + tw > L.left + L.plotW ? px - 14 - tw : px + 14;
    const ty = Math.max(L.top, Math.min(py - th / 2, L.top + L.plotH - th));
    const radius = (c.radius?.[k] ?? 4) + 4;
    return svg`<circle class="focus-mark" cx=${px} cy=${py} r=${radius}></circle>
      <g class="tip" transform="translate(${tx},${ty})">
        <rect width=${tw} height=${th} rx="5"></rect>
        ${lines.map((l, j) => svg`<text class=${j === 0 ? "tip-title" : "muted"} x="10" y=${20 + j * 17}>${l}</text>`)}
      </g>`;
  }

  private summaryText(r: QuadrantResult): string {
    const sep = this.locale === "zh-CN" ? "；" : "; ";
    const parts = r.cells.map((cell) =>
      this.t("quadrantSummary", {
        label: cell.label,
        n: formatNumber(cell.count, this.locale, 0),
        share: formatPercent(cell.share, this.locale, 1),
        action: this.action(cell.key),
      }),
    );
    parts.push(`${this.splitText(r, "x")} (${this.axisLabel("x")})`);
    parts.push(`${this.splitText(r, "y")} (${this.axisLabel("y")})`);
    return parts.join(sep);
  }

  private announcement(r: QuadrantResult, c: PointCloud): string {
    if (this.focusIndex >= 0 && this.focusIndex < c.px.length) {
      const p = r.points[this.focusIndex]!;
      const row = this.rows?.[p.index];
      return this.t("announcePoint", {
        name: rowName(row, this.nameField, this.idField, p.index),
        x: formatNumber(p.x, this.locale, 3),
        y: formatNumber(p.y, this.locale, 3),
        quadrant: p.label,
      });
    }
    if (this.focusQuadrant >= 0) {
      const cell = r.cells[this.focusQuadrant]!;
      return this.t("quadrantSummary", {
        label: cell.label,
        n: formatNumber(cell.count, this.locale, 0),
        share: formatPercent(cell.share, this.locale, 1),
        action: this.action(cell.key),
      });
    }
    return "";
  }

  private onKey(e: KeyboardEvent, r: QuadrantResult, c: PointCloud): void {
    const n = c.px.length;
    if (n === 0) return;
    if (n > MAX_POINT_NAVIGATION) {
      const order = [2, 0, 3, 1]; // LH, HH, LL, HL: reading order of the grid
      const at = order.indexOf(this.focusQuadrant);
      let next: number;
      if (e.key === "ArrowRight" || e.key === "ArrowDown") next = order[Math.min(3, at + 1)]!;
      else if (e.key === "ArrowLeft" || e.key === "ArrowUp") next = order[Math.max(0, at < 0 ? 0 : at - 1)]!;
      else if (e.key === "Home") next = order[0]!;
      else if (e.key === "End") next = order[3]!;
      else if ((e.key === "Enter" || e.key === " ") && this.focusQuadrant >= 0) {
        e.preventDefault();
        this.selectQuadrant(r, r.cells[this.focusQuadrant]!.key);
        return;
      } else if (e.key === "Escape") {
        this.focusQuadrant = -1;
        return;
      } else return;
      e.preventDefault();
      this.focusQuadrant = next;
      return;
    }
    // Few points: step through them left to right (ties bottom to top), as they appear.
    const byX = Array.from({ length: n }, (_, k) => k).sort((a, b) => c.px[a]! - c.px[b]! || c.py[b]! - c.py[a]!);
    const at = byX.indexOf(this.focusIndex);
    let next: number;
    switch (e.key) {
      case "ArrowRight":
      case "ArrowUp":
        next = byX[Math.min(n - 1, at + 1)]!;
        break;
      case "ArrowLeft":
      case "ArrowDown":
        next = byX[Math.max(0, at < 0 ? 0 : at - 1)]!;
        break;
      case "Home":
        next = byX[0]!;
        break;
      case "End":
        next = byX[n - 1]!;
        break;
      case "Enter":
      case " ":
        e.preventDefault();
        if (this.focusIndex >= 0) this.selectPoint(c, this.focusIndex);
        return;
      case "Escape":
        this.focusIndex = -1;
        return;
      default:
        return;
    }
    e.preventDefault();
    this.focusIndex = next;
  }

  private pointerXY(e: MouseEvent): [number, number] {
    const svgEl = this.renderRoot.querySelector("svg.chart")!;
    const box = svgEl.getBoundingClientRect();
    return [e.clientX - box.left, e.clientY - box.top];
  }

  private onPointer(e: PointerEvent, c: PointCloud, L: Layout): void {
    const [x, y] = this.pointerXY(e);
    this.hoverIndex = this.nearest(c, L, x, y);
  }

  private selectPoint(c: PointCloud, k: number): void {
    const row = this.rows?.[c.index[k]!];
    const r = this.result;
    if (!row || !r?.success) return;
    this.emitSelect({ customers: [row], kind: "customer", quadrant: r.data.points[k]!.label });
  }

  private selectQuadrant(r: QuadrantResult, key: QuadrantKey): void {
    const rows = this.rows ?? [];
    const picked: DataRow[] = [];
    for (const p of r.points) if (p.key === key) picked.push(rows[p.index]!);
    this.emitSelect({ customers: picked, kind: "quadrant", quadrant: r.cells.find((c) => c.key === key)!.label });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Only a rendered plot has a canvas; asking for the result first would run the engine while a large book
    // still shows its "computing" state, the very call that state defers to its own task.
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>("canvas.layer");
    const r = canvas ? this.result : null;
    const L = this.lastLayout;
    if (!canvas || !r?.success || !L) return;
    this.paintCanvas(canvas, this.cloud(r.data, L), L);
  }

  private paintCanvas(canvas: HTMLCanvasElement, c: PointCloud, L: Layout): void {
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    const w = Math.ceil(L.width * dpr);
    const h = Math.ceil(L.height * dpr);
    const last = this.painted;
    if (last && last.canvas === canvas && last.cloud === c && last.w === w && last.h === h) {
      if (last.brushed === this.brushed) return;
    }
    const brushed = this.brushed;
    this.painted = { canvas, cloud: c, w, h, brushed };
    canvas.width = w;
    canvas.height = h;
    canvas.dataset.width = String(L.width);
    canvas.dataset.height = String(L.height);
    const ctx = canvas.getContext("2d")!;
    const cs = getComputedStyle(this);
    const colours = [0, 1, 2, 3].map((i) => rgbOf(ctx, cs.getPropertyValue(`--_q-${i + 1}`).trim()));
    // Only the plot area holds points: a smaller image to fill and put. The pad covers the largest marker
    // (radius 12 px, see cloud()) of a point at the plot's edge, with its anti-aliased rim.
    const pad = 14;
    const x0 = Math.max(0, Math.floor((L.left - pad) * dpr));
    const y0 = Math.max(0, Math.floor((L.top - pad) * dpr));
    const x1 = Math.min(w, Math.ceil((L.left + L.plotW + pad) * dpr));
    const y1 = Math.min(h, Math.ceil((L.top + L.plotH + pad) * dpr));
    const region = { x: x0, y: y0, width: Math.max(1, x1 - x0), height: Math.max(1, y1 - y0) };
    const image = ctx.createImageData(region.width, region.height);
    const drawn =
      this.rendererFor(c.px.length) === "density"
        ? paintDensity(image.data, region, dpr, c, colours)
        : paintMarkers(image.data, region, dpr, c, colours, brushed ? (k) => !brushed.has(k) : null);
    ctx.putImageData(image, region.x, region.y);
    // The number of points painted, read by the render benchmark to check both charts drew every point.
    canvas.dataset.cloud = String(drawn);
  }

  // A small brush of our own (pointer events on one overlay rect) instead of d3-brush, which pulls in
  // d3-selection, d3-transition and d3-color for a rectangle.
  private onBrushStart(e: PointerEvent): void {
    if (e.button !== 0) return;
    this.dragStart = this.pointerXY(e);
    try {
      (e.currentTarget as Element).setPointerCapture(e.pointerId);
    } catch {
      // Synthetic events have no active pointer to capture.
    }
  }

  private onBrushMove(e: PointerEvent, L: Layout): void {
    if (!this.dragStart) return;
    const [x, y] = this.pointerXY(e);
    const [x0, y0] = this.dragStart;
    if (Math.abs(x - x0) < 3 && Math.abs(y - y0) < 3) return;
    const cx = (v: number) => Math.min(L.left + L.plotW, Math.max(L.left, v));
    const cy = (v: number) => Math.min(L.top + L.plotH, Math.max(L.top, v));
    this.brushBox = { x0: cx(x0), y0: cy(y0), x1: cx(x), y1: cy(y) };
  }

  private onBrushEnd(e: PointerEvent, c: PointCloud, L: Layout): void {
    const start = this.dragStart;
    this.dragStart = null;
    if (!start) return;
    const [x, y] = this.pointerXY(e);
    if (Math.abs(x - start[0]) < 3 && Math.abs(y - start[1]) < 3) {
      // A click: pick the point under the pointer, if any, and clear a brushed selection.
      this.brushBox = null;
      this.brushed = null;
      const k = this.nearest(c, L, x, y);
      if (k >= 0) this.selectPoint(c, k);
      return;
    }
    this.onBrushMove(e, L);
    const box = this.brushBox!;
    const [x0, x1] = [Math.min(box.x0, box.x1), Math.max(box.x0, box.x1)];
    const [y0, y1] = [Math.min(box.y0, box.y1), Math.max(box.y0, box.y1)];
    const picked = new Set<number>();
    for (let k = 0; k < c.px.length; k++) {
      const px = c.px[k]!;
      const py = c.py[k]!;
      if (px >= x0 && px <= x1 && py >= y0 && py <= y1) picked.add(k);
    }
    this.brushed = picked;
    const rows = this.rows ?? [];
    this.emitSelect({ customers: [...picked].map((k) => rows[c.index[k]!]!), kind: "brush" });
  }

  /** Clears a brushed selection. */
  clearSelection(): void {
    this.brushed = null;
    this.brushBox = null;
  }

  private renderCards(r: QuadrantResult): TemplateResult {
    return html`<ul class="cards" part="legend">
      ${r.cells.map((cell) => {
        const i = KEY_INDEX[cell.key];
        return html`<li class="q${i}">
          <button type="button" data-quadrant=${cell.key} @click=${() => this.selectQuadrant(r, cell.key)}>
            <span class="qn"
              ><svg width="12" height="12" aria-hidden="true"><path d=${markerPath(SHAPES[i]!, 6, 6, 5)}></path></svg
              >${cell.label}</span
            >
            <span class="ql"
              >${this.t("customers")} ${formatNumber(cell.count, this.locale, 0)} ·
              ${formatPercent(cell.share, this.locale, 1)}</span
            >
            ${this.action(cell.key) ? html`<span class="ql">${this.action(cell.key)}</span>` : nothing}
          </button>
        </li>`;
      })}
    </ul>`;
  }

  private renderNotes(r: QuadrantResult, warnings: readonly Issue[]): TemplateResult | typeof nothing {
    const notes = warnings.slice(0, 2).map((w) => formatIssue(w, this.locale));
    if (r.excluded.length) notes.unshift(this.t("quadrantExcluded", { n: r.excluded.length }));
    if (!notes.length) return nothing;
    return html`<p class="note" part="warnings">${notes.join(this.locale === "zh-CN" ? "；" : "; ")}</p>`;
  }

  private renderTable(r: QuadrantResult): TemplateResult {
    const rows = this.rows ?? [];
    const shown = Math.min(TABLE_ROWS, r.points.length);
    const num = true;
    return this.renderTableView(
      () =>
        html`${dataTable(
          this.summaryText(r),
          [
            { label: this.t("quadrant") },
            { label: this.t("customers"), num },
            { label: this.t("share"), num },
            { label: this.t("action") },
          ],
          r.cells.map(
            (cell) =>
              html`<tr>
                <th scope="row">${cell.label}</th>
                <td class="num">${formatNumber(cell.count, this.locale, 0)}</td>
                <td class="num">${formatPercent(cell.share, this.locale, 1)}</td>
                <td>${this.action(cell.key)}</td>
              </tr>`,
          ),
        )}
        ${dataTable(
          this.t("tableRowsShown", { shown, total: r.points.length }),
          [
            { label: this.t("name") },
            { label: this.axisLabel("x"), num },
            { label: this.axisLabel("y"), num },
            { label: this.t("quadrant") },
          ],
          r.points.slice(0, shown).map(
            (p) =>
              html`<tr>
                <th scope="row">${rowName(rows[p.index], this.nameField, this.idField, p.index)}</th>
                <td class="num">${formatNumber(p.x, this.locale, 3)}</td>
                <td class="num">${formatNumber(p.y, this.locale, 3)}</td>
                <td>${p.label}</td>
              </tr>`,
          ),
        )}`,
    );
  }

  protected override csvTable(): CsvTable | null {
    const result = this.result;
    if (!result?.success) return null;
    const r = result.data;
    const rows = this.rows ?? [];
    const header = [
      this.t("id"),
      this.t("name"),
      this.axisLabel("x"),
      this.axisLabel("y"),
      this.t("quadrant"),
      this.t("action"),
    ];
    const out = r.points.map((p) => {
      const row = rows[p.index];
      return [
        row?.[this.idField] ?? null,
        rowName(row, this.nameField, this.idField, p.index),
        p.x,
        p.y,
        p.label,
        this.action(p.key),
      ];
    });
    return { header, rows: out };
  }

  protected override exportName(): string {
    return "keylens-quadrant";
  }
}

/**
 * Returns any CSS colour (a name, hex, rgb(), hsl(), a system colour such as CanvasText in forced-colors mode …) as
 * RGB: the canvas context parses it as CSS does and reads it back as `#rrggbb` or `rgba(…)`. Text it cannot parse
 * leaves the first quadrant's default blue.
 */
function rgbOf(ctx: CanvasRenderingContext2D, text: string): Rgb {
  ctx.fillStyle = "#1d5fbf";
  ctx.fillStyle = text;
  const c = ctx.fillStyle;
  if (c.startsWith("#")) {
    const v = parseInt(c.slice(1, 7), 16);
    return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
  }
  const rgb = /(\d+)[,\s]+(\d+)[,\s]+(\d+)/.exec(c);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : [29, 95, 191];
}
