import { defineConfig } from "vite";

// The embed bundle: one ES module, everything inlined, no imports left (DESIGN.md "Widget").
export default defineConfig({
  resolve: { conditions: ["production", "module", "browser", "default"] },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    minify: true,
    // Vite keeps whitespace in lib-mode ES output (for downstream tree-shaking); the embed bundle is final, so
    // let Rolldown minify it fully.
    rollupOptions: { output: { minify: true } },
    lib: { entry: "src/define.ts", formats: ["es"], fileName: () => "keylens-widget.js" },
  },
});
