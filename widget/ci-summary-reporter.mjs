// Prints one plain "N passed, N failed" line at exit and, when KEYLENS_WTR_SUMMARY names a file, writes
// {"passed":N,"failed":M} there for scripts/test.mjs. A test file that fails to load counts as one failure.
import { writeFileSync } from "node:fs";

export function summaryReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const walk = (suite, acc) => {
    for (const t of suite.tests ?? []) {
      if (t.skipped) skipped++;
      else if (t.passed) passed++;
      else acc.failed++;
    }
    for (const child of suite.suites ?? []) walk(child, acc);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const s of sessions) {
        const acc = { failed: 0 };
        if (s.testResults) walk(s.testResults, acc);
        if (!s.passed && acc.failed === 0) acc.failed = 1;
        failed += acc.failed;
      }
      const out = process.env.KEYLENS_WTR_SUMMARY;
      if (out) writeFileSync(out, JSON.stringify({ passed, failed }));
    },
    stop() {
      process.once("exit", () =>
        process.stdout.write(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`),
      );
    },
  };
}
