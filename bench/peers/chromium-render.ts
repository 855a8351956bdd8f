// Drives Debian's headless Chromium (puppeteer-core from the test package) over a tiny static server on 127.0.0.1
// that serves bench/peers/render-page.html, the ECharts build and widget/dist/keylens-widget.js.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { built, root, widgetBundle } from "./built-files.ts";

/** Debian Chromium's flags for headless runs here (shared/DESIGN.md "Machine facts"), plus a callable gc(). */
const chromiumFlags = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--js-flags=--expose-gc",
];

/** The puppeteer-core API used here (it lives in the test package, so it is loaded, not imported with types). */
interface Page {
  goto(url: string): Promise<unknown>;
  waitForFunction(fn: string, options?: { timeout?: number }): Promise<unknown>;
  evaluate<T>(fn: string): Promise<T>;
  setViewport(v: { width: number; height: number }): Promise<void>;
}
interface Browser {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
interface Puppeteer {
  launch(options: {
    executablePath: string;
    headless: boolean;
    args: string[];
    protocolTimeout: number;
  }): Promise<Browser>;
}

const files: Record<string, { path: string; type: string }> = {
  "/": { path: `${root}bench/peers/render-page.html`, type: "text/html" },
  "/render-page.js": { path: `${root}bench/peers/render-page.js`, type: "text/javascript" },
  "/render-page.css": { path: `${root}bench/peers/render-page.css`, type: "text/css" },
  "/echarts.js": { path: `${root}test/node_modules/echarts/dist/echarts.min.js`, type: "text/javascript" },
  "/keylens-widget.js": { path: widgetBundle, type: "text/javascript" },
};

function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const file = files[new URL(req.url ?? "/", "http://127.0.0.1").pathname];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    try {
      res.writeHead(200, { "content-type": file.type, "cache-control": "no-store" }).end(readFileSync(file.path));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** Returns Debian Chromium's path (installing it with apt-get where root and missing, as `pnpm test` does). */
export async function chromiumPath(install: boolean): Promise<string | undefined> {
  const specifier = `${root}scripts/chromium.mjs`;
  const chromium = (await import(pathToFileURL(specifier).href)) as {
    findChromium(): string | undefined;
    ensureChromium(): string | undefined;
  };
  return install ? chromium.ensureChromium() : chromium.findChromium();
}

/** One open page of the render benchmark; `close()` ends the browser and the server. */
export interface RenderSession {
  readonly page: Page;
  close(): Promise<void>;
}

/** Opens the render page in a fresh headless Chromium and waits until both libraries have loaded. */
export async function openRenderPage(): Promise<RenderSession> {
  built(widgetBundle, "@keylens/widget");
  const executablePath = await chromiumPath(true);
  if (!executablePath) throw new Error("Debian chromium is not installed (apt-get install -y chromium)");
  const fromTest = createRequire(`${root}test/package.json`);
  const puppeteer = ((await import(pathToFileURL(fromTest.resolve("puppeteer-core")).href)) as { default: Puppeteer })
    .default;
  const server = await serve();
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: chromiumFlags,
    protocolTimeout: 10 * 60 * 1000,
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 800 });
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction("window.benchReady === true", { timeout: 60_000 });
    return {
      page,
      close: async () => {
        await browser.close();
        await new Promise((resolve) => server.close(resolve));
      },
    };
  } catch (error) {
    await browser.close();
    server.close();
    throw error;
  }
}
