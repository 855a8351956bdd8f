// The Gini coefficient of a million values against the floor: sort plus one weighted pass.
import { gini } from "../packages/engine/src/index.ts";
import { values } from "./abc.bench.ts";
import { agree, benchmark, type Peer } from "./harness.ts";

/** The floor: G = Σ(2i − n − 1)·x_(i) / (n·Σx) over the ascending sort. */
const sortAndSum: Peer<Float64Array> = {
  name: "floor: sort + one pass",
  run: (v) => {
    const x = Float64Array.from(v).sort();
    const n = x.length;
    let total = 0;
    let weighted = 0;
    for (let i = 0; i < n; i++) {
      total += x[i]!;
      weighted += (2 * i + 1 - n) * x[i]!;
    }
    return weighted / (n * total);
  },
};

export const benchmarks = [
  benchmark<Float64Array>({
    name: "gini 1M",
    size: 1_000_000,
    what: "gini(values): population Gini of 1M heavy-tailed values",
    prepare: values,
    check: (v) => {
      const r = gini(v);
      if (!r.success) throw new Error(`gini failed: ${r.issues[0]?.message}`);
      const floor = sortAndSum.run(v) as number;
      agree(Math.abs(r.data.gini - floor) < 1e-12, `keylens ${r.data.gini}, floor ${floor}`);
      return `G = ${r.data.gini.toFixed(6)} on both sides`;
    },
    run: (v) => gini(v),
    peer: sortAndSum,
    targets: { maxMs: 1500 },
  }),
];
