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

// test/trusted-types.html is served with the strict policy plus Trusted Types: only Lit's own "lit-html" policy may
// create HTML, and any string reaching an HTML or script sink is a violation.
const TRUSTED_TYPES_CSP = "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

// Requests made on behalf of a test page, keyed by the page's `run` query parameter (taken from the Referer), so
// requests.test.ts can assert the bundle asks for nothing but the host's `src` URLs.
const requestLog = new Map();

function requestLogPlugin() {
  return {
    name: "keylens-request-log",
    executeCommand({ command, payload }) {
      if (command !== "keylens-requests") return undefined;
      return requestLog.get(payload?.run) ?? [];
    },
  };
}

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

// Fuzz runs per element and the seed (test/fuzz.test.ts): small and fixed by default so `pnpm test` stays quick
// and repeatable; KEYLENS_FUZZ_RUNS=2000 (and KEYLENS_FUZZ_SEED) run longer or another sequence.
function fuzzConfigPlugin() {
  const runs = Number(process.env.KEYLENS_FUZZ_RUNS || 25);
  const seed = Number(process.env.KEYLENS_FUZZ_SEED || 20261129);
  return {
    name: "keylens-fuzz-config",
    executeCommand({ command }) {
      if (command !== "keylens-fuzz-config") return undefined;
      return { runs: Number.isInteger(runs) && runs > 0 ? runs : 25, seed: Number.isInteger(seed) ? seed : 20261129 };
    },
  };
}

// Turns Chromium's forced-colors emulation on or off (puppeteer's emulateMediaFeatures accepts only
// prefers-color-scheme, prefers-reduced-motion and color-gamut, so this goes to the DevTools protocol directly).
function forcedColorsPlugin() {
  const sessions = new Map();
  return {
    name: "keylens-forced-colors",
    async executeCommand({ command, payload, session }) {
      if (command !== "keylens-forced-colors") return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(session.id);
      if (!cdp) sessions.set(session.id, (cdp = await page.createCDPSession()));
      const value = payload?.active ? "active" : "none";
      await cdp.send("Emulation.setEmulatedMedia", { features: [{ name: "forced-colors", value }] });
      return true;
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
  // Generous: the suite shares two cores with builds; a hung test still fails, just later.
  testFramework: { config: { timeout: 30000 } },
  middleware: [
    // A probe page loaded with ?run=ID gets ?run=ID on every URL in its markup (scripts and the elements' src), so
    // nothing comes from the browser's cache and each request reaches the log below.
    async function tagProbeRun(context, next) {
      await next();
      const run = /(?:^|&)run=([\w-]+)/.exec(context.querystring)?.[1];
      if (context.path !== "/test/trusted-types.html" || !run) return;
      let body = context.body;
      if (body && typeof body !== "string" && !Buffer.isBuffer(body)) {
        const chunks = [];
        for await (const chunk of body) chunks.push(Buffer.from(chunk));
        body = Buffer.concat(chunks);
      }
      body = String(body ?? "");
      context.body = body.replace(/ src="(\/(?:test|dist)\/[^"?]+)"/g, ` src="$1?run=${run}"`);
    },
    function strictCsp(context, next) {
      if (context.path.startsWith("/test/csp/")) context.set("Content-Security-Policy", STRICT_CSP);
      if (context.path === "/test/trusted-types.html") context.set("Content-Security-Policy", TRUSTED_TYPES_CSP);
      const run = /[?&]run=([\w-]+)/.exec(`${context.get("referer")} ?${context.querystring}`)?.[1];
      if (run) requestLog.set(run, [...(requestLog.get(run) ?? []), context.url]);
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
    forcedColorsPlugin(),
    fuzzConfigPlugin(),
    requestLogPlugin(),
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
