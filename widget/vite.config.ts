import { defineConfig } from "vite";

// The embed bundle: one ES module, everything inlined, no imports left (DESIGN.md "Widget").
export default defineConfig({
  resolve: { conditions: ["production", "module", "browser", "default"] },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    lib: { entry: "src/define.ts", formats: ["es"], fileName: () => "keylens-widget.js" },
  },
});
