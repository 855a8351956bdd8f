// The add-in's tiering functions as Excel calls them, from the built addin/dist/functions.js: CUSTOMER_TIER filled
// down a whole column against that column's range, and CUSTOMER_TIERS spilled over it. The fill-down is timed two
// ways. Excel marshals a new range array for every call, so each call must prove the range still equals the one it
// ranked, cell by cell (an edited cell must never get a stale tier): that is the "fresh copy" case, O(n) per call
// and O(n²) for the column, 1e10 cell reads for 100,000 rows; it times 1,000 calls spread over the column (each does
// the same work) and judges their rate against 100,000 calls in 3 s. A caller passing the very same array object is
// recognised in O(1): the "same array" case, timed over the whole column.
import { abcTiers } from "../packages/engine/src/index.ts";
import { values } from "./abc.bench.ts";
import { agree, benchmark, grouped } from "./harness.ts";
import { loadAddinFunctions, type CustomFunction } from "./peers/built-files.ts";

interface TierData {
  readonly values: Float64Array;
  /** The range as Excel passes it: one single-cell row per value. */
  readonly cells: readonly (readonly number[])[];
}

let functions: Map<string, CustomFunction> | undefined;

function addin(id: "CUSTOMER_TIER" | "CUSTOMER_TIERS"): CustomFunction {
  functions ??= loadAddinFunctions();
  const fn = functions.get(id);
  if (!fn) throw new Error(`addin/dist/functions.js does not register ${id}`);
  return fn;
}

function prepare(size: number): TierData {
  const v = values(size);
  return { values: v, cells: Array.from(v, (x) => [x]) };
}

/** The engine's tier of every row with the add-in's defaults (method value, cutoffs 0.8, 0.95). */
function engineTiers(v: Float64Array): readonly (string | null)[] {
  const r = abcTiers(v);
  if (!r.success) throw new Error(`abcTiers failed: ${r.issues[0]?.message}`);
  return r.data.tier;
}

let runs = 0;

/**
 * Returns the range of one timed run: the prepared column with its first value raised by a fen per run, in a new
 * array, so no run is answered from the ranking an earlier run cached and every run's total includes one ranking.
 */
function freshRange(data: TierData): (readonly number[])[] {
  const range = data.cells.slice();
  runs += 1;
  range[0] = [data.cells[0]![0]! + runs * 0.01];
  return range;
}

/** Returns the tier of every row of `range`, each from its own =CUSTOMER_TIER(A_i, A$1:A$n) call on one array. */
function fillDownSameArray(range: readonly (readonly number[])[]): unknown[] {
  const customerTier = addin("CUSTOMER_TIER");
  const out = new Array<unknown>(range.length);
  for (let i = 0; i < range.length; i++) out[i] = customerTier(range[i]![0], range, null, null, null, null);
  return out;
}

/** How many rows of the column the fresh-copy case calls: every (n ÷ this)-th row. */
const sampledCalls = (size: number) => Math.min(size, 1000);

/**
 * Calls =CUSTOMER_TIER(A_i, A$1:A$n) for `sampledCalls` rows spread over the column, each with a new range array
 * as Excel marshals one (a shallow copy: the rows are shared, but the add-in compares every cell, never row
 * identity, so that saves it nothing). Only the calls are timed, not the copying: a 100,000-element copy lands in
 * V8's large-object space and costs more than the call itself, a stand-in for Excel's marshalling, not add-in work.
 */
function fillDownFreshCopies(range: readonly (readonly number[])[], calls: number) {
  const customerTier = addin("CUSTOMER_TIER");
  const rows: number[] = [];
  const tiers: unknown[] = [];
  let selfTimedMs = 0;
  for (let k = 0; k < calls; k++) {
    const i = Math.floor((k * range.length) / calls);
    const copy = range.slice();
    const t0 = performance.now();
    const tier = customerTier(range[i]![0], copy, null, null, null, null);
    selfTimedMs += performance.now() - t0;
    rows.push(i);
    tiers.push(tier);
  }
  return { rows, tiers, selfTimedMs };
}

function checkRows(rows: readonly number[], got: readonly unknown[], want: readonly (string | null)[], what: string) {
  agree(got.length === rows.length, `${what} gave ${got.length} tiers for ${rows.length} rows`);
  const counts = new Map<string, number>();
  rows.forEach((row, k) => {
    agree(got[k] === want[row], `row ${row + 1}: ${what} ${String(got[k])}, abcTiers ${want[row]}`);
    counts.set(String(got[k]), (counts.get(String(got[k])) ?? 0) + 1);
  });
  return [...counts].map(([tier, n]) => `${tier} ${grouped(n)}`).join(" / ");
}

const everyRow = (n: number) => Array.from({ length: n }, (_, i) => i);

export const benchmarks = [
  benchmark<TierData>({
    name: "addin customer_tier fill-down 100k (same array)",
    size: 100_000,
    what:
      "100,000 per-cell =KL.CUSTOMER_TIER(A_i, A$1:A$100000) calls, every row of the column, passing one range " +
      "array object to every call (addin/dist/functions.js; recognised in O(1)); one ranking per run included",
    prepare,
    check: (data) => {
      const n = data.values.length;
      const counts = checkRows(everyRow(n), fillDownSameArray(data.cells), engineTiers(data.values), "CUSTOMER_TIER");
      return `${counts}: every row's CUSTOMER_TIER = abcTiers`;
    },
    run: (data) => fillDownSameArray(freshRange(data)),
    operations: (size) => size,
    // Issue 5: a column of 100,000 per-cell tiers in under 3 s in total.
    targets: { maxMs: 3000 },
  }),
  benchmark<TierData>({
    name: "addin customer_tier fill-down 100k (fresh copy)",
    size: 100_000,
    what:
      "1,000 rows spread over a 100,000-row fill-down of =KL.CUSTOMER_TIER(A_i, A$1:A$100000), each call given a " +
      "new range array as Excel passes one, so each compares all 100,000 cells with the ranked range (the " +
      "ranking itself cached before timing; the copying not timed); the target is issue 5's 100,000 rows in 3 s",
    prepare,
    check: (data) => {
      const { rows, tiers } = fillDownFreshCopies(data.cells, sampledCalls(data.values.length));
      const counts = checkRows(rows, tiers, engineTiers(data.values), "CUSTOMER_TIER");
      return `${counts} in the sampled rows: each CUSTOMER_TIER = abcTiers`;
    },
    run: (data) => {
      const range = freshRange(data);
      addin("CUSTOMER_TIER")(range[0]![0], range, null, null, null, null);
      return fillDownFreshCopies(range, sampledCalls(data.values.length));
    },
    operations: sampledCalls,
    // Issue 5: 100,000 rows in under 3 s, i.e. at least 33,334 calls a second.
    targets: { minPerSecond: 33_334 },
  }),
  benchmark<TierData>({
    name: "addin customer_tiers 100k",
    size: 100_000,
    what: "one =KL.CUSTOMER_TIERS(A1:A100000) spilled over 100,000 values (addin/dist/functions.js): read, rank, spill",
    prepare,
    check: (data) => {
      const spilled = addin("CUSTOMER_TIERS")(data.cells, null, null, null, null);
      agree(Array.isArray(spilled), `CUSTOMER_TIERS returned ${String(spilled)}`);
      agree(
        spilled.every((row) => Array.isArray(row) && row.length === 1),
        "CUSTOMER_TIERS did not spill one column",
      );
      const column = spilled.map((row: unknown[]) => row[0]);
      const counts = checkRows(everyRow(column.length), column, engineTiers(data.values), "CUSTOMER_TIERS");
      return `${counts}: the spilled column = abcTiers`;
    },
    run: (data) => addin("CUSTOMER_TIERS")(freshRange(data), null, null, null, null),
    // Issue 5: CUSTOMER_TIERS over 100,000 values in under 300 ms.
    targets: { maxMs: 300 },
  }),
];
