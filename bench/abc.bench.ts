// ABC tiering of a million revenue-like values against the floor: a plain sort of the same values.
import { abcTiers, sampleValues, type AbcResult } from "../packages/engine/src/index.ts";
import { agree, benchmark, grouped, type Peer } from "./harness.ts";

/** Returns `n` heavy-tailed values (seed 20261122), the input of every million-value benchmark. */
export function values(n: number): Float64Array {
  const r = sampleValues(n);
  if (!r.success) throw new Error(`sampleValues(${n}) failed: ${r.issues[0]?.message}`);
  return r.data;
}

/** The floor: sorting the values is the least any ABC classification must do. */
export const sortFloor: Peer<Float64Array> = {
  name: "floor: Float64Array sort",
  run: (v) => Float64Array.from(v).sort(),
};

function tiers(v: Float64Array, method: "value" | "count"): AbcResult {
  const r = abcTiers(v, { method });
  if (!r.success) throw new Error(`abcTiers failed: ${r.issues[0]?.message}`);
  return r.data;
}

/**
 * Returns the class of each rank (0 = best) computed independently from the floor's sort: by value share with the
 * default cutoffs 0.8 / 0.95 and cumLE (S_k ≤ t stays in the higher class), compared exactly in fen with BigInt; or
 * by count with the boundaries round(n × 0.2 / 0.5 / 0.8).
 */
function referenceClasses(ascending: Float64Array, method: "value" | "count"): Uint8Array {
  const n = ascending.length;
  const classes = new Uint8Array(n);
  if (method === "count") {
    const bounds = [0.2, 0.5, 0.8].map((q) => Math.round(n * q));
    for (let r = 0; r < n; r++) classes[r] = bounds.filter((b) => r >= b).length;
    return classes;
  }
  let total = 0n;
  for (let i = 0; i < n; i++) total += BigInt(Math.round(ascending[i]! * 100));
  const cutoffs = [
    [4n, 5n],
    [19n, 20n],
  ] as const;
  let cum = 0n;
  for (let r = 0; r < n; r++) {
    cum += BigInt(Math.round(ascending[n - 1 - r]! * 100));
    let c = 0;
    for (const [num, den] of cutoffs) if (cum * den > num * total) c++;
    classes[r] = c;
  }
  return classes;
}

function checkTiers(v: Float64Array, method: "value" | "count", peer: boolean): string {
  const result = tiers(v, method);
  const ascending = peer ? (sortFloor.run(v) as Float64Array) : Float64Array.from(v).sort();
  const n = v.length;
  agree(result.rankedCount === n, `ranked ${result.rankedCount} of ${n}`);
  for (let r = 0; r < n; r++) {
    agree(result.sortedValues[r] === ascending[n - 1 - r], `value at rank ${r + 1}`);
  }
  const expected = referenceClasses(ascending, method);
  for (let r = 0; r < n; r++) {
    const got = result.tierIndex[result.order[r]!];
    agree(got === expected[r], `class at rank ${r + 1}: keylens ${got}, floor ${expected[r]}`);
  }
  return `${result.tiers.map((t) => `${t.label} ${grouped(t.count)}`).join(" / ")} on both sides`;
}

export const benchmarks = [
  benchmark<Float64Array>({
    name: "abc-value 1M",
    size: 1_000_000,
    what: "abcTiers(values) by cumulative value share 0.8/0.95 on 1M heavy-tailed values (sampleValues)",
    prepare: values,
    check: (v, { peer }) => checkTiers(v, "value", peer),
    run: (v) => abcTiers(v, { method: "value" }),
    peer: sortFloor,
    targets: { maxMs: 1500, maxRatio: 5 },
  }),
  benchmark<Float64Array>({
    name: "abc-count 1M",
    size: 1_000_000,
    what: "abcTiers(values, {method: 'count'}) with quotas 20/30/30/20 on the same 1M values",
    prepare: values,
    check: (v, { peer }) => checkTiers(v, "count", peer),
    run: (v) => abcTiers(v, { method: "count" }),
    peer: sortFloor,
    targets: { maxMs: 1500, maxRatio: 5 },
  }),
];
