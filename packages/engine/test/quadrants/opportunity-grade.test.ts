import { describe, expect, it } from "vitest";
import { OPPORTUNITY_GRADES, opportunityGrade, opportunityGrades } from "../../src/index.ts";

describe("opportunityGrade", () => {
  // Every cell of the default 3×3 grid, with the bucket boundaries (≤ 3 and ≤ 6 months; p ≥ 0.7 and ≥ 0.4).
  it.each([
    [0, 0.9, "A"],
    [3, 0.7, "A"],
    [3.01, 0.7, "B"],
    [6, 1, "B"],
    [6.5, 0.95, "C"],
    [24, 0.7, "C"],
    [1, 0.69, "B"],
    [3, 0.4, "B"],
    [4, 0.5, "C"],
    [6, 0.4, "C"],
    [7, 0.6, "D"],
    [0, 0.39, "C"],
    [3, 0, "C"],
    [5, 0.2, "D"],
    [12, 0.1, "D"],
  ] as const)("opportunityGrade(%d, %d) is %s", (months, p, grade) => {
    const r = opportunityGrade(months, p);
    expect(r.success && r.data.grade).toBe(grade);
    expect(r.success && r.warnings).toEqual([]);
  });

  it("opportunityGrade(2, 0.8) explains buckets, label and action in both languages", () => {
    const r = opportunityGrade(2, 0.8);
    expect(r.success && r.data).toEqual({
      grade: "A",
      label: { "zh-CN": "全力以赴", en: "All-in" },
      action: OPPORTUNITY_GRADES.A.action,
      monthsToClose: 2,
      probability: 0.8,
      timeBucket: { index: 0, min: null, max: 3 },
      probabilityBucket: { index: 0, min: 0.7, max: null },
    });
    expect(OPPORTUNITY_GRADES.B.label.en).toBe("Control time");
    expect(OPPORTUNITY_GRADES.C.label["zh-CN"]).toBe("保持关注");
    expect(OPPORTUNITY_GRADES.D.label.en).toBe("Last");
  });

  it("opportunityGrade(months, 75) reads a probability above 1 as a percentage, with a warning", () => {
    const r = opportunityGrade(2, 75);
    expect(r.success && r.data).toMatchObject({ grade: "A", probability: 0.75 });
    expect(r.success && r.warnings[0]).toMatchObject({ code: "opportunity_probability_percent" });
    expect(opportunityGrade(2, 1)).toMatchObject({ success: true, data: { probability: 1, grade: "A" } });
    const pct = opportunityGrade(2, 50, { probabilityScale: "percent" });
    expect(pct.success && [pct.data.grade, pct.warnings.length]).toEqual(["B", 0]);
    const frac = opportunityGrade(2, 50, { probabilityScale: "fraction" });
    expect(!frac.success && frac.issues[0]!.code).toBe("opportunity_probability_range");
  });

  it.each([
    [-1, 0.5, "too_small", "monthsToClose"],
    [1, 150, "opportunity_probability_range", "probability"],
    [1, -0.1, "opportunity_probability_range", "probability"],
    ["soon", 0.5, "invalid_type", "monthsToClose"],
    [1, "likely", "invalid_type", "probability"],
    [Number.POSITIVE_INFINITY, 0.5, "not_finite", "monthsToClose"],
    [null, 0.5, "invalid_type", "monthsToClose"],
  ] as const)("opportunityGrade(%s, %s) fails with %s at %s", (months, p, code, path) => {
    const r = opportunityGrade(months as number, p as number);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues[0]).toMatchObject({ code, path: [path] });
  });

  it("opportunityGrade(months, p, {monthsCutoffs, probabilityCutoffs, grid}) uses a custom 2×2 grid", () => {
    const options = {
      monthsCutoffs: [1],
      probabilityCutoffs: [0.5],
      grid: [
        ["A", "B"],
        ["C", "D"],
      ] as ("A" | "B" | "C" | "D")[][],
    };
    expect(
      [
        opportunityGrade(1, 0.5, options),
        opportunityGrade(1.5, 0.5, options),
        opportunityGrade(1, 0.49, options),
        opportunityGrade(2, 0.1, options),
      ].map((r) => r.success && r.data.grade),
    ).toEqual(["A", "B", "C", "D"]);
    const shape = opportunityGrade(1, 0.5, { monthsCutoffs: [1] });
    expect(!shape.success && shape.issues[0]).toMatchObject({
      code: "opportunity_grid_shape",
      params: { rows: 3, columns: 2 },
    });
    const order = opportunityGrade(1, 0.5, { monthsCutoffs: [6, 3] });
    expect(!order.success && order.issues[0]!.code).toBe("opportunity_cutoffs_not_ascending");
  });
});

describe("opportunityGrades", () => {
  it("opportunityGrades(rows) grades each row, counts per grade and keeps bad rows with their issues", () => {
    const rows = [
      { id: 1, monthsToClose: 1, probability: 0.9 },
      { id: 2, monthsToClose: 5, probability: 0.9 },
      { id: 3, monthsToClose: -2, probability: 0.9 },
      { id: 4, monthsToClose: 9, probability: 0.1 },
    ];
    const r = opportunityGrades(rows, { id: "id" });
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.grades).toEqual(["A", "B", null, "D"]);
    expect(r.data.counts).toEqual({ A: 1, B: 1, C: 0, D: 1 });
    expect(r.data.rows[2]!.issues[0]).toMatchObject({ code: "too_small", path: ["rows", 2, "monthsToClose"] });
    expect(r.data.rows[2]!.id).toBe(3);
    expect(r.warnings.map((w) => w.code)).toEqual(["opportunity_rows_excluded"]);
  });

  it("opportunityGrades(rows) reads a whole column as percentages when any probability is above 1", () => {
    const r = opportunityGrades(
      [
        { m: 1, p: 80 },
        { m: 1, p: 0.5 },
      ],
      { months: "m", probability: (row) => row.p },
    );
    expect(r.success && r.data.percent).toBe(true);
    expect(r.success && r.data.rows.map((x) => x.result?.probability)).toEqual([0.8, 0.005]);
    expect(r.success && r.warnings[0]!.code).toBe("opportunity_probability_percent");
    expect(opportunityGrades([]).success).toBe(false);
  });
});
