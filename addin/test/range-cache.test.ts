// The range memo behind CUSTOMER_TIER / RFM_SCORE filled down a column: a cached result is reused only for a range
// whose every cell equals the one it was computed from, in the same grid, so an edited cell is never answered from
// a stale ranking. The second part checks the same through the built functions.js, as Excel would call it.
import { abcTiers } from "@keylens/engine";
import { beforeAll, describe, expect, it } from "vitest";
import { rangeMemo } from "../src/functions/range-cache.ts";
import { loadBuiltFunctions, type CustomFunction } from "./built-functions.ts";

const column = (values: unknown[]) => values.map((v) => [v]);

/** Returns a memo whose compute records what it was given and returns a fresh token per computation. */
function countingMemo() {
  const memo = rangeMemo<number>();
  const seen: (number | null)[][] = [];
  const call = (range: unknown, key = "k") =>
    memo(range, "values", key, (cells) => {
      seen.push(cells);
      return seen.length;
    });
  return { call, seen };
}

describe("rangeMemo", () => {
  it("computes once for the same array object and for fresh arrays with the same cells", () => {
    const { call, seen } = countingMemo();
    const range = column([5, 3, 8]);
    expect(call(range).value).toBe(1);
    expect(call(range).value).toBe(1);
    expect(call(column([5, 3, 8])).value).toBe(1);
    expect(call(range.slice()).value).toBe(1);
    expect(seen).toEqual([[5, 3, 8]]);
  });

  it.for([0, 1, 499, 999])("recomputes when a fresh copy differs in cell %i only", (at) => {
    const { call, seen } = countingMemo();
    const values = Array.from({ length: 1000 }, (_, i) => i + 1);
    expect(call(column(values)).value).toBe(1);
    const edited = values.slice();
    edited[at] = 0.5;
    const out = call(column(edited));
    expect(out.value).toBe(2);
    expect(out.cells[at]).toBe(0.5);
    expect(seen[1]).toEqual(edited);
  });

  it("recomputes when a fresh outer array shares rows and one of them was edited in place", () => {
    const { call } = countingMemo();
    const range = column([5, 3, 8]);
    expect(call(range).value).toBe(1);
    const copy = range.slice();
    copy[1]![0] = 4;
    expect(call(copy)).toMatchObject({ value: 2, cells: [5, 4, 8] });
  });

  it("recomputes for the same cells in another grid, and returns that grid's shape", () => {
    const { call } = countingMemo();
    expect(call(column([5, 3, 8]))).toMatchObject({ value: 1, shape: { rows: 3, columns: 1 } });
    expect(call([[5, 3, 8]])).toMatchObject({ value: 2, shape: { rows: 1, columns: 3 } });
    expect(call(column([5, 3, 8])).value).toBe(1);
    expect(call(5)).toMatchObject({ value: 3, shape: { rows: 1, columns: 1 } });
    expect(call([[5]])).toMatchObject({ value: 4, shape: { rows: 1, columns: 1 } });
    expect(call(5).value).toBe(3);
  });

  it('tells a blank given as null from one given as "" and a number from its text, yet converts both alike', () => {
    const { call } = countingMemo();
    expect(call(column([5, null, 8])).value).toBe(1);
    expect(call(column([5, "", 8]))).toMatchObject({ value: 2, cells: [5, null, 8] });
    expect(call(column(["5", null, 8]))).toMatchObject({ value: 3, cells: [5, null, 8] });
    expect(call(column(["5", null, 8])).value).toBe(3);
    expect(call(column(["5 ", null, 8])).value).toBe(4);
  });

  it("compares rows given as bare values, as a script may pass them, row by row", () => {
    const { call } = countingMemo();
    expect(call([[1], [3], 4]).value).toBe(1);
    expect(call([[1], [3], 4]).value).toBe(1);
    expect(call([[1], [3], [4]])).toMatchObject({ value: 2, cells: [1, 3, 4] });
    expect(call([1, 3, 4])).toMatchObject({ value: 3, cells: [1, 3, 4] });
    expect(call([1, 3, 4]).value).toBe(3);
    expect(call([[1], [3], 5]).value).toBe(4);
  });

  it("keeps one result per options key for the same range", () => {
    const { call } = countingMemo();
    const range = column([5, 3, 8]);
    expect(call(range, "a").value).toBe(1);
    expect(call(range, "b").value).toBe(2);
    expect(call(column([5, 3, 8]), "a").value).toBe(1);
    expect(call(range, "b").value).toBe(2);
  });

  it("caches nothing for a range that does not convert, so each call reports it again", () => {
    const { call, seen } = countingMemo();
    expect(() => call(column([5, "many", 8]))).toThrow("expected_number_cell");
    expect(() => call(column([5, "many", 8]))).toThrow("expected_number_cell");
    expect(seen).toEqual([]);
  });
});

describe("CUSTOMER_TIER and CUSTOMER_TIERS in the built functions.js", () => {
  let fns: Map<string, CustomFunction>;
  beforeAll(() => {
    ({ registered: fns } = loadBuiltFunctions());
  });
  const tier = (value: unknown, range: unknown) => fns.get("CUSTOMER_TIER")!(value, range, null, null, null, null);
  const tiers = (range: unknown) => fns.get("CUSTOMER_TIERS")!(range, null, null, null, null);

  /** The engine's tiers of `values` with the add-in's defaults. */
  function expected(values: number[]): string[] {
    const r = abcTiers(values, {});
    if (!r.success) throw new Error(r.issues[0]?.message);
    return r.data.tier.map((t) => t ?? "");
  }

  it("gives each row of a fill-down over fresh copies the engine's tier, and follows an edit to one cell", () => {
    const values = Array.from({ length: 200 }, (_, i) => ((i * 7919) % 200) + 1);
    const range = column(values);
    const want = expected(values);
    expect(values.map((v) => tier(v, range.slice()))).toEqual(want);
    // Make the smallest customer the largest: its tier and every other row's share change.
    const at = values.indexOf(1);
    const edited = values.slice();
    edited[at] = 100_000;
    const wantEdited = expected(edited);
    expect([want[at], wantEdited[at]]).toEqual(["C", "B"]);
    expect(edited.map((v) => tier(v, column(edited)))).toEqual(wantEdited);
    expect(values.map((v) => tier(v, range.slice()))).toEqual(want);
  });

  it("spills the tiers in the shape of the range it was given, even after the same values as a column", () => {
    const values = [50, 30, 10, 5, 5];
    const want = expected(values);
    expect(tiers(column(values))).toEqual(want.map((t) => [t]));
    expect(tiers([values])).toEqual([want]);
  });
});
