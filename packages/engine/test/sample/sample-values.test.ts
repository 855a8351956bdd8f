import { describe, expect, it } from "vitest";
import { sampleValues } from "../../src/index.ts";

describe("sampleValues", () => {
  it("sampleValues(n, seed) is deterministic and seed-dependent", () => {
    const a = sampleValues(1000, 5);
    const b = sampleValues(1000, 5);
    const c = sampleValues(1000, 6);
    expect(a).toEqual(b);
    expect(a.success && c.success && a.data[0] !== c.data[0]).toBe(true);
  });

  it("sampleValues(100000) gives positive fen-rounded values with the top 20 % holding 75–85 %", () => {
    const r = sampleValues(100_000);
    if (!r.success) throw new Error("expected success");
    const sorted = Float64Array.from(r.data).sort().reverse();
    let top = 0;
    let total = 0;
    sorted.forEach((v, i) => {
      total += v;
      if (i < 20_000) top += v;
    });
    expect(top / total).toBeGreaterThan(0.75);
    expect(top / total).toBeLessThan(0.85);
    expect(sorted[sorted.length - 1]).toBeGreaterThan(0);
    for (const v of r.data.subarray(0, 1000)) expect(Math.round(v * 100) / 100).toBe(v);
  });

  it.each([
    [-1, "too_small"],
    [1.5, "invalid_type"],
    [Number.NaN, "invalid_type"],
    [60_000_000, "too_big"],
  ])("sampleValues(%d) fails with %s", (n, code) => {
    const r = sampleValues(n);
    expect(r.success ? null : r.issues[0]!.code).toBe(code);
  });

  it("sampleValues(0) is an empty array", () => {
    const r = sampleValues(0);
    expect(r.success && r.data.length).toBe(0);
  });
});
