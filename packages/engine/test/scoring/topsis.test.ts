import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { topsis, topsisMatrix, type Criterion, type Result } from "../../src/index.ts";

interface TopsisCase {
  name: string;
  input: { criteria: Criterion[]; rows: Record<string, number | string>[] };
  expected: Record<"closeness" | "rank", Record<string, number>> &
    Partial<Record<"distanceToIdeal" | "distanceToAntiIdeal", Record<string, number>>>;
  source: string;
}
const cases = ["topsis-mobile-handsets", "topsis-model-selection"].map(
  (name) =>
    JSON.parse(readFileSync(new URL(`../fixtures/scoring/${name}.json`, import.meta.url), "utf8")) as TopsisCase,
);

function data<T>(r: Result<T>): T {
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}

describe("topsis", () => {
  it.each(cases)("topsis(rows, criteria) reproduces $name to 6 decimals", (c) => {
    const r = data(topsis(c.input.rows, c.input.criteria, { idField: "model" }));
    (r.ids as string[]).forEach((id, i) => {
      expect(r.closeness[i]).toBeCloseTo(c.expected.closeness[id]!, 6);
      expect(r.ranks[i]).toBe(c.expected.rank[id]);
      if (c.expected.distanceToIdeal) expect(r.distanceToIdeal[i]).toBeCloseTo(c.expected.distanceToIdeal[id]!, 6);
      if (c.expected.distanceToAntiIdeal) {
        expect(r.distanceToAntiIdeal[i]).toBeCloseTo(c.expected.distanceToAntiIdeal[id]!, 6);
      }
    });
  });

  it("topsis(rows, criteria) reports the norm, ideal and anti-ideal per criterion", () => {
    const c = cases[0]!;
    const r = data(topsis(c.input.rows, c.input.criteria));
    const price = r.criteria[2]!;
    expect(price.norm).toBeCloseTo(Math.sqrt(250 ** 2 + 200 ** 2 + 300 ** 2 + 275 ** 2 + 225 ** 2), 9);
    expect(price.ideal).toBeCloseTo((0.25 * 200) / price.norm, 12);
    expect(price.antiIdeal).toBeCloseTo((0.25 * 300) / price.norm, 12);
  });

  it("topsisMatrix(matrix, criteria) equals topsis on the same data", () => {
    const c = cases[0]!;
    const fields = c.input.criteria.map((k) => k.field!);
    const matrix = c.input.rows.map((row) => fields.map((f) => row[f]!));
    const m = data(
      topsisMatrix(
        matrix,
        c.input.criteria.map(({ field: _field, ...rest }) => rest),
      ),
    );
    const r = data(topsis(c.input.rows, c.input.criteria));
    expect([...m.closeness]).toEqual([...r.closeness]);
  });

  it("topsis(rows) refuses missing values, naming the criterion and row", () => {
    const r = topsis(
      [
        { a: 1, b: 2 },
        { a: null, b: 3 },
      ],
      [
        { field: "a", weight: 1 },
        { field: "b", weight: 1 },
      ],
    );
    expect(r.success ? null : r.issues[0]).toMatchObject({
      code: "scoring_topsis_missing",
      path: ["rows", 1, "a"],
      params: { criterion: "a", count: 1 },
    });
  });

  it("topsis(rows) gives identical alternatives the constant closeness, never NaN", () => {
    const r = topsis([{ a: 2 }, { a: 2 }], [{ field: "a", weight: 1 }]);
    expect(r.success && [...r.data.closeness]).toEqual([1, 1]);
    expect(r.success && r.warnings.map((w) => w.code)).toEqual(["scoring_topsis_identical"]);
  });
});
