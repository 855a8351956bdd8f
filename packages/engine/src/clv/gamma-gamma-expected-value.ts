import * as z from "zod/mini";
import { fail, ok, parseWith, type Issue, type Result, type Warning } from "../result.ts";
import { issue } from "./issue.ts";

const GammaGammaParams = z.strictObject({ p: z.number().check(z.gt(0)), q: z.number(), v: z.number().check(z.gt(0)) });
const GammaGammaCustomer = z.strictObject({ frequency: z.number().check(z.minimum(0)), meanValue: z.number() });

/** Fitted Gamma-Gamma spend-model parameters (p, q, v), e.g. from lifetimes' GammaGammaFitter. */
export type GammaGammaParams = z.input<typeof GammaGammaParams>;

/** A customer's repeat-purchase count x and mean value m̄ of those purchases. */
export type GammaGammaCustomer = z.input<typeof GammaGammaCustomer>;

/** A customer's expected mean transaction value and how it was weighted. */
export interface GammaGammaResult {
  /** E[M | x, m̄]. */
  readonly expectedValue: number;
  /** vp/(q − 1): the expected value of a customer with no history. */
  readonly populationMean: number;
  /** (q − 1)/(px + q − 1): the weight of the population mean. */
  readonly populationWeight: number;
  /** px/(px + q − 1): the weight of the customer's own mean. */
  readonly customerWeight: number;
  readonly frequency: number;
  readonly meanValue: number;
}

/**
 * Returns the Gamma-Gamma conditional expected mean transaction value (期望客单价)
 * E[M | x, m̄] = (q−1)/(px+q−1) · vp/(q−1) + px/(px+q−1) · m̄ for fitted `params` (p > 0, q > 1, v > 0) and a
 * customer with `frequency` x ≥ 0 repeat purchases of mean value m̄ > 0 (domain/tiering.md §2.9). With x = 0 the
 * customer's mean is ignored and the result is the population mean, with a warning.
 */
export function gammaGammaExpectedValue(
  params: GammaGammaParams,
  customer: GammaGammaCustomer,
): Result<GammaGammaResult> {
  const ps = parseWith(GammaGammaParams, params, ["params"]);
  const cs = parseWith(GammaGammaCustomer, customer, ["customer"]);
  const issues: Issue[] = [...(ps.success ? [] : failIssues(ps.result)), ...(cs.success ? [] : failIssues(cs.result))];
  if (ps.success && !(ps.data.q > 1))
    issues.push(issue("clv_gamma_gamma_q_too_small", ["params", "q"], { q: ps.data.q }));
  if (cs.success && cs.data.frequency > 0 && !(cs.data.meanValue > 0)) {
    issues.push(
      issue("clv_gamma_gamma_mean_not_positive", ["customer", "meanValue"], { meanValue: cs.data.meanValue }),
    );
  }
  if (issues.length || !ps.success || !cs.success) return fail(issues);
  const { p, q, v } = ps.data;
  const { frequency: x, meanValue } = cs.data;
  const denominator = p * x + q - 1;
  const populationMean = (v * p) / (q - 1);
  const populationWeight = (q - 1) / denominator;
  const customerWeight = (p * x) / denominator;
  const expectedValue = x === 0 ? populationMean : (v * p + p * x * meanValue) / denominator;
  // Finite inputs can still overflow (p·x·m̄ past 1e308 makes ∞ / ∞): an error, never NaN as the expected value.
  for (const [name, value] of Object.entries({ expectedValue, populationMean, populationWeight, customerWeight })) {
    if (!Number.isFinite(value)) return fail([issue("not_finite", ["customer"], { received: `${name} = ${value}` })]);
  }
  const warnings: Warning[] = [];
  if (x === 0) warnings.push(issue("clv_gamma_gamma_no_repeat", ["customer", "frequency"], { populationMean }));
  return ok({ expectedValue, populationMean, populationWeight, customerWeight, frequency: x, meanValue }, warnings);
}

function failIssues(r: Result<never>): readonly Issue[] {
  return r.success ? [] : r.issues;
}
