// The built artefacts the peer benchmarks measure: the widget's embed bundle and the add-in's functions.js. A fresh
// clone has no dist/ yet, so a missing file is built once (pnpm --filter … build) before it is used.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const root = fileURLToPath(new URL("../../", import.meta.url));
/** widget/dist/keylens-widget.js: the one-file embed bundle a portal loads. */
export const widgetBundle = `${root}widget/dist/keylens-widget.js`;
/** addin/dist/functions.js: the classic script Excel's custom-function runtime loads. */
export const addinFunctions = `${root}addin/dist/functions.js`;

/** Returns `file`, first building `pkg` when the file is missing; throws when the build does not produce it. */
export function built(file: string, pkg: "@keylens/widget" | "@keylens/addin"): string {
  if (existsSync(file)) return file;
  console.error(`\n${file} is missing: building ${pkg} …`);
  const r = spawnSync("pnpm", ["--filter", pkg, "build"], { cwd: root, stdio: ["ignore", 2, 2] });
  if (r.status !== 0 || !existsSync(file)) throw new Error(`pnpm --filter ${pkg} build did not produce ${file}`);
  return file;
}

/** An Excel error as the fake CustomFunctions runtime makes it. */
export class FakeExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** A registered custom function. */
export type CustomFunction = (...args: unknown[]) => unknown;

/**
 * Returns the custom functions that addin/dist/functions.js registers, by id, loaded as Excel's JS-only runtime
 * loads it: the classic script run once with a CustomFunctions object in scope. It runs in this realm, not in
 * node:vm: a vm context's global object answers every global lookup (Math, Number, Array) through an interceptor,
 * which made the bundle ~20× slower than in any browser or Excel runtime.
 */
export function loadAddinFunctions(): Map<string, CustomFunction> {
  const code = readFileSync(built(addinFunctions, "@keylens/addin"), "utf8");
  const registered = new Map<string, CustomFunction>();
  const customFunctions = {
    Error: FakeExcelError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
    associate: (id: string, fn: CustomFunction) => registered.set(id, fn),
  };
  new Function("CustomFunctions", code)(customFunctions);
  return registered;
}
