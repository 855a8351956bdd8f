import { toNumberCells, type Shape } from "./cells.ts";

/**
 * The raw cells of a range exactly as a call passed them, flattened row by row, so that a later call's fresh array
 * can be compared with them cell by cell without converting it. Only primitives are ever kept (a range holding
 * anything else fails to convert and is never cached), so a snapshot cannot change after it is taken.
 */
interface Snapshot {
  /** The outer array's length, or -1 when the argument was a single value rather than an array. */
  readonly rows: number;
  /** The shared row length when every row is an array of that length; -1 when the rows are ragged or scalar. */
  readonly columns: number;
  /** Per row: its length, or -1 for a row given as a bare value; only when `columns` is -1. */
  readonly lengths: Int32Array | null;
  /** The cells: a Float64Array when the grid is regular and every cell is a number (the common case), else as given. */
  readonly flat: Float64Array | readonly unknown[];
}

interface Entry<T> {
  key: string;
  raw: Snapshot;
  cells: (number | null)[];
  shape: Shape;
  value: T;
}

/** How many distinct (range, options) results are kept; a sheet rarely ranks more ranges than this at once. */
const capacity = 16;

/**
 * Returns a memo for work done on a whole numeric range (ranking it, taking its quantiles), keyed on the range's
 * contents plus an options key, so a per-cell formula filled down a column (`CUSTOMER_TIER(B2, B$2:B$100000)`)
 * ranks it once.
 *
 * Reuse is exact: a result is returned only for a range whose every cell is strictly equal (===) to the cells it
 * was computed from, so an edit to any one cell is a miss. Excel marshals a new array per call, so that proof is a
 * pass over the incoming array against the raw cells kept from the last matching call: no conversion, no
 * allocation, stopping at the first difference; only a miss converts the range and computes. The very same array
 * object is recognised in O(1), which assumes, as Excel guarantees, that an array is not changed after it was
 * passed. (=== counts -0 and 0 as equal; neither the ranking nor the quantile cuts can tell them apart.)
 */
export function rangeMemo<T>() {
  const byArray = new WeakMap<object, Entry<T>>();
  /** Least recently used first. */
  const recent: Entry<T>[] = [];

  return function memo(
    range: unknown,
    arg: string,
    key: string,
    compute: (cells: (number | null)[], shape: Shape) => T,
  ): { value: T; cells: (number | null)[]; shape: Shape } {
    const isObject = typeof range === "object" && range !== null;
    const known = isObject ? byArray.get(range) : undefined;
    if (known !== undefined && known.key === key) return known;
    let index = -1;
    for (let i = recent.length - 1; i >= 0; i -= 1) {
      const e = recent[i]!;
      if (e.key === key && sameRaw(range, e.raw)) {
        index = i;
        break;
      }
    }
    let entry: Entry<T>;
    if (index >= 0) {
      entry = recent[index]!;
      recent.splice(index, 1);
    } else {
      const { cells, shape } = toNumberCells(range, arg);
      entry = { key, raw: snapshot(range), cells, shape, value: compute(cells, shape) };
      if (recent.length >= capacity) recent.shift();
    }
    recent.push(entry);
    if (isObject) byArray.set(range, entry);
    return entry;
  };
}

/** Returns the raw cells of a range that converted without error (so every cell is a primitive). */
function snapshot(range: unknown): Snapshot {
  if (!Array.isArray(range)) return { rows: -1, columns: -1, lengths: null, flat: [range] };
  const rows = range.length;
  const first: unknown = range[0];
  const columns = Array.isArray(first) ? first.length : -1;
  let regular = columns >= 0;
  let numeric = true;
  let size = 0;
  for (let r = 0; r < rows; r += 1) {
    const row: unknown = range[r];
    if (!Array.isArray(row)) {
      regular = false;
      numeric = false;
      size += 1;
      continue;
    }
    if (row.length !== columns) regular = false;
    for (let c = 0; c < row.length; c += 1) if (typeof row[c] !== "number") numeric = false;
    size += row.length;
  }
  if (regular && numeric) {
    const flat = new Float64Array(size);
    let k = 0;
    for (let r = 0; r < rows; r += 1) {
      const row = range[r] as number[];
      for (let c = 0; c < columns; c += 1) flat[k++] = row[c]!;
    }
    return { rows, columns, lengths: null, flat };
  }
  const lengths = regular ? null : new Int32Array(rows);
  const flat: unknown[] = [];
  for (let r = 0; r < rows; r += 1) {
    const row: unknown = range[r];
    if (Array.isArray(row)) {
      if (lengths) lengths[r] = row.length;
      for (let c = 0; c < row.length; c += 1) flat.push(row[c]);
    } else {
      lengths![r] = -1;
      flat.push(row);
    }
  }
  return { rows, columns: regular ? columns : -1, lengths, flat };
}

/** Returns whether `range` holds exactly the cells of `raw`, in the same grid. */
function sameRaw(range: unknown, raw: Snapshot): boolean {
  if (raw.rows < 0) return !Array.isArray(range) && range === raw.flat[0];
  if (!Array.isArray(range) || range.length !== raw.rows) return false;
  const { flat, lengths } = raw;
  if (flat instanceof Float64Array) return sameNumbers(range, raw.columns, flat);
  return lengths === null ? sameGrid(range, raw.columns, flat) : sameIrregular(range, lengths, flat);
}

// The hot loop of a fill-down: one call per row, each comparing every cell. Kept monomorphic (a Float64Array on
// one side) and separate from the general loops so V8 compiles it to a tight loop.
function sameNumbers(range: readonly unknown[], columns: number, flat: Float64Array): boolean {
  if (columns === 1) {
    for (let r = 0; r < range.length; r += 1) {
      const row = range[r];
      if (!Array.isArray(row) || row.length !== 1 || row[0] !== flat[r]) return false;
    }
    return true;
  }
  return sameGrid(range, columns, flat);
}

function sameGrid(range: readonly unknown[], columns: number, flat: ArrayLike<unknown>): boolean {
  let k = 0;
  for (let r = 0; r < range.length; r += 1) {
    const row = range[r];
    if (!Array.isArray(row) || row.length !== columns) return false;
    for (let c = 0; c < columns; c += 1) if (row[c] !== flat[k++]) return false;
  }
  return true;
}

function sameIrregular(range: readonly unknown[], lengths: Int32Array, flat: readonly unknown[]): boolean {
  let k = 0;
  for (let r = 0; r < range.length; r += 1) {
    const row: unknown = range[r];
    if (!Array.isArray(row)) {
      if (lengths[r] !== -1 || row !== flat[k++]) return false;
      continue;
    }
    if (row.length !== lengths[r]) return false;
    for (let c = 0; c < row.length; c += 1) if (row[c] !== flat[k++]) return false;
  }
  return true;
}
