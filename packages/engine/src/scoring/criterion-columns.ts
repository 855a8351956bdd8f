import { type Issue } from "../result.ts";
import { issue } from "./issue.ts";
import type { ResolvedCriterion } from "./criterion.ts";

/** One criterion column per criterion (NaN = missing) and how many cells held something other than a number. */
export interface CriterionColumns {
  readonly values: Float64Array[];
  readonly nonNumeric: number[];
}

// Shape problems reported before giving up: enough to locate them.
const MAX_SHAPE_ISSUES = 20;

/** Returns true for what a spreadsheet or form leaves in an empty cell. */
export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

/**
 * Returns each criterion's `field` of every record as a column, or issues when `rows` is not an array of
 * objects. Finite numbers are values; blanks are missing; any other value is missing and counted as non-numeric.
 */
export function columnsFromRows(
  rows: unknown,
  criteria: readonly ResolvedCriterion[],
): { success: true; columns: CriterionColumns } | { success: false; issues: Issue[] } {
  if (!Array.isArray(rows)) {
    return { success: false, issues: [issue("invalid_type", ["rows"], { expected: "array", received: kind(rows) })] };
  }
  if (rows.length === 0) return { success: false, issues: [issue("empty_input", ["rows"])] };
  const n = rows.length;
  for (let i = 0; i < n; i++) {
    const row: unknown = rows[i];
    if (row === null || typeof row !== "object" || Array.isArray(row)) {
      return {
        success: false,
        issues: [issue("invalid_type", ["rows", i], { expected: "object", received: kind(row) })],
      };
    }
  }
  const records = rows as readonly Readonly<Record<string, unknown>>[];
  const values: Float64Array[] = [];
  const nonNumeric: number[] = [];
  for (const c of criteria) {
    const field = c.field!;
    const x = new Float64Array(n);
    let bad = 0;
    for (let i = 0; i < n; i++) {
      const v = records[i]![field];
      if (typeof v === "number" && v - v === 0) x[i] = v;
      else {
        x[i] = NaN;
        if (!isBlank(v)) bad++;
      }
    }
    values.push(x);
    nonNumeric.push(bad);
  }
  return { success: true, columns: { values, nonNumeric } };
}

/**
 * Returns column `criteria[j].column` of a matrix (an Excel range) for each criterion, or issues when a row is
 * not an array, rows differ in length, or a criterion's column is beyond the last.
 */
export function columnsFromMatrix(
  matrix: unknown,
  criteria: readonly ResolvedCriterion[],
): { success: true; columns: CriterionColumns } | { success: false; issues: Issue[] } {
  if (!Array.isArray(matrix)) {
    return {
      success: false,
      issues: [issue("invalid_type", ["matrix"], { expected: "array", received: kind(matrix) })],
    };
  }
  if (matrix.length === 0) return { success: false, issues: [issue("empty_input", ["matrix"])] };
  const n = matrix.length;
  const first: unknown = matrix[0];
  const width = Array.isArray(first) ? first.length : 0;
  const issues: Issue[] = [];
  for (let i = 0; i < n && issues.length < MAX_SHAPE_ISSUES; i++) {
    const row: unknown = matrix[i];
    if (!Array.isArray(row)) {
      issues.push(issue("invalid_type", ["matrix", i], { expected: "array", received: kind(row) }));
    } else if (row.length !== width) {
      issues.push(issue("length_mismatch", ["matrix", i], { expected: width, received: row.length }));
    }
  }
  for (const c of criteria) {
    if (c.column >= width) {
      issues.push(
        issue("scoring_column_out_of_range", ["criteria", c.index, "column"], {
          criterion: c.name,
          column: c.column + 1,
          width,
        }),
      );
    }
  }
  if (issues.length) return { success: false, issues };
  const rows = matrix as readonly (readonly unknown[])[];
  const values: Float64Array[] = [];
  const nonNumeric: number[] = [];
  for (const c of criteria) {
    const x = new Float64Array(n);
    let bad = 0;
    for (let i = 0; i < n; i++) {
      const v = rows[i]![c.column];
      if (typeof v === "number" && v - v === 0) x[i] = v;
      else {
        x[i] = NaN;
        if (!isBlank(v)) bad++;
      }
    }
    values.push(x);
    nonNumeric.push(bad);
  }
  return { success: true, columns: { values, nonNumeric } };
}

function kind(v: unknown): string {
  return v === null ? "null" : Array.isArray(v) ? "array" : typeof v;
}
