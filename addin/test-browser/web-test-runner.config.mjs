// Chromium test of the add-in's task pane, reusing the widget's web-test-runner setup (Debian Chromium, esbuild)
// with the repository as the served root so addin/, widget/ and packages/engine/ resolve alike.
// Run: pnpm --filter @keylens/widget exec web-test-runner --config ../addin/test-browser/web-test-runner.config.mjs
import { fileURLToPath } from "node:url";
import widgetConfig from "../../widget/web-test-runner.config.mjs";

export default {
  ...widgetConfig,
  rootDir: fileURLToPath(new URL("../..", import.meta.url)),
  files: fileURLToPath(new URL("./*.test.ts", import.meta.url)),
  // Only the TypeScript transform: the widget's visual-regression and bundle plugins are about its own tests.
  plugins: widgetConfig.plugins.filter((plugin) => /esbuild/.test(plugin.name)),
  // A port of our own, so this can run next to the widget's runner.
  port: Number(process.env.KEYLENS_ADDIN_WTR_PORT ?? 8433),
};
