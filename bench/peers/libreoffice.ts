// Headless LibreOffice Calc recalculating the native tier formulas (bench/peers/calc_recalc.py over UNO, run by
// Debian's /usr/bin/python3, which python3-uno installs into).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { ensureDebianPackages } from "./debian.ts";
import { systemPython } from "./pandas.ts";

const script = fileURLToPath(new URL("calc_recalc.py", import.meta.url));

/** What one calc_recalc.py session prints; afterLoad and tiers are column B, one label per row. */
export interface RecalcOutput {
  readonly loadMs: number;
  readonly warmupMs: number[];
  readonly runsMs: number[];
  readonly afterLoad: string[];
  readonly tiers: string[];
}

/** Returns null when soffice and Python's uno bridge are there (installing them when `install`), else why not. */
export function libreOfficeReason(install: boolean): string | null {
  const reason = ensureDebianPackages(["libreoffice-calc", "python3-uno"], install);
  if (reason) return reason;
  const r = spawnSync(systemPython, ["-c", "import uno"], { encoding: "utf8" });
  return r.status === 0 ? null : `${systemPython} cannot import uno: ${r.stderr.trim().split("\n").pop()}`;
}

/** Loads `sheet` (.fods) in one headless soffice, recalculates it `warmup` + `runs` times and reads column B. */
export function recalculate(sheet: string, rows: number, { runs = 5, warmup = 1 } = {}): RecalcOutput {
  const r = spawnSync(systemPython, [script, sheet, String(rows), "--runs", String(runs), "--warmup", String(warmup)], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: 15 * 60 * 1000,
  });
  if (r.status !== 0) throw new Error(`calc_recalc.py exited with ${r.status ?? r.signal}: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as Omit<RecalcOutput, "afterLoad" | "tiers"> & { afterLoad: string; tiers: string };
  return { ...out, afterLoad: out.afterLoad.split(","), tiers: out.tiers.split(",") };
}
