import { html, nothing, type TemplateResult } from "lit";

/** A column of a data table: its heading, and whether it holds numbers (right-aligned). */
export interface TableColumn {
  readonly label: unknown;
  readonly num?: boolean;
}

/**
 * Returns a table with `caption`, one header row of `columns` (`<th scope="col">`) and `rows` (the `<tr>`s) as its
 * body. `captionClass` hides the caption visually (`visually-hidden`) where a heading already shows it.
 */
export function dataTable(
  caption: unknown,
  columns: readonly TableColumn[],
  rows: unknown,
  captionClass?: string,
): TemplateResult {
  return html`<table>
    <caption class=${captionClass ?? nothing}>
      ${caption}
    </caption>
    <thead>
      <tr>
        ${columns.map((c) => html`<th scope="col" class=${c.num ? "num" : nothing}>${c.label}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}

/**
 * Returns the data-table view of a chart: a `<details>` disclosure labelled `label` whose scrolling region holds
 * `content()`, rendered only while open (a chart of 100,000 points should not build its table unasked).
 */
export function tableDisclosure(
  label: string,
  open: boolean,
  onToggle: (open: boolean) => void,
  content: () => unknown,
): TemplateResult {
  return html`<details part="table" @toggle=${(e: Event) => onToggle((e.target as HTMLDetailsElement).open)}>
    <summary>${label}</summary>
    ${open ? html`<div class="table-wrap" tabindex="0" role="region" aria-label=${label}>${content()}</div>` : nothing}
  </details>`;
}
