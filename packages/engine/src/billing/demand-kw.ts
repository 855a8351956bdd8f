import { fail, ok, type Issue, type Result } from "../result.ts";
import { issue } from "./issue.ts";
import { quickRoundHalfUp } from "./money.ts";
import { cleanDecimal, parseRatio } from "./parse-ratio.ts";

/** A maximum-demand figure from a meter reading. */
export interface DemandKwResult {
  /** Maximum demand (最大需量) in kW after `demandRounding`. */
  readonly demandKw: number;
  /** reading × CT ratio × PT ratio before rounding. */
  readonly rawDemandKw: number;
  /** CT ratio × PT ratio (综合倍率). */
  readonly multiplier: number;
  readonly ctRatio: number;
  readonly ptRatio: number;
  readonly rounding: "none" | "integer" | "ceil";
}

/** Returns `kw` rounded as `demandRounding` says: unchanged, half-up to an integer, or up to the next integer. */
export function roundDemandKw(kw: number, rounding: "none" | "integer" | "ceil"): number {
  return rounding === "integer" ? quickRoundHalfUp(kw, 0) : rounding === "ceil" ? Math.ceil(kw) : kw;
}

/**
 * Returns the maximum demand (最大需量) in kW read from a demand meter: register reading × CT ratio × PT ratio
 * (domain/billing.md §3.2, daowen 12-8: 0.152 × 1500 = 228 kW). Ratios are numbers (120) or text (`"600/5"`, the
 * PT ratio defaults to 1). `demandRounding` rounds the kW figure: `"none"` (default), `"integer"` (half-up, the
 * seed's 122.52 → 123) or `"ceil"`.
 */
export function demandKw(
  reading: number,
  ctRatio: number | string,
  ptRatio: number | string = 1,
  options: { demandRounding?: "none" | "integer" | "ceil" } | null = {},
): Result<DemandKwResult> {
  // Excel passes null for an omitted argument: the defaults apply then too.
  const { demandRounding = "none" } = options ?? {};
  const issues: Issue[] = [];
  if (typeof reading !== "number") {
    issues.push(issue("invalid_type", ["reading"], { expected: "number", received: typeof reading }));
  } else if (!Number.isFinite(reading)) issues.push(issue("not_finite", ["reading"], { received: String(reading) }));
  else if (reading < 0) issues.push(issue("too_small", ["reading"], { minimum: 0, inclusive: true }));
  const ct = parseRatio(ctRatio, "ctRatio");
  if (!ct.success) issues.push(...ct.issues);
  const pt = parseRatio(ptRatio ?? 1, "ptRatio");
  if (!pt.success) issues.push(...pt.issues);
  if (demandRounding !== "none" && demandRounding !== "integer" && demandRounding !== "ceil") {
    issues.push(issue("invalid_value", ["options", "demandRounding"], { options: "none, integer, ceil" }));
  }
  if (issues.length > 0 || !ct.success || !pt.success) return fail(issues);
  const multiplier = cleanDecimal(ct.data * pt.data);
  const rawDemandKw = cleanDecimal(reading * multiplier);
  // Finite inputs can still overflow (1e308 × 120 = ∞, 0 × ∞ = NaN): an error, never a non-number as the demand.
  if (!Number.isFinite(rawDemandKw)) {
    return fail([issue("not_finite", ["reading"], { received: `reading × CT × PT = ${rawDemandKw}` })]);
  }
  return ok({
    demandKw: roundDemandKw(rawDemandKw, demandRounding),
    rawDemandKw,
    multiplier,
    ctRatio: ct.data,
    ptRatio: pt.data,
    rounding: demandRounding,
  });
}
