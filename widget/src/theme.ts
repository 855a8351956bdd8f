import { css } from "lit";

// Shared look of every keylens element. Public knobs are --keylens-* custom properties (they inherit through the
// shadow boundary); the private --_* copies hold the light/dark defaults. No rule reaches outside the shadow root.
const light = css`
  --_fg: var(--keylens-fg, #1f2933);
  --_muted: var(--keylens-muted, #5f6b7a);
  --_bg: var(--keylens-bg, #ffffff);
  --_surface: var(--keylens-surface, #f5f7fa);
  --_border: var(--keylens-border, #d9dee5);
  --_grid: var(--keylens-grid, #e6e9ee);
  --_accent: var(--keylens-accent, #1d5fbf);
  --_focus: var(--keylens-focus, #1d5fbf);
  --_error: var(--keylens-error, #b42318);
  --_error-bg: var(--keylens-error-bg, #fef3f2);
  --_ok: var(--keylens-ok, #067647);
  --_tier-1: var(--keylens-tier-1, #1d5fbf);
  --_tier-2: var(--keylens-tier-2, #2f9e8f);
  --_tier-3: var(--keylens-tier-3, #e0a030);
  --_tier-4: var(--keylens-tier-4, #8c96a6);
  --_tier-5: var(--keylens-tier-5, #b9c0cb);
  --_tier-6: var(--keylens-tier-6, #d5d9e0);
  --_line: var(--keylens-line, #c2410c);
  --_q-1: var(--keylens-quadrant-1, #1d5fbf);
  --_q-2: var(--keylens-quadrant-2, #2f9e8f);
  --_q-3: var(--keylens-quadrant-3, #e0a030);
  --_q-4: var(--keylens-quadrant-4, #8c96a6);
`;

const dark = css`
  --_fg: var(--keylens-fg, #e4e8ee);
  --_muted: var(--keylens-muted, #a3adbb);
  --_bg: var(--keylens-bg, #161b22);
  --_surface: var(--keylens-surface, #1f2630);
  --_border: var(--keylens-border, #364152);
  --_grid: var(--keylens-grid, #2a3340);
  --_accent: var(--keylens-accent, #6ea8fe);
  --_focus: var(--keylens-focus, #8ab8ff);
  --_error: var(--keylens-error, #fda29b);
  --_error-bg: var(--keylens-error-bg, #3a1a17);
  --_ok: var(--keylens-ok, #75e0a7);
  --_tier-1: var(--keylens-tier-1, #5b9bf0);
  --_tier-2: var(--keylens-tier-2, #45c1b0);
  --_tier-3: var(--keylens-tier-3, #f0b955);
  --_tier-4: var(--keylens-tier-4, #8d98aa);
  --_tier-5: var(--keylens-tier-5, #66707f);
  --_tier-6: var(--keylens-tier-6, #4b5361);
  --_line: var(--keylens-line, #fb923c);
  --_q-1: var(--keylens-quadrant-1, #5b9bf0);
  --_q-2: var(--keylens-quadrant-2, #45c1b0);
  --_q-3: var(--keylens-quadrant-3, #f0b955);
  --_q-4: var(--keylens-quadrant-4, #8d98aa);
`;

/** Styles every keylens element starts from: tokens, dark mode, forced colours, reduced motion, shared controls. */
export const baseStyles = css`
  :host {
    ${light}
    display: block;
    box-sizing: border-box;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(
      --keylens-font-family,
      system-ui,
      -apple-system,
      "Segoe UI",
      "Microsoft YaHei",
      "PingFang SC",
      "Noto Sans CJK SC",
      "WenQuanYi Micro Hei",
      sans-serif
    );
    font-size: var(--keylens-font-size, 14px);
    line-height: 1.45;
    contain: content;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme="dark"]) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme="light"])) {
      ${dark}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .frame {
    display: flex;
    flex-direction: column;
    gap: 10px;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 8px 16px;
  }
  .title {
    margin: 0;
    font-size: 1.05em;
    font-weight: 600;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  button,
  select,
  input {
    font: inherit;
    font-size: 0.9em;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 4px 10px;
    min-height: 30px;
  }
  button {
    cursor: pointer;
  }
  button:hover {
    background: var(--_surface);
  }
  button:focus-visible,
  select:focus-visible,
  input:focus-visible,
  summary:focus-visible,
  .plot:focus-visible,
  th button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .segmented {
    display: inline-flex;
    border: 1px solid var(--_border);
    border-radius: 6px;
    overflow: hidden;
  }
  .segmented button {
    border: 0;
    border-radius: 0;
    border-inline-start: 1px solid var(--_border);
  }
  .segmented button:first-child {
    border-inline-start: 0;
  }
  .segmented button[aria-pressed="true"] {
    background: var(--_accent);
    color: var(--_bg);
  }
  .plot {
    position: relative;
    border-radius: 6px;
  }
  svg {
    display: block;
    overflow: visible;
    font-family: inherit;
  }
  svg text {
    fill: var(--_fg);
    font-size: 12px;
  }
  svg .muted {
    fill: var(--_muted);
  }
  .axis line,
  .axis path {
    stroke: var(--_border);
  }
  .grid line {
    stroke: var(--_grid);
  }
  .error {
    border: 1px solid var(--_error);
    background: var(--_error-bg);
    color: var(--_fg);
    border-radius: 6px;
    padding: 12px 14px;
  }
  .error strong {
    color: var(--_error);
  }
  .error ul {
    margin: 6px 0 0;
    padding-inline-start: 20px;
  }
  .loading {
    color: var(--_muted);
    padding: 24px 0;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.92em;
    font-variant-numeric: tabular-nums;
  }
  /* The data-table view of a chart (data-table.ts); the bill and the tier table frame their own. */
  details > .table-wrap {
    max-height: 360px;
    overflow: auto;
    margin-top: 8px;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 4px 0 6px;
  }
  th,
  td {
    text-align: start;
    padding: 5px 8px;
    border-bottom: 1px solid var(--_grid);
    vertical-align: top;
  }
  th {
    font-weight: 600;
    color: var(--_muted);
    background: var(--_surface);
  }
  td.num,
  th.num {
    text-align: end;
  }
  details > summary {
    cursor: pointer;
    color: var(--_accent);
    font-size: 0.92em;
  }
  .swatch {
    display: inline-block;
    width: 12px;
    height: 12px;
    border-radius: 3px;
    vertical-align: -1px;
    margin-inline-end: 6px;
    border: 1px solid var(--_border);
  }
  .t0 {
    --_c: var(--_tier-1);
  }
  .t1 {
    --_c: var(--_tier-2);
  }
  .t2 {
    --_c: var(--_tier-3);
  }
  .t3 {
    --_c: var(--_tier-4);
  }
  .t4 {
    --_c: var(--_tier-5);
  }
  .t5 {
    --_c: var(--_tier-6);
  }
  .swatch {
    background: var(--_c, var(--_tier-4));
  }
  @media (prefers-reduced-motion: no-preference) {
    .animated {
      transition: opacity 150ms ease;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_fg: CanvasText;
      --_muted: CanvasText;
      --_bg: Canvas;
      --_surface: Canvas;
      --_border: CanvasText;
      --_grid: GrayText;
      --_accent: Highlight;
      --_focus: Highlight;
      --_error: CanvasText;
      --_line: Highlight;
      --_tier-1: CanvasText;
      --_tier-2: CanvasText;
      --_tier-3: CanvasText;
      --_tier-4: CanvasText;
      --_tier-5: CanvasText;
      --_tier-6: CanvasText;
      --_q-1: CanvasText;
      --_q-2: CanvasText;
      --_q-3: CanvasText;
      --_q-4: CanvasText;
    }
    .segmented button[aria-pressed="true"] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
