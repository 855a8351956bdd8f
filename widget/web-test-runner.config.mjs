import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { defaultReporter } from "@web/test-runner";
import { chromeLauncher } from "@web/test-runner-chrome";
import { esbuildPlugin } from "@web/dev-server-esbuild";
import { visualRegressionPlugin } from "@web/test-runner-visual-regression/plugin";
import { summaryReporter } from "./ci-summary-reporter.mjs";

// Debian's Chromium; nothing is downloaded. A bare command name is rejected by puppeteer, so resolve it.
const executablePath =
  process.env.CHROME_PATH ||
  execSync("command -v chromium || command -v chromium-browser || command -v google-chrome", {
    encoding: "utf8",
    shell: "/bin/sh",
  }).trim();

// Pages under /test/csp/ are served with the strict policy a locked-down portal sends.
const STRICT_CSP = "default-src 'self'";

// Lets bundle.test.ts read dist/ as built (the dev server would transform it on the way).
function readBundlePlugin() {
  return {
    name: "keylens-read-bundle",
    executeCommand({ command }) {
      if (command !== "read-bundle") return undefined;
      return readFileSync(new URL("./dist/keylens-widget.js", import.meta.url), "utf8");
    },
  };
}

export default {
  files: "test/**/*.test.ts",
  // A fixed port of our own: other packages' runners in the same checkout default to 8000.
  port: Number(process.env.KEYLENS_WTR_PORT ?? 8431),
  nodeResolve: { exportConditions: ["production"] },
  // One page at a time: a background page stalls requestAnimationFrame and screenshots.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  middleware: [
    function strictCsp(context, next) {
      if (context.path.startsWith("/test/csp/")) context.set("Content-Security-Policy", STRICT_CSP);
      if (context.path.startsWith("/test/fixtures/missing")) {
        context.status = 404;
        context.body = "not found";
        return undefined;
      }
      return next();
    },
  ],
  plugins: [
    readBundlePlugin(),
    esbuildPlugin({ ts: true, tsconfig: "./tsconfig.json", target: "es2022" }),
    visualRegressionPlugin({
      update: process.argv.includes("--update-visual-baseline"),
      baseDir: "test/screenshots",
      failureThreshold: 0.5,
      failureThresholdType: "percent",
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-quic",
          "--font-render-hinting=none",
        ],
      },
    }),
  ],
};
