import * as z from "zod/mini";

/** A quadrant, x first: `HH` high x / high y, `HL` high x / low y, `LH` low x / high y, `LL` low / low. */
export type QuadrantKey = "HH" | "HL" | "LH" | "LL";

/** The four quadrant keys in label order: high/high, high-x/low-y, low-x/high-y, low/low. */
export const QUADRANT_KEYS: readonly QuadrantKey[] = ["HH", "HL", "LH", "LL"];

/**
 * Labels for the four quadrants: four strings in the order high/high, high-x/low-y, low-x/high-y, low/low
 * (`HH`, `HL`, `LH`, `LL`), or a record keyed by quadrant key (missing keys keep the key as label).
 */
export const QuadrantLabels = z.union([
  z.array(z.string()).check(z.length(4)),
  z.strictObject({
    HH: z.optional(z.string()),
    HL: z.optional(z.string()),
    LH: z.optional(z.string()),
    LL: z.optional(z.string()),
  }),
]);
export type QuadrantLabels = z.input<typeof QuadrantLabels>;

/** Returns the quadrant of (x, y): high means value ≥ split on each axis, so ties on a split go high. */
export function quadrantKey(x: number, y: number, xSplit: number, ySplit: number): QuadrantKey {
  const xHigh = x >= xSplit;
  const yHigh = y >= ySplit;
  return xHigh ? (yHigh ? "HH" : "HL") : yHigh ? "LH" : "LL";
}

/** Returns the label of every quadrant key; the key itself when `labels` gives none. */
export function labelsByKey(
  labels: z.output<typeof QuadrantLabels> | undefined,
): Readonly<Record<QuadrantKey, string>> {
  if (labels === undefined) return { HH: "HH", HL: "HL", LH: "LH", LL: "LL" };
  if (Array.isArray(labels)) return { HH: labels[0]!, HL: labels[1]!, LH: labels[2]!, LL: labels[3]! };
  return { HH: labels.HH ?? "HH", HL: labels.HL ?? "HL", LH: labels.LH ?? "LH", LL: labels.LL ?? "LL" };
}
