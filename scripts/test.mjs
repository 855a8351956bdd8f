// `pnpm test`: typecheck, lint, format check, every vitest project, then the browser tests in Chromium.
// Ends with one plain "N passed, N failed" line that sums the test runners.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureChromium } from "./chromium.mjs";

const tmp = mkdtempSync(join(tmpdir(), "keylens-test-"));
let passed = 0;
let failed = 0;
const failures = [];

function run(title, cmd, args, env = {}) {
  console.log(`\n▶ ${title}: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) failures.push(title);
  return r.status === 0;
}

run("build", "pnpm", ["build"]);
run("typecheck", "pnpm", ["-r", "--if-present", "typecheck"]);
run("lint", "pnpm", ["exec", "eslint", "."]);
run("format", "pnpm", ["exec", "prettier", "--check", "."]);

const vitestJson = join(tmp, "vitest.json");
run("unit and contract tests (vitest)", "pnpm", [
  "exec",
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${vitestJson}`,
]);
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, "utf8"));
  passed += report.numPassedTests;
  // numFailedTestSuites also counts describe blocks; a file that failed without a failed test (an import error) is
  // counted once instead.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === "failed" && !file.assertionResults?.some((test) => test.status === "failed"),
  ).length;
  failed += report.numFailedTests + brokenFiles;
} else failed += 1;

// Browser tests in Debian Chromium: the widget's suite, then the add-in task pane's (which reuses the widget's setup).
const browserSuites = [
  { title: "widget", config: "widget/web-test-runner.config.mjs", args: ["--filter", "@keylens/widget", "test"] },
  {
    title: "add-in task pane",
    config: "addin/test-browser/web-test-runner.config.mjs",
    args: [
      "--filter",
      "@keylens/widget",
      "exec",
      "web-test-runner",
      "--config",
      "../addin/test-browser/web-test-runner.config.mjs",
    ],
  },
].filter((suite) => existsSync(suite.config));
const chrome = browserSuites.length ? ensureChromium() : undefined;
for (const [index, suite] of browserSuites.entries()) {
  const summary = join(tmp, `wtr-${index}.json`);
  run(`browser tests: ${suite.title} (web-test-runner, Chromium)`, "pnpm", suite.args, {
    CHROME_PATH: chrome ?? "",
    KEYLENS_WTR_SUMMARY: summary,
  });
  if (existsSync(summary)) {
    const s = JSON.parse(readFileSync(summary, "utf8"));
    passed += s.passed;
    failed += s.failed;
  } else failed += 1;
}

if (failures.length) console.log(`\nFailed steps: ${failures.join(", ")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failures.length || failed ? 1 : 0);
