// The embed bundles a portal team would weigh against keylens' widget/dist/keylens-widget.js: ECharts and Chart.js,
// each tree-shaken to what a scatter + bar dashboard needs, bundled and minified with rolldown (the bundler under the
// repository's Vite) and measured as gzip level 9 bytes.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { root } from "./built-files.ts";

/** A bundle's size: minified bytes and gzip level 9 bytes. */
export interface BundleSize {
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** The tree-shaken ECharts a scatter + bar dashboard imports (echarts/core plus what it registers). */
export const echartsEntry = `import * as echarts from "echarts/core";
import { BarChart, ScatterChart } from "echarts/charts";
import { GridComponent, TooltipComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
echarts.use([ScatterChart, BarChart, GridComponent, TooltipComponent, CanvasRenderer]);
export { echarts };
`;

/** The tree-shaken Chart.js for the same charts (scatter and bar controllers, their elements, scales, tooltip). */
export const chartJsEntry = `import {
  BarController, BarElement, CategoryScale, Chart, LinearScale, PointElement, ScatterController, Tooltip,
} from "chart.js";
Chart.register(ScatterController, BarController, PointElement, BarElement, LinearScale, CategoryScale, Tooltip);
export { Chart };
`;

/** The test package holds echarts 6.1.0 and chart.js 4.6.1; bundles resolve them from there. */
const peersFrom = `${root}test/node_modules/`;

/** Returns the size of `code`: its bytes and its gzip level 9 bytes. */
export function sizeOf(code: string | Buffer): BundleSize {
  const bytes = typeof code === "string" ? Buffer.from(code) : code;
  return { bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

/** Returns the size of `file` as shipped. */
export function fileSize(file: string): BundleSize {
  return sizeOf(readFileSync(file));
}

/** The bundler under the widget's Vite (rolldown), loaded from the widget package's dependencies. */
async function rolldown(): Promise<Rolldown> {
  const fromVite = createRequire(createRequire(`${root}widget/package.json`).resolve("vite"));
  return (await import(pathToFileURL(fromVite.resolve("rolldown")).href)) as Rolldown;
}

/** The part of rolldown's API used here (rolldown is not a dependency of the root package, so no types). */
interface Rolldown {
  build(options: {
    input: string;
    cwd: string;
    logLevel: "silent";
    write: false;
    transform: { define: Record<string, string> };
    plugins: { name: string; resolveId(source: string): string | null; load(id: string): string | null }[];
    output: { format: "es"; minify: boolean; codeSplitting: boolean };
  }): Promise<{ output: { type: "chunk" | "asset"; code?: string }[] }>;
}

/**
 * Bundles `entry` (module source importing "echarts/…" or "chart.js", resolved from the test package) into one
 * fully minified ES module for production (process.env.NODE_ENV = "production") with rolldown, the bundler under the
 * widget's Vite, and returns its size. With `file` instead, re-minifies that one file the same way.
 */
export async function bundleSize(entry: string | { file: string }): Promise<BundleSize> {
  if (!existsSync(`${peersFrom}echarts`) || !existsSync(`${peersFrom}chart.js`)) {
    throw new Error(`echarts and chart.js are missing from ${peersFrom}: run pnpm install`);
  }
  const { build } = await rolldown();
  const id = "\0keylens-peer-entry";
  const output = await build({
    input: typeof entry === "string" ? id : entry.file,
    cwd: `${root}test`,
    logLevel: "silent",
    write: false,
    transform: { define: { "process.env.NODE_ENV": JSON.stringify("production") } },
    plugins: [
      {
        name: "keylens-peer-entry",
        resolveId: (source) => (source === id ? id : null),
        load: (source) => (source === id && typeof entry === "string" ? entry : null),
      },
    ],
    output: { format: "es", minify: true, codeSplitting: false },
  });
  const chunks = output.output.filter((c) => c.type === "chunk");
  if (chunks.length !== 1) throw new Error(`Expected one chunk, got ${chunks.length}`);
  return sizeOf(chunks[0]!.code!);
}
