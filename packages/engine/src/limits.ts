import { issue, type Issue } from "./result.ts";

/**
 * Most items a list argument of an engine function may hold: 10 million customers, values, rows or orders
 * (docs/limits.md). Ten times the largest book the benchmarks run; the per-item columns of a tiering of that size
 * take about 1 GB, still well inside a browser tab or Excel's shared runtime.
 */
export const MAX_ITEMS = 10_000_000;

/**
 * Most cells (rows × criteria) a value score or TOPSIS may read: two Float64Array columns per criterion (values and
 * ratings) of 100 million cells take 1.6 GB.
 */
export const MAX_CELLS = 100_000_000;

/**
 * Returns a `too_many_items` issue when `list` (an array or array-like) holds more than `max` items, else undefined.
 * It reads only `length`, so it runs first, before any work on the items, and answers at once for any size.
 * Anything without a numeric length is left to the caller's own type check.
 */
export function tooManyItems(list: unknown, path: readonly (string | number)[], max = MAX_ITEMS): Issue | undefined {
  const n = lengthOf(list);
  return n !== undefined && n > max ? issue("too_many_items", path, { maximum: max, received: n }) : undefined;
}

/**
 * Returns a `too_many_items` issue on `path` when `rows` × `criteria` cells pass {@link MAX_CELLS}: the row limit is
 * then MAX_CELLS ÷ criteria. Reads only the two lengths.
 */
export function tooManyCells(rows: unknown, criteria: unknown, path: readonly (string | number)[]): Issue | undefined {
  const rowsLength = lengthOf(rows);
  const k = lengthOf(criteria);
  if (rowsLength === undefined || k === undefined || k === 0) return tooManyItems(rows, path);
  return tooManyItems(rows, path, Math.min(MAX_ITEMS, Math.floor(MAX_CELLS / k)));
}

function lengthOf(list: unknown): number | undefined {
  if (typeof list !== "object" || list === null) return undefined;
  const n = (list as { length?: unknown }).length;
  return typeof n === "number" ? n : undefined;
}
