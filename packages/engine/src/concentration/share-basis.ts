import { sortFloat64 } from "../math/sort-float64.ts";
import * as z from "zod/mini";
import { tooManyItems } from "../limits.ts";
import { type Issue, type Warning } from "../result.ts";
import { issue } from "./issue.ts";

/**
 * What to do with negative values, for which shares are undefined: `error` (the default: an issue), `exclude`
 * (drop them and warn with the count) or `clip0` (count them as 0 and warn).
 */
export const NegativePolicy = z.enum(["error", "exclude", "clip0"]);
export type NegativePolicy = z.infer<typeof NegativePolicy>;

/** The cleaned values behind every concentration measure. */
export interface ShareBasis {
  /** The values kept, ascending. */
  readonly sorted: Float64Array;
  /** `cum[i]` = sum of the i smallest values; `cum[0]` = 0 and `cum[n]` = total. */
  readonly cum: Float64Array;
  readonly n: number;
  readonly total: number;
  readonly excludedMissing: number;
  readonly excludedNegative: number;
  readonly clippedNegative: number;
}

/** At most this many per-item issues are listed; a million bad cells would otherwise give a million issues. */
const MAX_ITEM_ISSUES = 10;

/**
 * Returns the ascending values and their cumulative sums, with missing values (null, undefined, "") excluded and
 * counted and negatives handled per `negative`; or the issues (non-numbers, NaN, ±∞, negatives under `error`, a
 * zero total, nothing left). One Float64Array copy and one native numeric sort: fast on a million values.
 */
export function shareBasis(
  values: unknown,
  negative: NegativePolicy,
  path: readonly (string | number)[] = ["values"],
): { success: true; basis: ShareBasis; warnings: Warning[] } | { success: false; issues: Issue[] } {
  const tooMany = tooManyItems(values, path);
  if (tooMany) return { success: false, issues: [tooMany] };
  const isTyped = ArrayBuffer.isView(values) && !(values instanceof DataView);
  if (!Array.isArray(values) && !isTyped) {
    return { success: false, issues: [issue("invalid_type", path, { expected: "array", received: kind(values) })] };
  }
  const list = values as ArrayLike<unknown>;
  const out = new Float64Array(list.length);
  const issues: Issue[] = [];
  let k = 0;
  let missing = 0;
  let negatives = 0;
  let firstNegative = -1;
  let clipped = 0;
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (typeof v === "number") {
      if (!Number.isFinite(v)) {
        if (issues.length < MAX_ITEM_ISSUES) issues.push(issue("not_finite", [...path, i], { received: String(v) }));
        continue;
      }
      if (v < 0) {
        if (negative === "exclude") {
          negatives++;
          continue;
        }
        if (negative === "clip0") {
          clipped++;
          out[k++] = 0;
          continue;
        }
        if (firstNegative < 0) firstNegative = i;
        negatives++;
        continue;
      }
      out[k++] = v;
    } else if (v === null || v === undefined || v === "") {
      missing++;
    } else if (issues.length < MAX_ITEM_ISSUES) {
      issues.push(issue("invalid_type", [...path, i], { expected: "number", received: kind(v) }));
    }
  }
  if (negative === "error" && negatives > 0) {
    issues.push(
      issue("concentration_negative_values", [...path, firstNegative], { count: negatives, first: firstNegative }),
    );
  }
  if (issues.length) return { success: false, issues };
  if (k === 0) return { success: false, issues: [issue("empty_input", path)] };
  const sorted = sortFloat64(out.subarray(0, k));
  const cum = new Float64Array(k + 1);
  let s = 0;
  for (let i = 0; i < k; i++) cum[i + 1] = s += sorted[i]!;
  if (!Number.isFinite(s)) return { success: false, issues: [issue("not_finite", path, { received: "Σ = ∞" })] };
  if (!(s > 0)) return { success: false, issues: [issue("concentration_zero_total", path)] };
  const warnings: Warning[] = [];
  if (missing) warnings.push(issue("concentration_missing_excluded", path, { count: missing }));
  if (negative === "exclude" && negatives) {
    warnings.push(issue("concentration_negative_excluded", path, { count: negatives, n: k }));
  }
  if (clipped) warnings.push(issue("concentration_negative_clipped", path, { count: clipped }));
  return {
    success: true,
    basis: {
      sorted,
      cum,
      n: k,
      total: s,
      excludedMissing: missing,
      excludedNegative: negative === "exclude" ? negatives : 0,
      clippedNegative: clipped,
    },
    warnings,
  };
}

function kind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "string") return JSON.stringify(value);
  return typeof value;
}
