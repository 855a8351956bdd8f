import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quadrant, quadrants, quadrantsXY, type QuadrantKey } from "../../src/index.ts";

const pts = (xs: number[], ys: number[]) => xs.map((x, i) => ({ id: `c${i}`, x, y: ys[i] }));

describe("quadrants", () => {
  it("quadrants(points) splits at the median and sends a median equal to an existing value (even n) high", () => {
    // x: 1 2 2 3 → median 2 (an existing value), y: 10 20 30 40 → median 25
    const r = quadrants(pts([1, 2, 2, 3], [10, 40, 20, 30]), { id: "id" });
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.splits.x).toMatchObject({ method: "median", value: 2, onSplit: 2, high: 3, low: 1 });
    expect(r.data.splits.y).toMatchObject({ method: "median", value: 25, onSplit: 0, high: 2, low: 2 });
    expect(r.data.keys).toEqual(["LL", "HH", "HL", "HH"]);
    expect(r.data.counts).toEqual({ HH: 2, HL: 1, LH: 0, LL: 1 });
    expect(r.data.shares).toEqual({ HH: 0.5, HL: 0.25, LH: 0, LL: 0.25 });
    expect(r.data.points[1]).toMatchObject({ index: 1, id: "c1", x: 2, y: 40, key: "HH", label: "HH" });
    expect(r.warnings.map((w) => w.code)).toContain("quadrant_ties_on_split");
    const tie = r.warnings.find((w) => w.code === "quadrant_ties_on_split")!;
    expect(tie.params).toMatchObject({ axis: "x", count: 2, split: 2, high: 3, n: 4 });
  });

  it("quadrants(points, {xSplit: {by: 'mean'}}) uses the mean of the included values", () => {
    const r = quadrants(pts([1, 2, 3, 10], [1, 2, 3, 4]), { xSplit: { by: "mean" }, ySplit: "mean" });
    expect(r.success && r.data.splits.x.value).toBe(4);
    expect(r.success && r.data.splits.y.value).toBe(2.5);
    expect(r.success && r.data.keys).toEqual(["LL", "LL", "LH", "HH"]);
  });

  it("quadrants(points, {xSplit: {by: 'quantile', q}}) uses the R-7 quantile", () => {
    // R-7 at q = 0.75 of 1..5: h = 3 → 4; of 10,20,30,40,50 at q = 0.1: h = 0.4 → 14
    const r = quadrants(pts([1, 2, 3, 4, 5], [10, 20, 30, 40, 50]), {
      xSplit: { by: "quantile", q: 0.75 },
      ySplit: { by: "quantile", q: 0.1 },
    });
    expect(r.success && r.data.splits.x).toMatchObject({ method: "quantile", q: 0.75, value: 4 });
    expect(r.success && r.data.splits.y.value).toBeCloseTo(14, 12);
    expect(r.success && r.data.keys).toEqual(["LL", "LH", "LH", "HH", "HH"]);
  });

  it("quadrants(points, {xSplit: {value}}) uses a custom value and ties on it go high", () => {
    const r = quadrants(pts([5, 4.99, 6], [0, 0, 0]), { xSplit: { value: 5 }, ySplit: 1 });
    expect(r.success && r.data.splits.x).toMatchObject({ method: "value", value: 5, onSplit: 1 });
    expect(r.success && r.data.keys).toEqual(["HL", "LL", "HL"]);
    expect(r.success && r.warnings.map((w) => w.code)).toContain("quadrant_one_sided");
  });

  it("quadrants(points) excludes missing, NaN and text values with reason and count", () => {
    const points = [
      { x: 1, y: 1 },
      { x: null, y: 2 },
      { x: 3, y: Number.NaN },
      { x: "abc", y: "" },
      { x: 5, y: 5 },
      null,
      { x: 2, y: 4 },
    ];
    const r = quadrants(points as never[]);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.included).toBe(3);
    expect(r.data.excluded).toEqual([
      { index: 1, x: "missing", y: null },
      { index: 2, x: null, y: "not_finite" },
      { index: 3, x: "not_numeric", y: "missing" },
      { index: 5, x: "not_object", y: "not_object" },
    ]);
    expect(r.data.splits.x.value).toBe(2);
    expect(r.data.keys).toEqual(["LL", null, null, null, "HH", null, "HH"]);
    const w = r.warnings.find((x) => x.code === "quadrant_points_excluded")!;
    expect(w.params).toEqual({ count: 4, missingX: 3, missingY: 3 });
    expect(w.message).toBe("4 point(s) excluded: x invalid in 3, y invalid in 3");
  });

  it("quadrants(points, {missing: 'zero'}) counts missing values as 0 and {missing: 'error'} fails naming the field", () => {
    const points = [
      { f: 1, d: 1 },
      { f: null, d: 3 },
      { f: 3, d: 2 },
    ];
    const zero = quadrants(points, { x: "f", y: "d", missing: "zero" });
    expect(zero.success && zero.data.included).toBe(3);
    const err = quadrants(points, { x: "f", y: "d", missing: "error" });
    expect(err.success).toBe(false);
    if (err.success) return;
    expect(err.issues[0]).toMatchObject({ code: "quadrant_value_missing", path: ["points", 1, "f"] });
  });

  it("quadrants(points, {band}) marks points within ±δ of a split as uncertain", () => {
    const r = quadrants(pts([1, 2, 3, 4, 5], [1, 2, 3, 4, 5]), { band: { x: 0.5, y: 1 } });
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.splits.x).toMatchObject({ value: 3, band: 0.5 });
    expect(r.data.points.map((p) => p.uncertainAxes)).toEqual([[], ["y"], ["x", "y"], ["y"], []]);
    expect(r.data.uncertain).toBe(3);
    expect(r.warnings.map((w) => w.code)).toContain("quadrant_uncertain_points");
  });

  it("quadrants(points, {x, y}) reads accessors and labels in order HH, HL, LH, LL", () => {
    const r = quadrants([{ a: [1, 9] }, { a: [9, 1] }, { a: [1, 1] }, { a: [9, 9] }], {
      x: (p) => p.a[0],
      y: (p) => p.a[1],
      labels: ["star", "cash", "question", "dog"],
    });
    expect(r.success && r.data.points.map((p) => p.label)).toEqual(["question", "cash", "dog", "star"]);
    expect(r.success && r.data.cells.map((c) => [c.key, c.label, c.count])).toEqual([
      ["HH", "star", 1],
      ["HL", "cash", 1],
      ["LH", "question", 1],
      ["LL", "dog", 1],
    ]);
  });

  it("quadrants([]) fails with empty_input; all-invalid input fails with quadrant_no_valid_points", () => {
    const empty = quadrants([]);
    expect(!empty.success && empty.issues[0]!.code).toBe("empty_input");
    const none = quadrants([{ x: "a", y: 1 }]);
    expect(!none.success && none.issues[0]).toMatchObject({
      code: "quadrant_no_valid_points",
      params: { excluded: 1 },
    });
    const notArray = quadrants("nope" as never);
    expect(!notArray.success && notArray.issues[0]!.code).toBe("invalid_type");
  });

  it("quadrants(points, badOptions) fails naming the option", () => {
    const r = quadrants(pts([1], [1]), { xSplit: { by: "quantile", q: 2 } });
    expect(!r.success && r.issues[0]).toMatchObject({ code: "too_big", path: ["options", "xSplit", "q"] });
    const mode = quadrants(pts([1], [1]), { ySplit: { by: "mode" } as never });
    expect(!mode.success && mode.issues[0]).toMatchObject({
      code: "quadrant_invalid_split",
      path: ["options", "ySplit"],
    });
    const band = quadrants(pts([1], [1]), { band: { x: -1 } });
    expect(!band.success && band.issues[0]!.path).toEqual(["options", "band", "x"]);
    const labels = quadrants(pts([1], [1]), { labels: ["a", "b"] });
    expect(labels.success).toBe(false);
  });

  it("quadrantsXY(xs, ys) fails with length_mismatch on different lengths", () => {
    const r = quadrantsXY([1, 2, 3], [1, 2]);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues[0]).toMatchObject({ code: "length_mismatch", path: ["ys"], params: { expected: 3, received: 2 } });
  });

  it("quadrantsXY(xs, ys, {ids}) gives the same keys as quadrants and names bad cells by index", () => {
    const r = quadrantsXY([1, 2, 3, 4], [4, 3, 2, 1], { ids: ["a", "b", "c", "d"] });
    expect(r.success && r.data.keys).toEqual(["LH", "LH", "HL", "HL"]);
    expect(r.success && r.data.points[0]!.id).toBe("a");
    const err = quadrantsXY([1, "x"], [1, 2], { missing: "error" });
    expect(!err.success && err.issues[0]!.path).toEqual(["xs", 1]);
  });
});

describe("quadrant", () => {
  it.each([
    [5, 5, "HH"],
    [5, 4, "HL"],
    [4, 5, "LH"],
    [4, 4, "LL"],
  ] as const)("quadrant(%d, %d, 5, 5) is %s (≥ split is high)", (x, y, key) => {
    const r = quadrant(x, y, 5, 5);
    expect(r.success && r.data.key).toBe(key);
    expect(r.success && r.data.label).toBe(key);
  });

  it("quadrant(x, y, xs, ys, labels) returns the label in order high/high, high/low, low/high, low/low", () => {
    const labels = ["明星", "金牛", "问题", "瘦狗"];
    expect(
      [
        quadrant(9, 9, 5, 5, labels),
        quadrant(9, 1, 5, 5, labels),
        quadrant(1, 9, 5, 5, labels),
        quadrant(1, 1, 5, 5, labels),
      ].map((r) => r.success && r.data.label),
    ).toEqual(labels);
    expect(quadrant(1, 1, 5, 5, { LL: "low" }).success && quadrant(1, 1, 5, 5, { LL: "low" })).toMatchObject({
      data: { label: "low" },
    });
  });

  it("quadrant(bad...) fails naming each bad argument", () => {
    const r = quadrant(Number.NaN, "a" as never, null as never, 1);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => [i.code, i.path[0]])).toEqual([
      ["not_finite", "x"],
      ["invalid_type", "y"],
      ["invalid_type", "xSplit"],
    ]);
    const labels = quadrant(1, 1, 1, 1, ["a", "b", "c"]);
    expect(!labels.success && labels.issues[0]).toMatchObject({
      code: "quadrant_labels_count",
      params: { received: 3 },
    });
  });
});

describe("quadrants properties", () => {
  const num = fc.oneof(fc.integer({ min: -20, max: 20 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
  const points = fc.uniqueArray(fc.record({ id: fc.uuid(), x: num, y: num }), {
    minLength: 1,
    maxLength: 40,
    selector: (p) => p.id,
  });
  const split = fc.constantFrom<"median" | "mean">("median", "mean");

  it("quadrants(points) assigns each point the same quadrant whatever the input order", () => {
    fc.assert(
      fc.property(points, fc.infiniteStream(fc.nat()), split, (ps, seeds, by) => {
        const shuffled = [...ps]
          .map((p, i) => ({ p, k: seeds.next().value + i / 1000 }))
          .sort((a, b) => a.k - b.k)
          .map((e) => e.p);
        const a = quadrants(ps, { xSplit: { by }, ySplit: { by }, id: "id" });
        const b = quadrants(shuffled, { xSplit: { by }, ySplit: { by }, id: "id" });
        if (!a.success || !b.success) return false;
        const byId = new Map(b.data.points.map((p) => [p.id, p.key]));
        return a.data.points.every((p) => byId.get(p.id) === p.key);
      }),
    );
  });

  it("quadrants(points) with x and y swapped swaps HL and LH", () => {
    const swap: Record<QuadrantKey, QuadrantKey> = { HH: "HH", HL: "LH", LH: "HL", LL: "LL" };
    fc.assert(
      fc.property(points, (ps) => {
        const a = quadrants(ps);
        const b = quadrants(ps, { x: "y", y: "x" });
        if (!a.success || !b.success) return false;
        return a.data.keys.every((k, i) => k !== null && b.data.keys[i] === swap[k]);
      }),
    );
  });

  it("quadrants(points) never mutates the points", () => {
    fc.assert(
      fc.property(points, (ps) => {
        const before = JSON.stringify(ps);
        const frozen = Object.freeze(ps.map((p) => Object.freeze({ ...p })));
        quadrants(frozen, { band: { x: 1, y: 1 }, id: "id" });
        quadrants(ps);
        return JSON.stringify(ps) === before;
      }),
    );
  });
});
