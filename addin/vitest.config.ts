import { defineProject } from "vitest/config";

export default defineProject({
  test: { name: "addin", include: ["test/**/*.test.ts"], passWithNoTests: true },
});
