import { toNumberCells, type Shape } from "./cells.ts";

interface Entry<T> {
  hash: number;
  key: string;
  cells: (number | null)[];
  shape: Shape;
  value: T;
}

/** How many distinct (range, options) results are kept; a sheet rarely ranks more ranges than this at once. */
const capacity = 16;

/**
 * Returns a memo for work done on a whole numeric range (ranking it, taking its quantiles), keyed on the range's
 * contents plus an options key, so a per-cell formula filled down a column (`CUSTOMER_TIER(B2, B$2:B$100000)`)
 * computes it once. The same array object is recognised in O(1); a fresh array with the same contents (Excel
 * passes a new one per call) costs one O(n) pass to hash and compare, never a new sort.
 */
export function rangeMemo<T>() {
  const byArray = new WeakMap<object, Map<string, Entry<T>>>();
  const recent: Entry<T>[] = [];

  function remember(range: object, entry: Entry<T>) {
    let perKey = byArray.get(range);
    if (!perKey) byArray.set(range, (perKey = new Map()));
    perKey.set(entry.key, entry);
  }

  return function memo(
    range: unknown,
    arg: string,
    key: string,
    compute: (cells: (number | null)[], shape: Shape) => T,
  ): { value: T; cells: (number | null)[]; shape: Shape } {
    const isObject = typeof range === "object" && range !== null;
    const known = isObject ? byArray.get(range)?.get(key) : undefined;
    if (known) return known;
    const { cells, shape } = toNumberCells(range, arg);
    const hash = hashCells(cells);
    const index = recent.findIndex((e) => e.hash === hash && e.key === key && sameCells(e.cells, cells));
    let entry = index >= 0 ? recent[index]! : undefined;
    if (entry) {
      recent.splice(index, 1);
    } else {
      entry = { hash, key, cells, shape, value: compute(cells, shape) };
      if (recent.length >= capacity) recent.shift();
    }
    recent.push(entry);
    if (isObject) remember(range, entry);
    return entry;
  };
}

function hashCells(cells: readonly (number | null)[]): number {
  let h = 0x811c9dc5 ^ cells.length;
  for (const c of cells) {
    const v = c === null ? 0x9e3779b9 : (c | 0) ^ Math.imul((c * 65536) | 0, 0x85ebca6b) ^ ((c * 1e-6) | 0);
    h = Math.imul(h ^ v, 16777619);
  }
  return h >>> 0;
}

function sameCells(a: readonly (number | null)[], b: readonly (number | null)[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}
