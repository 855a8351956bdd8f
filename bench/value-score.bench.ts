// Min-max value scores over three criteria and a million rows, against a hand-written min-max loop (the floor).
import { randomSource, valueScoresColumns, type Criterion } from "../packages/engine/src/index.ts";
import { values } from "./abc.bench.ts";
import { agree, benchmark, type Peer } from "./harness.ts";

type Columns = readonly [Float64Array, Float64Array, Float64Array];

const CRITERIA: Criterion[] = [
  { column: 0, label: "revenue", weight: 0.5 },
  { column: 1, label: "grossProfit", weight: 0.3 },
  { column: 2, label: "recencyDays", weight: 0.2, direction: "cost" },
];

/** Returns revenue-like, profit-like (a margin of 2–25 %) and recency (0–365 days) columns of `n` rows. */
function columns(n: number): Columns {
  const revenue = values(n);
  const profit = new Float64Array(n);
  const recency = new Float64Array(n);
  const random = randomSource(7);
  for (let i = 0; i < n; i++) {
    profit[i] = Math.round(revenue[i]! * random.between(0.02, 0.25));
    recency[i] = random.integer(0, 365);
  }
  return [revenue, profit, recency];
}

/** The floor: one pass for min and max per column, one pass for the weighted sum. */
const minMaxLoop: Peer<Columns> = {
  name: "floor: hand min-max loop",
  run: (cols) => {
    const n = cols[0].length;
    const scores = new Float64Array(n);
    CRITERIA.forEach((c, j) => {
      const col = cols[j]!;
      let lo = Infinity;
      let hi = -Infinity;
      for (let i = 0; i < n; i++) {
        const x = col[i]!;
        if (x < lo) lo = x;
        if (x > hi) hi = x;
      }
      const w = (c.weight as number) * 100;
      const span = hi - lo;
      const cost = c.direction === "cost";
      for (let i = 0; i < n; i++) scores[i]! += w * (cost ? (hi - col[i]!) / span : (col[i]! - lo) / span);
    });
    return scores;
  },
};

function scores(cols: Columns): Float64Array {
  const r = valueScoresColumns(cols, CRITERIA);
  if (!r.success) throw new Error(`valueScoresColumns failed: ${r.issues[0]?.message}`);
  return r.data.scores;
}

export const benchmarks = [
  benchmark<Columns>({
    name: "value-score minmax 1M",
    size: 1_000_000,
    what: "valueScoresColumns: 3 criteria (2 benefit, 1 cost) × 1M rows, min-max to 0–100, ranks and contributions",
    prepare: columns,
    check: (cols) => {
      const ours = scores(cols);
      const floor = minMaxLoop.run(cols) as Float64Array;
      let worst = 0;
      for (let i = 0; i < ours.length; i++) worst = Math.max(worst, Math.abs(ours[i]! - floor[i]!));
      agree(worst < 1e-8, `largest score difference ${worst}`);
      return `scores equal within ${worst.toExponential(1)} on ${ours.length.toLocaleString("en-US")} rows`;
    },
    run: (cols) => valueScoresColumns(cols, CRITERIA),
    peer: minMaxLoop,
    targets: { maxMs: 1500 },
  }),
];
