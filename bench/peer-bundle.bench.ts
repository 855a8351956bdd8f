// What a portal page downloads: keylens' embed bundle against ECharts (and Chart.js) tree-shaken to scatter + bar.
// A size, not a time: run() and the peer's run() report kilobytes (gzip level 9) through selfTimedMs, so in this row
// the "ms" columns read as kB and the ratio is the size ratio.
import { benchmark, grouped, type Peer } from "./harness.ts";
import { built, widgetBundle } from "./peers/built-files.ts";
import { bundleSize, chartJsEntry, echartsEntry, fileSize, type BundleSize } from "./peers/bundles.ts";

interface Sizes {
  keylens?: BundleSize;
  echarts?: BundleSize;
}

const echarts: Peer<Sizes> = {
  name: "ECharts 6.1.0 core + Scatter/Bar + Grid/Tooltip + Canvas (rolldown, minified), kB gzip",
  // Bundling ECharts takes seconds: only `pnpm bench` (install: true) does it, never the smoke test.
  setup: ({ install }) => (install ? null : "the peer bundles are built only under pnpm bench"),
  run: (s) => ({ selfTimedMs: s.echarts!.gzipBytes / 1000 }),
};

export const benchmarks = [
  benchmark<Sizes>({
    name: "peer-bundle gzip kB vs echarts",
    size: 1,
    what:
      "gzip -9 bytes (shown as kB in the time columns) of widget/dist/keylens-widget.js as shipped against a " +
      "minified ECharts 6.1.0 scatter+bar build; Chart.js 4.6.1 (tree-shaken scatter+bar and full chart.umd.js) " +
      "in the answer",
    prepare: () => ({}),
    check: async (s, { peer }) => {
      const file = built(widgetBundle, "@keylens/widget");
      s.keylens = fileSize(file);
      const kb = (b: BundleSize) => `${grouped(b.gzipBytes)} B gzip (${grouped(b.bytes)} B)`;
      if (!peer) return `keylens ${kb(s.keylens)}; peers not built`;
      const reminified = await bundleSize({ file });
      s.echarts = await bundleSize(echartsEntry);
      const chartJs = await bundleSize(chartJsEntry);
      const chartJsUmd = fileSize(new URL("../test/node_modules/chart.js/dist/chart.umd.js", import.meta.url).pathname);
      return (
        `keylens ${kb(s.keylens)} as shipped, ${kb(reminified)} fully minified; ECharts tree-shaken ` +
        `${kb(s.echarts)}; Chart.js tree-shaken ${kb(chartJs)}, full chart.umd.js ${kb(chartJsUmd)}; ` +
        `keylens ÷ ECharts ${(s.keylens.gzipBytes / s.echarts.gzipBytes).toFixed(3)}, ÷ Chart.js ` +
        `${(s.keylens.gzipBytes / chartJs.gzipBytes).toFixed(3)}`
      );
    },
    run: (s) => ({ selfTimedMs: s.keylens!.gzipBytes / 1000 }),
    peer: echarts,
    // Issue 6: the embed bundle under a third of ECharts' tree-shaken size.
    targets: { maxRatio: 0.333 },
  }),
];
