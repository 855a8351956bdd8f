import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "bench/results/**", ".certs/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["packages/engine/src/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      // The engine is pure and DOM-free: no UI, no Office, no sibling packages (DESIGN.md "Engine").
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["lit", "lit/*", "d3-selection", "office-js", "@keylens/*", "node:*"],
              message: "engine stays pure",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["widget/**/*.ts", "addin/src/taskpane/**/*.ts"],
    languageOptions: { globals: { ...globals.browser } },
  },
);
