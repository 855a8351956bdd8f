import * as engine from "@keylens/engine";
import { reject } from "./cells.ts";

const catalogue = engine as unknown as Record<string, unknown>;

/**
 * Returns the engine function `name` from @keylens/engine's catalogue, or stops the wrapper with #N/A when this
 * build's engine does not export it (yet). Keeps the add-in building while the engine grows area by area.
 */
export function engineFunction<F>(name: string, arg: string): F {
  const fn = catalogue[name];
  if (typeof fn !== "function") reject(arg, "engine_missing", { name }, "na");
  return fn as F;
}
