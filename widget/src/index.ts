// Element classes and helpers, without registering anything: hosts that want their own tag names subclass and
// define them (`customElements.define("portal-pareto", class extends KeylensPareto {})`). `define.ts` registers
// the keylens-* names.
export { KeylensElement, rowName } from "./keylens-element.ts";
export type { SelectDetail, ExportDetail, CsvTable } from "./keylens-element.ts";
export { KeylensPareto, paretoCsv, numberList, labelList } from "./pareto.ts";
export type { ParetoMethod } from "./pareto.ts";
export { KeylensTierTable } from "./tier-table.ts";
export { KeylensDashboard } from "./dashboard.ts";
export { KeylensQuadrant, presetOf, splitOf, markerPath } from "./quadrant.ts";
export type { QuadrantRenderer } from "./quadrant.ts";
export { KeylensBill, billEntries } from "./bill.ts";
export type { BillEntry } from "./bill.ts";
export type { TierTableColumn } from "./tier-table.ts";
export { tierRows, explainItem } from "./tier-rows.ts";
export { parseCsv, csvRecords } from "./parse-csv.ts";
export type { DataRow } from "./parse-csv.ts";
export { loadRows, rowsFromText } from "./load-rows.ts";
export type { LoadResult, LoadFailure } from "./load-rows.ts";
export { toCsv, csvCell } from "./to-csv.ts";
export { formatCompact, formatNumber, formatPercent, formatYuan } from "./format-number.ts";
export { localeOf, resolveLocale } from "./locale.ts";
export { ELEMENTS } from "./elements.ts";
