import { readFileSync } from "node:fs";
import cfMetadata from "custom-functions-metadata";
import type { Plugin } from "vite";
import { renderHelpPage, type Example } from "./help-page.ts";
import { localizeMetadata, type FunctionsMetadata, type Translation } from "./localize-metadata.ts";

export interface CustomFunctionsMetadataOptions {
  /** The TypeScript file whose `@customfunction` JSDoc describes every function. */
  input: string;
  /** zh-CN names and descriptions, by function id (src/functions/i18n/zh-CN.ts). */
  zhCN: Record<string, Translation>;
  /** Help-page examples (src/functions/examples.json). */
  examples: string;
  /** The help URL prefix written in the JSDoc, and the one the production build serves the help page under. */
  helpUrlPrefix: { source: string; target: string };
}

/**
 * Returns a Vite plugin that turns the functions' JSDoc into functions.json with custom-functions-metadata's API,
 * emits the zh-CN metadata (functions.zh-CN.json) and the help page, and fails the build on any generator error.
 * The API, not the CLI: the CLI exits 0 on errors and writes nothing (shared/notes/excel-addin.md §7b).
 */
export function customFunctionsMetadata(options: CustomFunctionsMetadataOptions): Plugin {
  let metadata: FunctionsMetadata | undefined;
  return {
    name: "keylens:custom-functions-metadata",
    async buildStart() {
      this.addWatchFile(options.input);
      const generated = await cfMetadata.generateCustomFunctionsMetadata(options.input, false);
      if (generated.errors.length) {
        this.error(
          `custom-functions-metadata found ${generated.errors.length} error(s):\n${generated.errors.join("\n")}`,
        );
      }
      const parsed = JSON.parse(generated.metadataJson) as FunctionsMetadata;
      for (const fn of parsed.functions) {
        if (fn.helpUrl?.startsWith(options.helpUrlPrefix.source)) {
          fn.helpUrl = options.helpUrlPrefix.target + fn.helpUrl.slice(options.helpUrlPrefix.source.length);
        }
      }
      metadata = parsed;
    },
    generateBundle() {
      if (!metadata) this.error("functions.json was not generated");
      const localized = localizeMetadata(metadata, options.zhCN);
      if (!localized.success) this.error(`src/functions/i18n/zh-CN.ts: ${localized.problems.join("; ")}`);
      const examples = JSON.parse(readFileSync(options.examples, "utf8")) as Example[];
      const missing = metadata.functions.filter((fn) => !examples.some((e) => e.id === fn.id)).map((fn) => fn.id);
      if (missing.length) this.error(`src/functions/examples.json has no example for ${missing.join(", ")}`);
      const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
      this.emitFile({ type: "asset", fileName: "functions.json", source: json(metadata) });
      this.emitFile({ type: "asset", fileName: "functions.zh-CN.json", source: json(localized.metadata) });
      this.emitFile({
        type: "asset",
        fileName: "help.html",
        source: renderHelpPage(metadata, localized.metadata, examples),
      });
    },
  };
}
