import { defineConfig, type Plugin } from "vite";

type Node = { type: string; start: number; end: number; [key: string]: unknown };

/**
 * Shortens the indentation inside Lit's `html`, `svg` and `css` templates, which the minifier must keep verbatim
 * (about 12 kB of the bundle). Each run of whitespace that holds a line break becomes one line break, so every
 * whitespace run stays whitespace: text nodes, attribute values and CSS tokens keep their meaning (the widget
 * styles nothing `white-space: pre`). In `css`, a break next to `{`, `}`, `;` or `,` goes entirely.
 */
function compactLitTemplates(): Plugin {
  const tags = new Set(["html", "svg", "css"]);
  return {
    name: "keylens:compact-lit-templates",
    transform(code, id) {
      if (!/\/widget\/src\/[^/]+\.ts$/.test(id) || !/\b(html|svg|css)`/.test(code)) return null;
      const edits: { start: number; end: number; text: string }[] = [];
      const visit = (node: unknown): void => {
        if (!node || typeof node !== "object") return;
        if (Array.isArray(node)) return node.forEach(visit);
        const n = node as Node;
        if (n.type === "TaggedTemplateExpression") {
          const tag = n.tag as Node & { name?: string };
          const quasi = n.quasi as Node & { quasis: (Node & { value: { raw: string } })[] };
          if (tag.type === "Identifier" && tags.has(tag.name!)) {
            for (const q of quasi.quasis) {
              // Only rewrite spans whose offsets are the raw text, so a parser difference can never corrupt code.
              if (code.slice(q.start, q.end) !== q.value.raw) continue;
              let text = q.value.raw.replace(/[ \t]*\n\s*/g, "\n");
              if (tag.name === "css") text = text.replace(/([{};,])\n/g, "$1").replace(/\n([{}])/g, "$1");
              if (text !== q.value.raw) edits.push({ start: q.start, end: q.end, text });
            }
          }
        }
        for (const key of Object.keys(n)) if (key !== "type") visit(n[key]);
      };
      visit(this.parse(code));
      if (edits.length === 0) return null;
      let out = "";
      let at = 0;
      for (const e of edits.sort((a, b) => a.start - b.start)) {
        out += code.slice(at, e.start) + e.text;
        at = e.end;
      }
      return { code: out + code.slice(at), map: null };
    },
  };
}

// The embed bundle: one ES module, everything inlined, no imports left (DESIGN.md "Widget").
export default defineConfig({
  resolve: { conditions: ["production", "module", "browser", "default"] },
  plugins: [compactLitTemplates()],
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
