import { atPath, fail, ok, type Issue, type Result } from "../result.ts";
import { issue } from "./issue.ts";
import type { AbcOptions } from "./abc-options.ts";
import type { AbcResult } from "./abc-result.ts";
import { abcTiers } from "./abc-tiers.ts";
import { tooManyItems } from "../limits.ts";

/** Options of `customerTiers`: those of `abcTiers` (without `ids`) plus where each row keeps its value and id. */
export type CustomerTiersOptions<Row> = Omit<AbcOptions, "ids"> & {
  /** The field holding the value, or a function returning it; defaults to `"value"`. */
  value?: string | ((row: Row, index: number) => unknown);
  /** The field holding the id (strings or numbers); defaults to `"id"`; null for no ids. */
  id?: string | null;
};

/**
 * Returns the ABC classification (客户分级) of customer rows, as `abcTiers` does for their values, with ids taken from
 * each row's `id` field (when the rows have one) to order ties and label the result. This is the call the widget
 * makes with `el.customers`. Issues point at the row and field: `rows[3].revenue`.
 */
export function customerTiers<Row extends object>(
  rows: readonly Row[],
  options: CustomerTiersOptions<Row> = {},
): Result<AbcResult> {
  const tooMany = tooManyItems(rows, ["rows"]);
  if (tooMany) return fail([tooMany]);
  if (!Array.isArray(rows)) {
    return fail([
      issue("invalid_type", ["rows"], { expected: "array", received: rows === null ? "null" : typeof rows }),
    ]);
  }
  const { value: valueOption = "value", id: idField = "id", ...abcOptions } = options;
  const get =
    typeof valueOption === "function" ? valueOption : (row: Row) => (row as Record<string, unknown>)[valueOption];
  const issues: Issue[] = [];
  const values: unknown[] = new Array(rows.length);
  let ids: string[] | undefined;
  const hasIds = idField !== null && rows.some((row) => row !== null && typeof row === "object" && idField in row);
  if (hasIds) ids = new Array<string>(rows.length);
  rows.forEach((row, i) => {
    if (row === null || typeof row !== "object") {
      issues.push(
        issue("invalid_type", ["rows", i], { expected: "object", received: row === null ? "null" : typeof row }),
      );
      return;
    }
    values[i] = get(row, i);
    if (ids && idField !== null) {
      const id = (row as Record<string, unknown>)[idField];
      if (typeof id === "string" || (typeof id === "number" && Number.isFinite(id))) ids[i] = String(id);
      else issues.push(issue("invalid_type", ["rows", i, idField], { expected: "string", received: typeof id }));
    }
  });
  if (issues.length > 0) return fail(issues);
  const result = abcTiers(values, { ...abcOptions, ...(ids ? { ids } : {}) });
  const field = typeof valueOption === "string" ? valueOption : "value";
  const toRows = (i: Issue): Issue =>
    i.path[0] !== "values"
      ? i
      : atPath(i, typeof i.path[1] === "number" ? ["rows", i.path[1], field] : ["rows", ...i.path.slice(1)]);
  return result.success ? ok(result.data, result.warnings.map(toRows)) : fail(result.issues.map(toRows));
}
