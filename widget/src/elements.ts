import { KeylensPareto } from "./pareto.ts";

/** Tag name → element class for every keylens element, as `define.ts` registers them. */
export const ELEMENTS: Readonly<Record<string, CustomElementConstructor & { version?: string }>> = {
  "keylens-pareto": KeylensPareto,
};
