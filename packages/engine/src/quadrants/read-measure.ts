/** Why a value could not be used as a measure. */
export type MeasureProblem = "missing" | "not_finite" | "not_numeric";

/**
 * Returns `value` when it is a finite number, else why not: null, undefined and blank text are `missing`;
 * NaN and ±∞ are `not_finite`; anything else (text, booleans, objects) is `not_numeric`. Text is never coerced.
 */
export function readMeasure(value: unknown): number | MeasureProblem {
  if (typeof value === "number") return Number.isFinite(value) ? value : "not_finite";
  if (value === null || value === undefined) return "missing";
  if (typeof value === "string" && value.trim() === "") return "missing";
  return "not_numeric";
}
