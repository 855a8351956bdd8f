import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { abcTiers, type AbcOptions } from "../../src/index.ts";

const method = fc.constantFrom<"value" | "count">("value", "count");
const boundary = fc.constantFrom<"cumLE" | "cumLT" | "crossingIncluded">("cumLE", "cumLT", "crossingIncluded");
const rounding = fc.constantFrom<"halfUp" | "halfEven">("halfUp", "halfEven");
// Small integers make ties common; cents make the exact path work; doubles exercise the ε path.
const positive = fc.oneof(
  fc.integer({ min: 1, max: 12 }),
  fc.integer({ min: 1, max: 1_000_000 }).map((c) => c / 100),
  fc.double({ min: 1e-6, max: 1e9, noNaN: true }),
);
const messy = fc.oneof(positive, fc.constantFrom(0, -3, null, undefined, NaN, "x"));

describe("abcTiers properties", () => {
  it("abcTiers(values, {ties: 'group'}) never gives a larger value a worse tier, and equal values one tier", () => {
    fc.assert(
      fc.property(fc.array(positive, { minLength: 1, maxLength: 60 }), method, boundary, (values, m, b) => {
        const r = abcTiers(values, { method: m, boundary: b, ties: "group" });
        expect(r.success).toBe(true);
        if (!r.success) return;
        for (let i = 0; i < values.length; i++) {
          for (let j = 0; j < values.length; j++) {
            if (values[i]! > values[j]!) expect(r.data.tierIndex[i]).toBeLessThanOrEqual(r.data.tierIndex[j]!);
            if (values[i] === values[j]) expect(r.data.tierIndex[i]).toBe(r.data.tierIndex[j]);
          }
        }
      }),
    );
  });

  it("abcTiers(values, options) tier counts add up to classifiedCount, and every classified item has a tier", () => {
    const policies = fc.record({
      method,
      boundary,
      rounding,
      ties: fc.constantFrom<"row" | "group" | "majority">("row", "group", "majority"),
      missing: fc.constantFrom<"exclude" | "zero">("exclude", "zero"),
      nonPositive: fc.constantFrom<"exclude" | "clip0" | "separate">("exclude", "clip0", "separate"),
    });
    fc.assert(
      fc.property(fc.array(messy, { minLength: 1, maxLength: 60 }), policies, (values, options) => {
        const r = abcTiers(values, options);
        if (!r.success) return;
        const d = r.data;
        expect(d.tiers.reduce((s, t) => s + t.count, 0)).toBe(d.classifiedCount);
        expect(d.classifiedCount + d.excluded.indices.length).toBe(values.length);
        expect(d.excluded.missing + d.excluded.zero + d.excluded.negative).toBe(d.excluded.indices.length);
        const ranks = Array.from(d.rank)
          .filter((k) => k > 0)
          .sort((a, b) => a - b);
        expect(ranks).toEqual(Array.from({ length: d.classifiedCount }, (_, k) => k + 1));
        for (let i = 0; i < values.length; i++) expect(d.tier[i] === null).toBe(d.tierIndex[i] === -1);
      }),
    );
  });

  it("abcTiers(values, {ids}) gives every id the same tier and rank whatever the input order", () => {
    fc.assert(
      fc.property(
        fc.array(positive, { minLength: 1, maxLength: 40 }).chain((values) =>
          fc.tuple(
            fc.constant(values),
            fc.shuffledSubarray(
              values.map((_, i) => i),
              { minLength: values.length },
            ),
          ),
        ),
        fc.constantFrom<AbcOptions>(
          {},
          { method: "count" },
          { ties: "majority" },
          { boundary: "crossingIncluded" },
          { method: "computed" },
        ),
        ([values, perm], options) => {
          const ids = values.map((_, i) => `id${i}`);
          const a = abcTiers(values, { ...options, ids });
          const b = abcTiers(
            perm.map((i) => values[i]!),
            { ...options, ids: perm.map((i) => ids[i]!) },
          );
          expect(a.success && b.success).toBe(true);
          if (!a.success || !b.success) return;
          perm.forEach((i, k) => {
            expect(b.data.tier[k]).toBe(a.data.tier[i]);
            expect(b.data.rank[k]).toBe(a.data.rank[i]);
          });
        },
      ),
    );
  });

  it("abcTiers(values) does not mutate its input (arrays or Float64Array)", () => {
    fc.assert(
      fc.property(fc.array(messy, { minLength: 1, maxLength: 50 }), method, (values, m) => {
        const copy = [...values];
        abcTiers(values, { method: m, nonPositive: "clip0", ids: values.map((_, i) => String(i)) });
        expect(values).toEqual(copy);
        const typed = Float64Array.from(values.filter((v): v is number => typeof v === "number"));
        const typedCopy = typed.slice();
        abcTiers(typed, { method: m });
        expect(typed).toEqual(typedCopy);
      }),
    );
  });

  it("abcTiers(values, {method: 'count', ties: 'row'}) tier sizes are the cumulative-rounding quotas", () => {
    // Quotas in whole percent, so the reference boundary round(n·p/100) is exact integer arithmetic.
    const percents = fc
      .array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 5 })
      .filter((ps) => ps.reduce((s, p) => s + p, 0) < 100);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), percents, rounding, (n, ps, mode) => {
        const quotas = [...ps, 100 - ps.reduce((s, p) => s + p, 0)].map((p) => p / 100);
        const values = Array.from({ length: n }, (_, i) => (i % 7) + 1);
        const r = abcTiers(values, { method: "count", quotas, rounding: mode });
        expect(r.success).toBe(true);
        if (!r.success) return;
        let cum = 0;
        const bounds = ps.map((p) => {
          cum += p;
          const twice = 2 * n * cum;
          const floor = Math.floor((n * cum) / 100);
          const rest = twice - 200 * floor;
          return rest > 100 || (rest === 100 && (mode === "halfUp" || floor % 2 === 1)) ? floor + 1 : floor;
        });
        const expected = [...bounds, n].map((b, j) => b - (j === 0 ? 0 : bounds[j - 1]!));
        expect(r.data.tiers.map((t) => t.count)).toEqual(expected);
      }),
    );
  });
});
