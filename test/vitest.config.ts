import { defineProject } from "vitest/config";

export default defineProject({
  test: { name: "cross", include: ["**/*.test.ts"], exclude: ["**/node_modules/**"], passWithNoTests: true },
});
