import { describe, expect, it } from "vitest";
import { abcTiers, explainTier, type AbcResult } from "../../src/index.ts";

function tiers(values: readonly unknown[], options: Parameters<typeof abcTiers>[1] = {}): AbcResult {
  const r = abcTiers(values, options);
  if (!r.success) throw new Error(r.issues[0]!.message);
  return r.data;
}

describe("explainTier", () => {
  // 27000 / 75000 = 36 %, then 68 %, 92 %, 100 %: A ends at the 80 % cut after rank 2, B at 95 % after rank 3.
  const seed = tiers([27000, 24000, 18000, 6000]);

  it("explainTier(result, i) gives rank, cumulative share, the rule and limit, and the cut, from the result", () => {
    expect(explainTier(seed, 1, "en")).toEqual({
      index: 1,
      of: 4,
      method: "value",
      status: "ranked",
      tier: "A",
      tierIndex: 0,
      rank: 2,
      cumShare: 0.68,
      limit: 0.8,
      boundary: true,
      tiedWith: 0,
      text: "rank 2 of 4, cumulative 68.0%, within tier A's cumulative value limit of 80.0%, next to a cut",
    });
    expect(explainTier(seed, 1)!.text).toBe("排名 2/4，累计占比 68.0%，未超过 A 级累计价值界限 80.0%，位于分界处");
  });

  it("explainTier names the count quota for method count and the tie group size", () => {
    const r = tiers([5, 5, 5, 1, 1], { method: "count", cutoffs: [0.2, 0.5], ties: "group" });
    const e = explainTier(r, 0, "en")!;
    expect(e.tiedWith).toBe(2);
    // The 20 % cut (after rank 1) falls inside the tie group of three 5s; ties="group" moves the group to B.
    expect(e.text).toBe(
      "rank 1 of 5, cumulative 29.4%, within tier B's count quota (cumulative 50.0%), next to a cut, tied with 2 others",
    );
  });

  it("explainTier reports why an item is left out: missing, zero, negative", () => {
    const r = tiers([100, null, 0, -5, 50]);
    expect([1, 2, 3].map((i) => explainTier(r, i, "en")!.status)).toEqual(["missing", "zero", "negative"]);
    expect(explainTier(r, 3, "en")).toMatchObject({
      tier: null,
      tierIndex: -1,
      rank: 0,
      text: "value is negative, not tiered",
    });
    expect(explainTier(r, 1)!.text).toBe("数值缺失，未分级");
  });

  it("explainTier names the separate class under nonPositive='separate'", () => {
    const r = tiers([100, 0, 50], { nonPositive: "separate" });
    const e = explainTier(r, 1, "en")!;
    expect(e).toMatchObject({ status: "separate", tier: r.labels.at(-1), limit: null });
    expect(e.text).toBe(`zero or negative, kept apart as ${r.labels.at(-1)}`);
  });

  it("explainTier returns null for an index outside the result", () => {
    expect(explainTier(seed, 4)).toBeNull();
    expect(explainTier(seed, -1)).toBeNull();
    expect(explainTier(seed, 1.5)).toBeNull();
  });
});
