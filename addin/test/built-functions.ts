// Loads the built dist/functions.js the way Excel's JS-only runtime would: a classic script in a fresh global
// scope with a CustomFunctions object and nothing else (no window, no document).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

export const distDir = fileURLToPath(new URL("../dist/", import.meta.url));

/** The error class of the fake CustomFunctions: the fields Excel reads. */
export class FakeExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const errorCodes = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export type CustomFunction = (...args: unknown[]) => unknown;

/** Runs dist/functions.js in node:vm and returns what it registered, by id. */
export function loadBuiltFunctions(officeLanguage?: string): {
  registered: Map<string, CustomFunction>;
  context: vm.Context;
} {
  const code = readFileSync(`${distDir}functions.js`, "utf8");
  const registered = new Map<string, CustomFunction>();
  const sandbox: Record<string, unknown> = {
    CustomFunctions: {
      Error: FakeExcelError,
      ErrorCode: errorCodes,
      associate(id: string, fn: CustomFunction) {
        if (registered.has(id)) throw new Error(`associated twice: ${id}`);
        registered.set(id, fn);
      },
    },
  };
  if (officeLanguage) sandbox.Office = { context: { displayLanguage: officeLanguage } };
  const context = vm.createContext(sandbox);
  vm.runInContext(code, context, { filename: "functions.js" });
  return { registered, context };
}

export function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(`${distDir}${name}`, "utf8")) as T;
}

/** Returns whether a value is an Excel error object from the fake runtime. */
export function isExcelError(value: unknown): value is FakeExcelError {
  return value instanceof FakeExcelError;
}
