import * as z from "zod/mini";
import { fail, ok, parseWith, type Result, type Warning } from "../result.ts";
import { issue } from "./issue.ts";

const RetentionClvInput = z.strictObject({
  marginPerPeriod: z.number(),
  retention: z.number().check(z.minimum(0), z.maximum(1)),
  discountRate: z.number().check(z.minimum(0)),
});

/** Inputs of {@link retentionClv}. */
export type RetentionClvInput = z.input<typeof RetentionClvInput>;

/** A retention-model lifetime value and its parts. */
export interface RetentionClvResult {
  /** m·r/(1 + d − r). */
  readonly clv: number;
  /** r/(1 + d − r): how many periods' margin the customer is worth. */
  readonly marginMultiple: number;
  readonly marginPerPeriod: number;
  readonly retention: number;
  readonly discountRate: number;
}

/**
 * Returns the customer lifetime value of the simple retention model CLV = m·r/(1 + d − r) (domain/tiering.md §2.9)
 * with margin per period m, retention rate r (0 ≤ r ≤ 1) and discount rate per period d (≥ 0); r must be below
 * 1 + d. A negative margin gives a negative value with a warning.
 */
export function retentionClv(input: RetentionClvInput): Result<RetentionClvResult> {
  const parsed = parseWith(RetentionClvInput, input, []);
  if (!parsed.success) return parsed.result;
  const { marginPerPeriod, retention, discountRate } = parsed.data;
  const denominator = 1 + discountRate - retention;
  if (!(denominator > 0)) {
    return fail([issue("clv_retention_too_high", ["retention"], { retention, limit: 1 + discountRate })]);
  }
  const warnings: Warning[] = [];
  if (marginPerPeriod < 0)
    warnings.push(issue("clv_negative_margin", ["marginPerPeriod"], { margin: marginPerPeriod }));
  const marginMultiple = retention / denominator;
  const clv = marginPerPeriod * marginMultiple;
  // A finite margin times a large multiple can overflow (1e308 × 9): an error, never ∞ as a customer's value.
  if (!Number.isFinite(clv))
    return fail([issue("not_finite", ["marginPerPeriod"], { received: "m × r / (1 + d − r) = ∞" })]);
  return ok({ clv, marginMultiple, marginPerPeriod, retention, discountRate }, warnings);
}
