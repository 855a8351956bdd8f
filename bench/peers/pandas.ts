// Runs bench/peers/pandas_abc.py with Debian's system Python, which python3-pandas installs into. Not another
// python3 on PATH (pyenv's shims come first on this machine and have no pandas).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Peer } from "../harness.ts";
import { ensureDebianPackages } from "./debian.ts";

/** The Debian system Python: python3-pandas installs into its dist-packages. */
export const systemPython = "/usr/bin/python3";
const script = fileURLToPath(new URL("pandas_abc.py", import.meta.url));

/** The values and the file holding them as Float64 little-endian, the bytes both sides read. */
export interface ValuesOnDisk {
  readonly values: Float64Array;
  readonly file: string;
}

/** What one pandas_abc.py process prints. */
export interface PandasOutput {
  readonly task: "abc" | "gini";
  readonly n: number;
  readonly warmupMs: number[];
  readonly runsMs: number[];
  readonly answer: { A?: number; B?: number; C?: number; gini?: number };
}

/** Returns null when /usr/bin/python3 imports pandas (installing python3-pandas when `install`), else why not. */
export function pandasReason(install: boolean): string | null {
  const probe = () =>
    spawnSync(systemPython, ["-c", "import pandas, numpy"], { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
  if (probe().status === 0) return null;
  const reason = ensureDebianPackages(["python3-pandas"], install);
  if (reason) return reason;
  const r = probe();
  return r.status === 0 ? null : `${systemPython} cannot import pandas: ${r.stderr.trim().split("\n").pop()}`;
}

/** Writes `values` as Float64 little-endian to a fresh temporary file and returns both. */
export function valuesOnDisk(values: Float64Array): ValuesOnDisk {
  const bytes = Buffer.alloc(values.length * 8);
  for (let i = 0; i < values.length; i++) bytes.writeDoubleLE(values[i]!, i * 8);
  const file = join(mkdtempSync(join(tmpdir(), "keylens-pandas-")), "values.f64");
  writeFileSync(file, bytes);
  return { values, file };
}

/**
 * Runs pandas_abc.py once: `warmup` untimed runs then `runs` runs timed with time.perf_counter inside Python. With
 * `classes` true also returns the class code (0 = A, 1 = B, 2 = C) of every value in input order.
 */
export function runPandas(
  task: "abc" | "gini",
  file: string,
  { runs = 5, warmup = 1, classes = false }: { runs?: number; warmup?: number; classes?: boolean } = {},
): PandasOutput & { classes?: Uint8Array } {
  const args = [script, task, file, "--runs", String(runs), "--warmup", String(warmup)];
  const classesFile = classes ? `${file}.classes.u8` : undefined;
  if (classesFile) args.push("--classes", classesFile);
  const r = spawnSync(systemPython, args, { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pandas_abc.py ${task} exited with ${r.status}: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as PandasOutput;
  return classesFile ? { ...out, classes: new Uint8Array(readFileSync(classesFile)) } : out;
}

/** Returns the number of timed runs the harness was asked for (bench/runner.ts --runs), at least 5. */
export function harnessRuns(): number {
  const i = process.argv.indexOf("--runs");
  return Math.max(5, i >= 0 ? Number(process.argv[i + 1]) || 5 : 5);
}

/**
 * The pandas peer of `task`. One Python process serves every call of a benchmark: the harness's warm-up call gets
 * Python's warm-up run and each timed call the next perf_counter figure (`selfTimedMs`), so Python's start-up and
 * the pandas import are never counted and Python, like keylens, runs warm.
 */
export function pandasPeer(task: "abc" | "gini"): Peer<ValuesOnDisk> {
  let queue: number[] = [];
  return {
    name: `pandas ${task === "abc" ? "sort_values + cumsum + pd.cut" : "sort_values + weighted sum"} (Debian python3-pandas)`,
    setup: ({ install }) => pandasReason(install),
    run: (data) => {
      if (queue.length === 0) {
        const out = runPandas(task, data.file, { runs: harnessRuns(), warmup: 1 });
        queue = [...out.warmupMs, ...out.runsMs];
      }
      return { selfTimedMs: queue.shift()! };
    },
  };
}
