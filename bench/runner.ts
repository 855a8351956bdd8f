// Runs benchmarks of one bench file in this process; scripts/bench.mjs starts one process per benchmark.
//   tsx --expose-gc bench/runner.ts <file> --list
//   tsx --expose-gc bench/runner.ts <file> --name "abc-value 1M" [--runs 5] [--size N] [--out result.json]
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type { Benchmark, Targets } from "./harness.ts";

/** Median, min and max of the timed runs, in milliseconds. */
export interface Timing {
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly runsMs: readonly number[];
}

/** One benchmark's outcome, as written to bench/results/*.json. */
export interface BenchResult {
  readonly name: string;
  readonly size: number;
  readonly what: string;
  readonly status: "pass" | "fail" | "not yet" | "check failed" | "error";
  readonly note?: string;
  readonly answer?: string;
  readonly keylens?: Timing;
  readonly perSecond?: number | null;
  readonly peer?: {
    readonly name: string;
    readonly available: boolean;
    readonly reason?: string;
    readonly timing?: Timing;
  };
  readonly ratio?: number | null;
  readonly targets: Targets;
  readonly verdicts: readonly { readonly target: string; readonly value: string; readonly pass: boolean }[];
  readonly measuredAt: string;
  /** One-minute load average when the benchmark started: other work on the machine skews the times. */
  readonly loadAverage: number;
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    list: { type: "boolean", default: false },
    name: { type: "string" },
    runs: { type: "string", default: "5" },
    size: { type: "string" },
    out: { type: "string" },
  },
});

const file = positionals[0];
if (!file) throw new Error("Expected a bench file, got none");
const mod = (await import(pathToFileURL(resolve(file)).href)) as { benchmarks?: Benchmark[] };
const benchmarks = mod.benchmarks ?? [];

if (values.list) {
  console.log(JSON.stringify(benchmarks.map((b) => ({ name: b.name, size: b.size, pending: b.pending ?? null }))));
} else {
  const b = benchmarks.find((x) => x.name === values.name);
  if (!b) throw new Error(`Expected a benchmark named ${values.name} in ${file}`);
  const result = await runBenchmark(b, Math.max(5, Number(values.runs)), values.size ? Number(values.size) : b.size);
  const text = JSON.stringify(result, null, 2);
  if (values.out) writeFileSync(values.out, text);
  else console.log(text);
}

async function runBenchmark(b: Benchmark, runs: number, size: number): Promise<BenchResult> {
  const base = {
    name: b.name,
    size,
    what: b.what,
    targets: b.targets,
    measuredAt: new Date().toISOString(),
    loadAverage: loadavg()[0]!,
  };
  if (b.pending) return { ...base, status: "not yet", note: b.pending, verdicts: [] };
  let stage = "prepare";
  try {
    const data = await b.prepare(size);
    let peerReason: string | null = null;
    if (b.peer?.setup) {
      stage = "peer setup";
      peerReason = await b.peer.setup({ install: true });
    }
    const peerReady = Boolean(b.peer) && peerReason === null;
    stage = "check";
    let answer: string;
    try {
      answer = await b.check(data, { peer: peerReady });
    } catch (e) {
      return { ...base, status: "check failed", note: (e as Error).message, verdicts: [] };
    }
    stage = "timing";
    const keylensRuns: number[] = [];
    const peerRuns: number[] = [];
    const warmup = b.warmup ?? 1;
    for (let i = 0; i < warmup; i++) {
      await timed(() => b.run(data));
      if (peerReady) await timed(() => b.peer!.run(data));
    }
    // Alternate the two sides so drift (thermal, other load) hits both alike.
    for (let i = 0; i < runs; i++) {
      keylensRuns.push(await timed(() => b.run(data)));
      if (peerReady) peerRuns.push(await timed(() => b.peer!.run(data)));
    }
    const keylens = timing(keylensRuns);
    const peerTiming = peerReady ? timing(peerRuns) : undefined;
    const ratio = peerTiming ? keylens.medianMs / peerTiming.medianMs : null;
    const ops = b.operations?.(size);
    const perSecond = ops ? ops / (keylens.medianMs / 1000) : null;
    const verdicts: { target: string; value: string; pass: boolean }[] = [];
    const t = b.targets;
    if (t.maxMs !== undefined) {
      verdicts.push({
        target: `< ${t.maxMs} ms`,
        value: `${fmt(keylens.medianMs)} ms`,
        pass: keylens.medianMs < t.maxMs,
      });
    }
    if (t.maxRatio !== undefined) {
      verdicts.push({
        target: `ratio ≤ ${t.maxRatio}`,
        value: ratio === null ? "no peer" : fmt(ratio),
        pass: ratio !== null && ratio <= t.maxRatio,
      });
    }
    if (t.minPerSecond !== undefined) {
      verdicts.push({
        target: `≥ ${t.minPerSecond.toLocaleString("en-US")}/s`,
        value: perSecond === null ? "n/a" : `${Math.round(perSecond).toLocaleString("en-US")}/s`,
        pass: perSecond !== null && perSecond >= t.minPerSecond,
      });
    }
    return {
      ...base,
      status: verdicts.every((v) => v.pass) ? "pass" : "fail",
      answer,
      keylens,
      perSecond,
      ...(b.peer
        ? {
            peer: {
              name: b.peer.name,
              available: peerReady,
              ...(peerReason ? { reason: peerReason } : {}),
              ...(peerTiming ? { timing: peerTiming } : {}),
            },
          }
        : {}),
      ratio,
      verdicts,
    };
  } catch (e) {
    return { ...base, status: "error", note: `${stage}: ${(e as Error).stack ?? String(e)}`, verdicts: [] };
  }
}

async function timed(fn: () => unknown): Promise<number> {
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  let out = fn();
  if (out instanceof Promise) out = await out;
  const elapsed = performance.now() - t0;
  const self = (out as { selfTimedMs?: unknown } | null)?.selfTimedMs;
  return typeof self === "number" ? self : elapsed;
}

function timing(runsMs: number[]): Timing {
  const sorted = [...runsMs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const medianMs = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { medianMs, minMs: sorted[0]!, maxMs: sorted[sorted.length - 1]!, runsMs };
}

function fmt(x: number): string {
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}
