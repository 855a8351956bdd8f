import { type Issue } from "../result.ts";
import { issue } from "./issue.ts";

/** At most this many bad cells are reported per series, so a broken column gives a readable answer. */
const MAX_ISSUES = 10;

/**
 * Returns the values of one period series, null for a blank period (null, undefined or blank text: no orders),
 * or the issues naming each bad cell (NaN, ±∞, text, other types).
 */
export function readPeriodValues(
  values: unknown,
  name: string,
): { success: true; values: (number | null)[] } | { success: false; issues: Issue[] } {
  if (!Array.isArray(values)) {
    return {
      success: false,
      issues: [
        issue("invalid_type", [name], { expected: "array", received: values === null ? "null" : typeof values }),
      ],
    };
  }
  const out: (number | null)[] = new Array<number | null>(values.length);
  const issues: Issue[] = [];
  for (let i = 0; i < values.length; i++) {
    const v: unknown = values[i];
    if (typeof v === "number") {
      if (Number.isFinite(v)) out[i] = v;
      else if (issues.length < MAX_ISSUES) issues.push(issue("not_finite", [name, i], { received: String(v) }));
    } else if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) {
      out[i] = null;
    } else if (issues.length < MAX_ISSUES) {
      issues.push(issue("invalid_type", [name, i], { expected: "number", received: typeof v }));
    }
  }
  return issues.length ? { success: false, issues } : { success: true, values: out };
}

/** Months per quarter. */
const QUARTER_MONTHS = 3;

/**
 * Returns monthly `values` summed into quarters aligned to the last month (the most recent quarter is complete;
 * a partial quarter, if any, is the oldest), or the values unchanged for `none`.
 */
export function aggregatePeriods(values: readonly number[], aggregate: "quarter" | "none"): number[] {
  if (aggregate === "none") return [...values];
  const n = values.length;
  const groups = Math.ceil(n / QUARTER_MONTHS);
  const out = new Array<number>(groups).fill(0);
  for (let i = 0; i < n; i++) {
    const fromEnd = n - 1 - i;
    out[groups - 1 - Math.floor(fromEnd / QUARTER_MONTHS)]! += values[i]!;
  }
  return out;
}
