// keylens' per-cell CUSTOMER_TIER (the add-in's built functions.js) against the same ranking written with native
// spreadsheet formulas (SUMIF cumulative share + nested IF) and recalculated by headless LibreOffice Calc.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { abcTiers } from "../packages/engine/src/index.ts";
import { values } from "./abc.bench.ts";
import { agree, benchmark, grouped, type Peer } from "./harness.ts";
import { loadAddinFunctions, type CustomFunction } from "./peers/built-files.ts";
import { nativeTierSheet } from "./peers/calc-formulas.ts";
import { harnessRuns } from "./peers/pandas.ts";
import { libreOfficeReason, recalculate } from "./peers/libreoffice.ts";

/** The ranking's conventions on both sides: tied values share a class (SUMIF's ">=" sums the whole tie group). */
const options = "ties=group";

interface CalcData {
  readonly values: Float64Array;
  /** The range as Excel passes it: one single-cell row per value. */
  readonly cells: number[][];
  /** The .fods file with values in A and the native formulas in B, C and D1. */
  readonly sheet: string;
}

let customerTier: CustomFunction | undefined;
/** LibreOffice's recalculation times of the session the check ran, handed out one per harness call. */
let recalcQueue: number[] = [];

/**
 * Returns the tier of every row, each from its own CUSTOMER_TIER(A_i, A$1:A$n, , , , "ties=group") call, as Excel
 * makes them: a fresh range array per call (a shallow copy, so the add-in cannot recognise it by identity and must
 * hash the contents, as it must for Excel's newly marshalled arrays).
 */
function perCellTiers(data: CalcData): unknown[] {
  customerTier ??= loadAddinFunctions().get("CUSTOMER_TIER");
  if (!customerTier) throw new Error("addin/dist/functions.js does not register CUSTOMER_TIER");
  const out = new Array<unknown>(data.cells.length);
  for (let i = 0; i < data.cells.length; i++) {
    out[i] = customerTier(data.cells[i]![0], data.cells.slice(), null, null, null, options);
  }
  return out;
}

const libreOffice: Peer<CalcData> = {
  name: "LibreOffice Calc: SUMIF share + IF (calculateAll)",
  // Starting soffice takes seconds: only `pnpm bench` (install: true) runs it, never the smoke test.
  setup: ({ install }) => (install ? libreOfficeReason(true) : "LibreOffice runs only under pnpm bench (slow start)"),
  run: () => ({ selfTimedMs: recalcQueue.shift() ?? Number.NaN }),
};

export const benchmarks = [
  benchmark<CalcData>({
    name: "peer-calc customer_tier 10k",
    size: 10_000,
    what:
      '10,000 per-cell =KL.CUSTOMER_TIER(A_i, A$1:A$10000,,,,"ties=group") calls (addin/dist/functions.js in ' +
      'node:vm) against LibreOffice recalculating =SUMIF(A,">="&A_i)/SUM(A) + IF on the same values',
    prepare: (size) => {
      const v = values(size);
      const sheet = join(mkdtempSync(join(tmpdir(), "keylens-calc-")), "tiers.fods");
      writeFileSync(sheet, nativeTierSheet(v));
      return { values: v, cells: Array.from(v, (x) => [x]), sheet };
    },
    check: (data, { peer }) => {
      const n = data.values.length;
      const keylens = perCellTiers(data);
      const engine = abcTiers(data.values, { ties: "group" });
      if (!engine.success) throw new Error(`abcTiers failed: ${engine.issues[0]?.message}`);
      for (let i = 0; i < n; i++) {
        agree(
          keylens[i] === engine.data.tier[i],
          `row ${i + 1}: CUSTOMER_TIER ${String(keylens[i])}, abcTiers ${engine.data.tier[i]}`,
        );
      }
      const counts = engine.data.tiers.map((t) => `${t.label} ${grouped(t.count)}`).join(" / ");
      if (!peer) return `${counts} from CUSTOMER_TIER = abcTiers (LibreOffice not run)`;
      const lo = recalculate(data.sheet, n, { runs: harnessRuns(), warmup: 1 });
      agree(lo.tiers.length === n, `LibreOffice returned ${lo.tiers.length} tiers for ${n} rows`);
      for (let i = 0; i < n; i++) {
        agree(
          lo.tiers[i] === keylens[i],
          `row ${i + 1}: CUSTOMER_TIER ${String(keylens[i])}, LibreOffice ${lo.tiers[i]}`,
        );
      }
      const stale = lo.afterLoad.filter((t) => t === "X").length;
      recalcQueue = [...lo.warmupMs, ...lo.runsMs];
      return (
        `${counts} on both sides (ties=group); LibreOffice load ${Math.round(lo.loadMs)} ms left ` +
        `${grouped(stale)} of ${grouped(n)} cached "X" tiers, so every tier came from calculateAll`
      );
    },
    run: (data) => perCellTiers(data),
    peer: libreOffice,
    // Not set by issue 6 (report both times): our own bar, no slower than the native formulas.
    targets: { maxRatio: 1 },
  }),
];
