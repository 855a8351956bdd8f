import {
  customerTiers,
  explainTier,
  type AbcResult,
  type AbcTierSummary,
  type Locale,
  type Result,
} from "@keylens/engine";
import { formatNumber, formatPercent } from "./format-number.ts";
import type { DataRow } from "./parse-csv.ts";

/** What the tiering elements pass to the engine. */
export interface TierRowsOptions {
  readonly valueField: string;
  readonly idField: string;
  readonly method: "value" | "count" | "computed";
  readonly cutoffs?: readonly number[] | undefined;
  readonly labels?: readonly string[] | undefined;
}

const cache = new WeakMap<object, Map<string, Result<AbcResult>>>();

/**
 * Returns the engine's `customerTiers` for `rows`, cached per rows array and options so that a dashboard's Pareto
 * chart and tier table share one ranking.
 */
export function tierRows(rows: readonly DataRow[], options: TierRowsOptions): Result<AbcResult> {
  const key = JSON.stringify(options);
  let byKey = cache.get(rows);
  if (!byKey) {
    byKey = new Map();
    cache.set(rows, byKey);
  }
  const hit = byKey.get(key);
  if (hit) return hit;
  const { valueField, idField, method, cutoffs, labels } = options;
  const result = customerTiers(rows as readonly object[], {
    value: valueField,
    id: idField,
    method,
    ...(cutoffs && method !== "computed" ? { cutoffs: [...cutoffs] } : {}),
    ...(labels ? { labels: [...labels] } : {}),
  });
  byKey.set(key, result);
  return result;
}

/** Returns the name of a field no row has (so the error can name it), or null when some row has it. */
export function missingField(rows: readonly DataRow[], field: string): string | null {
  if (rows.length === 0) return null;
  for (const row of rows) if (row !== null && typeof row === "object" && field in row) return null;
  return field;
}

/** Returns a tier's cumulative limit as shown: a percentage, or the effort limit for computed ABC. */
export function limitText(r: AbcResult, t: AbcTierSummary, locale: Locale): string {
  if (t.limit === null) return "";
  if (r.method === "computed") return formatNumber(t.limit, locale, 3);
  return formatPercent(t.limit, locale, 1);
}

/** Returns why item `i` has its tier: the engine's explanation (rank, cumulative share, rule, cut, ties). */
export function explainItem(r: AbcResult, i: number, locale: Locale): string {
  return explainTier(r, i, locale)?.text ?? "";
}
