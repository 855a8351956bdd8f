import { fail, ok, type Result } from "../result.ts";
import { issue } from "./issue.ts";
import { randomSource } from "./random-source.ts";
import { DEFAULT_SAMPLE_SEED } from "./sample-book.ts";
import { describeReceived } from "../received.ts";

/** Log-normal spread whose top 20 % hold 80 %: 1 − Φ(z₀.₈ − σ) = 0.8 ⇔ σ = 2·Φ⁻¹(0.8) ≈ 1.683. */
const VALUE_SIGMA = 1.683;
/** Median value, yuan (a mid-sized industrial account). */
const MEDIAN_YUAN = 1e7;
/** Largest `n` accepted: 50 million values are 400 MB. */
const MAX_VALUES = 50_000_000;

/**
 * Returns `n` heavy-tailed, revenue-like positive values (样例数值) in yuan, rounded to the fen: log-normal with
 * median 10,000,000 and σ = 1.683, so that the top 20 % hold about 80 % of the total. Deterministic for a `seed`
 * (defaults to 20261122) and fast (about 20 ns a value): the input of the million-value benchmarks.
 */
export function sampleValues(n: number, seed: number = DEFAULT_SAMPLE_SEED): Result<Float64Array> {
  if (typeof n !== "number" || !Number.isInteger(n)) {
    return fail([issue("invalid_type", ["n"], { expected: "integer", received: describeReceived(n) })]);
  }
  if (n < 0) return fail([issue("too_small", ["n"], { minimum: 0, inclusive: true })]);
  if (n > MAX_VALUES) return fail([issue("too_big", ["n"], { maximum: MAX_VALUES, inclusive: true })]);
  if (typeof seed !== "number" || !Number.isSafeInteger(seed)) {
    return fail([issue("invalid_type", ["seed"], { expected: "integer", received: describeReceived(seed) })]);
  }
  const { normal } = randomSource(seed);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = Math.round(MEDIAN_YUAN * Math.exp(VALUE_SIGMA * normal()) * 100) / 100;
  return ok(values);
}
