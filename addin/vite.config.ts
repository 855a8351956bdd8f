import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { customFunctionsMetadata } from "./plugins/custom-functions-metadata.ts";
import { zhCN } from "./src/functions/i18n/zh-CN.ts";
import { manifests } from "./plugins/manifests.ts";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Where the production add-in is served; override with KEYLENS_ADDIN_BASE_URL (must end in "/"). */
const productionBase = process.env.KEYLENS_ADDIN_BASE_URL ?? "https://keylens.example.com/addin/";
/** The JSDoc @helpurl prefix in src/functions/functions.ts. */
const helpUrlSource = "https://keylens.example.com/addin/";
const devBase = "https://localhost:3000/";

// The task pane page (shared runtime: it also registers the functions), functions.json, functions.zh-CN.json,
// help.html and both manifests. vite.functions.config.ts adds the classic functions.js afterwards.
export default defineConfig({
  root: here("src/taskpane"),
  base: "./",
  publicDir: here("public"),
  build: {
    outDir: here("dist"),
    emptyOutDir: true,
    target: "es2020",
    rollupOptions: { input: { taskpane: here("src/taskpane/taskpane.html") } },
  },
  plugins: [
    customFunctionsMetadata({
      input: here("src/functions/functions.ts"),
      zhCN,
      examples: here("src/functions/examples.json"),
      helpUrlPrefix: { source: helpUrlSource, target: productionBase },
    }),
    manifests(here("manifest/manifest.template.xml"), "1.0.0.0", [
      {
        fileName: "manifest.xml",
        id: "cb2c5cdc-44ad-471b-bfe5-42358ef3761c",
        baseUrl: productionBase,
        namespace: "KL",
        displayName: "KeyLens 大客户分析",
        displayNameEn: "KeyLens key accounts",
        buttonLabel: "图表窗格",
        buttonLabelEn: "Chart pane",
      },
      {
        fileName: "manifest.dev.xml",
        id: "7a5d52ad-c883-49b4-a69d-477a2f4d1299",
        baseUrl: devBase,
        namespace: "KLDEV",
        displayName: "KeyLens（开发）",
        displayNameEn: "KeyLens (dev)",
        buttonLabel: "图表窗格（开发）",
        buttonLabelEn: "Chart pane (dev)",
      },
    ]),
  ],
});
