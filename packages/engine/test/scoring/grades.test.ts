import { describe, expect, it } from "vitest";
import { DEFAULT_GRADE_BANDS, gradeByBands, gradeByQuotas, type Result } from "../../src/index.ts";

function data<T>(r: Result<T>): T {
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}

describe("gradeByBands", () => {
  it("gradeByBands(scores) uses the seed bands ≥ 85 key, [70, 85) important, [60, 70) general, < 60 maintenance", () => {
    const r = data(gradeByBands([100, 85, 84.99999999999999, 84.9, 70, 69.99, 60, 59.99, 0, null]));
    expect(r.grades).toEqual([
      "key",
      "key",
      "key",
      "important",
      "important",
      "general",
      "general",
      "maintenance",
      "maintenance",
      null,
    ]);
    expect(r.bands.map((b) => [b.grade, b.min, b.max, b.count, b.labels?.["zh-CN"]])).toEqual([
      ["key", 85, null, 3, "关键客户"],
      ["important", 70, 85, 2, "重点客户"],
      ["general", 60, 70, 2, "一般客户"],
      ["maintenance", 0, 60, 2, "维持客户"],
    ]);
    expect(r.ungraded).toBe(1);
    expect(DEFAULT_GRADE_BANDS.map((b) => b.labels?.en)).toEqual(["Key", "Important", "General", "Maintenance"]);
  });

  it("gradeByBands(scores, bands) accepts bands in any order and warns about scores below the lowest", () => {
    const r = gradeByBands(
      [-1, 5, 50],
      [
        { min: 0, grade: "C" },
        { min: 50, grade: "A" },
        { min: 10, grade: "B" },
      ],
    );
    expect(r.success && r.data.grades).toEqual([null, "C", "A"]);
    expect(r.success && r.warnings[0]).toMatchObject({ code: "scoring_scores_below_bands", params: { count: 1 } });
  });

  it("gradeByBands(scores, bands) refuses duplicate bounds and non-finite scores", () => {
    const dup = gradeByBands(
      [1],
      [
        { min: 0, grade: "A" },
        { min: 0, grade: "B" },
      ],
    );
    expect(dup.success ? null : dup.issues[0]!.code).toBe("scoring_grade_bands_duplicate");
    const inf = gradeByBands([1, Infinity]);
    expect(inf.success ? null : inf.issues[0]).toMatchObject({ code: "not_finite", path: ["scores", 1] });
  });
});

describe("gradeByQuotas", () => {
  const thirteen = Array.from({ length: 13 }, (_, i) => 100 - i * 5);

  it("gradeByQuotas(scores) grades 20/30/30/20 with cumulative boundaries: n = 13 → 3/4/3/3 half-up", () => {
    const r = data(gradeByQuotas(thirteen));
    expect(r.grades.join("")).toBe("AAABBBBCCCDDD");
    expect(r.bands.map((b) => [b.grade, b.count, b.minScore, b.maxScore])).toEqual([
      ["A", 3, 90, 100],
      ["B", 4, 70, 85],
      ["C", 3, 55, 65],
      ["D", 3, 40, 50],
    ]);
  });

  it("gradeByQuotas(scores, quotas, {rounding: 'halfEven'}) gives 3/3/4/3 for n = 13", () => {
    expect(data(gradeByQuotas(thirteen, undefined, { rounding: "halfEven" })).grades.join("")).toBe("AAABBBCCCCDDD");
  });

  it("gradeByQuotas(scores, quotas, {labels}) keeps zero and negative scores ranked and null scores ungraded", () => {
    const r = gradeByQuotas([0, -5, 10, null, 10], [0.5, 0.5], { labels: ["高", "低"] });
    expect(r.success && r.data.grades).toEqual(["低", "低", "高", null, "高"]);
    expect(r.success && r.data.ungraded).toBe(1);
  });

  it("gradeByQuotas(scores, quotas) refuses quotas that do not sum to 1", () => {
    const r = gradeByQuotas([1, 2], [0.5, 0.6]);
    expect(r.success ? null : r.issues[0]!.code).toBe("tier_quotas_sum");
  });
});
