import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// dist/functions.js: the manifest's Script URL. A classic, self-contained script (no import statements) that
// registers every function with CustomFunctions.associate, so it also runs in the JS-only runtime
// (shared/notes/excel-addin.md §2) and in node:vm for the tests. Exposes the registry as `KeylensFunctions`.
export default defineConfig({
  publicDir: false,
  build: {
    outDir: here("dist"),
    emptyOutDir: false,
    target: "es2020",
    minify: true,
    lib: {
      entry: here("src/functions/functions-script.ts"),
      formats: ["iife"],
      name: "KeylensFunctions",
      fileName: () => "functions.js",
    },
  },
});
