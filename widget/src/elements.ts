import { KeylensBill } from "./bill.ts";
import { KeylensDashboard } from "./dashboard.ts";
import { KeylensPareto } from "./pareto.ts";
import { KeylensQuadrant } from "./quadrant.ts";
import { KeylensTierTable } from "./tier-table.ts";

/** Tag name → element class for every keylens element, as `define.ts` registers them. */
export const ELEMENTS: Readonly<Record<string, CustomElementConstructor & { version?: string }>> = {
  "keylens-bill": KeylensBill,
  "keylens-dashboard": KeylensDashboard,
  "keylens-pareto": KeylensPareto,
  "keylens-quadrant": KeylensQuadrant,
  "keylens-tier-table": KeylensTierTable,
};
