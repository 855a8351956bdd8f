// `pnpm bench` runs every benchmark in bench/*.bench.ts; `node scripts/bench.mjs <name>` runs one (exact name, else
// the names containing it). Options: --runs N (timed runs per side, at least 5), --size N (a quick run at another
// size; nothing is written). Each benchmark runs in its own process (bench/runner.ts under tsx); results go to
// bench/results/<date>.json and bench/results/latest.json with the machine they ran on. See BENCHMARKS.md.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, freemem, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { findChromium } from "./chromium.mjs";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: "string", default: "5" },
    size: { type: "string" },
    markdown: { type: "boolean", default: false },
  },
});
if (values.markdown) {
  printMarkdown(JSON.parse(readFileSync("bench/results/latest.json", "utf8")));
  process.exit(0);
}
const filter = positionals.join(" ").trim().toLowerCase();
const runs = String(Math.max(5, Number(values.runs) || 5));
const tmp = mkdtempSync(join(tmpdir(), "keylens-bench-"));

function tsx(args) {
  return spawnSync("pnpm", ["exec", "tsx", "--expose-gc", "bench/runner.ts", ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  });
}

const files = readdirSync("bench")
  .filter((f) => f.endsWith(".bench.ts"))
  .sort()
  .map((f) => join("bench", f));
const all = [];
for (const file of files) {
  const listed = tsx([file, "--list"]);
  if (listed.status !== 0) {
    all.push({ file, name: file, size: 0, broken: true });
    continue;
  }
  for (const b of JSON.parse(listed.stdout)) all.push({ file, ...b });
}
const exact = all.filter((b) => b.name.toLowerCase() === filter);
const chosen = !filter ? all : exact.length ? exact : all.filter((b) => b.name.toLowerCase().includes(filter));
if (chosen.length === 0) {
  console.error(`No benchmark matches "${filter}". Benchmarks:\n${all.map((b) => `  ${b.name}`).join("\n")}`);
  process.exit(2);
}

const machine = machineInfo();
console.log(
  `keylens benchmarks on ${machine.cpu} × ${machine.cores}, Node ${machine.node}, load ${machine.loadAverage}`,
);
const results = [];
for (const b of chosen) {
  if (b.broken) {
    results.push({ name: b.name, size: 0, status: "error", note: "the bench file failed to load", verdicts: [] });
    continue;
  }
  process.stdout.write(`▶ ${b.name} … `);
  const out = join(tmp, `${results.length}.json`);
  const args = [b.file, "--name", b.name, "--runs", runs, "--out", out];
  if (values.size) args.push("--size", values.size);
  const r = tsx(args);
  const result =
    r.status === 0 && existsSync(out)
      ? JSON.parse(readFileSync(out, "utf8"))
      : { name: b.name, size: b.size, status: "error", note: `runner exited with ${r.status}`, verdicts: [] };
  results.push(result);
  console.log(result.status);
}

printTable(results);
if (!values.size) writeResults(results);
process.exit(results.some((r) => ["fail", "error", "check failed"].includes(r.status)) ? 1 : 0);

function machineInfo() {
  let chromium = null;
  const path = findChromium();
  if (path) {
    try {
      chromium = execFileSync(path, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    } catch {
      chromium = null;
    }
  }
  return {
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    cores: cpus().length,
    node: process.version,
    chromium,
    platform: `${process.platform} ${process.arch}`,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    freeMemoryGb: Math.round(freemem() / 2 ** 30),
    loadAverage: loadavg()
      .map((x) => x.toFixed(2))
      .join(" "),
  };
}

function ms(t) {
  if (!t) return "";
  const f = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
  return `${f(t.medianMs)} ms (${f(t.minMs)}–${f(t.maxMs)})`;
}

/** Returns the rows of the results table, as printed and as BENCHMARKS.md shows them. */
function tableRows(list) {
  return list.map((r) => {
    const perSecond = r.perSecond ? ` = ${Math.round(r.perSecond).toLocaleString("en-US")}/s` : "";
    return [
      r.name,
      r.size ? r.size.toLocaleString("en-US") : "",
      r.keylens ? ms(r.keylens) + perSecond : "",
      r.peer ? r.peer.name + (r.peer.available ? "" : ` (unavailable: ${r.peer.reason})`) : "—",
      r.peer?.timing ? ms(r.peer.timing) : "",
      typeof r.ratio === "number" ? `${r.ratio.toFixed(2)}×` : "",
      Object.entries(r.targets ?? {})
        .map(([k, v]) =>
          k === "maxMs" ? `< ${v} ms` : k === "maxRatio" ? `ratio ≤ ${v}` : `≥ ${v.toLocaleString("en-US")}/s`,
        )
        .join(", "),
      r.status === "not yet" || r.status === "error" || r.status === "check failed"
        ? `${r.status}: ${r.note}`
        : r.status,
    ];
  });
}

function printTable(list) {
  const header = ["benchmark", "size", "keylens (median, min–max)", "peer", "peer time", "ratio", "target", "result"];
  const rows = [header, ...tableRows(list).map((row) => row.map((c) => c.split("\n")[0].slice(0, 90)))];
  const widths = header.map((_, i) => Math.max(...rows.map((row) => [...row[i]].length)));
  console.log();
  for (const [k, row] of rows.entries()) {
    console.log(row.map((c, i) => c + " ".repeat(widths[i] - [...c].length)).join("  "));
    if (k === 0) console.log(widths.map((w) => "─".repeat(w)).join("  "));
  }
  for (const r of list) if (r.answer) console.log(`  ${r.name}: ${r.answer}`);
}

function printMarkdown({ machine: m, runs: n, results: list }) {
  const header = ["benchmark", "size", "keylens (median, min–max)", "peer", "peer time", "ratio", "target", "result"];
  const chromium = m.chromium ? `, ${m.chromium}` : "";
  console.log(`Machine: ${m.cpu} × ${m.cores} cores, ${m.platform}, ${m.memoryGb} GB, Node ${m.node}${chromium}.`);
  console.log(
    `Median of ${n} timed runs per side after a warm-up; "measured" is the UTC time of each row's run and the machine's 1-minute load average then (2 cores: above 2, other work competed).\n`,
  );
  console.log(`| ${[...header, "measured"].join(" | ")} |`);
  console.log(`|${[...header, "measured"].map(() => "---").join("|")}|`);
  tableRows(list).forEach((row, i) => {
    const r = list[i];
    const load = typeof r.loadAverage === "number" ? ` (load ${r.loadAverage.toFixed(1)})` : "";
    const when = r.measuredAt ? r.measuredAt.slice(0, 16).replace("T", " ") + load : "";
    console.log(`| ${[...row, when].map((c) => c.split("\n")[0].replace(/\|/g, "\\|")).join(" | ")} |`);
  });
}

function writeResults(list) {
  mkdirSync("bench/results", { recursive: true });
  const date = new Date().toISOString().slice(0, 10);
  for (const path of [`bench/results/${date}.json`, "bench/results/latest.json"]) {
    // A run of one benchmark updates its row and keeps the others.
    const previous = existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")).results ?? []) : [];
    const names = new Set(list.map((r) => r.name));
    const merged = [...previous.filter((r) => !names.has(r.name)), ...list];
    const order = new Map(all.map((b, i) => [b.name, i]));
    merged.sort((a, b) => (order.get(a.name) ?? 1e9) - (order.get(b.name) ?? 1e9));
    writeFileSync(
      path,
      JSON.stringify({ date: new Date().toISOString(), runs: Number(runs), machine, results: merged }, null, 2) + "\n",
    );
  }
  console.log(`\nwrote bench/results/${date}.json and bench/results/latest.json`);
}
