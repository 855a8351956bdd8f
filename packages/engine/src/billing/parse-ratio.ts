import { fail, ok, type Result } from "../result.ts";
import { issue } from "./issue.ts";

const FACTOR = /^(\d+(?:\.\d+)?)(?:\/(\d+(?:\.\d+)?))?$/;

/**
 * Returns the instrument-transformer ratio (倍率) written as `"600/5"` (→ 120), a plain number or a product such as
 * `"(10000/100)×(10/5)"` (→ 200, the combined PT × CT multiplier). Text that is not a ratio (`"600/"`, `"a/5"`) or a
 * zero secondary (`"600/0"`) gives an issue at `field` (defaults to `"ratio"`).
 */
export function parseRatio(
  text: string | number,
  field: string | readonly (string | number)[] = "ratio",
): Result<number> {
  // `field` only names the argument in issue paths; anything but a string or a key list falls back to "ratio".
  const path =
    typeof field === "string"
      ? [field]
      : Array.isArray(field) && Array.from(field).every((k) => typeof k === "string" || typeof k === "number")
        ? field
        : ["ratio"];
  if (typeof text === "number") {
    if (!Number.isFinite(text)) return fail([issue("not_finite", path, { received: String(text) })]);
    if (text <= 0) return fail([issue("billing_ratio_invalid", path, { received: String(text) })]);
    return ok(text);
  }
  if (typeof text !== "string") {
    return fail([issue("invalid_type", path, { expected: "string", received: typeof text })]);
  }
  const compact = text.replace(/[\s()（）]/g, "");
  if (compact === "") return fail([issue("billing_ratio_invalid", path, { received: text })]);
  let product = 1;
  for (const part of compact.split(/[×*xX]/)) {
    const m = FACTOR.exec(part);
    if (!m) return fail([issue("billing_ratio_invalid", path, { received: text })]);
    const primary = Number(m[1]);
    const secondary = m[2] === undefined ? 1 : Number(m[2]);
    if (primary === 0 || secondary === 0) return fail([issue("billing_ratio_zero", path, { received: text })]);
    product = (product * primary) / secondary;
  }
  return ok(cleanDecimal(product));
}

/** Returns `x` with binary noise from a product or quotient of decimals removed (~15 significant digits). */
export function cleanDecimal(x: number): number {
  if (Number.isInteger(x)) return x;
  const a = Math.abs(x);
  // Quick path for prices, ratios and kW (toPrecision costs ~0.2 µs): x·10^k stays below 2^53, so rounding it to an
  // integer and dividing back gives the double nearest the intended decimal.
  if (a >= 1e-3 && a < 1) return Math.round(x * 1e15) / 1e15;
  if (a >= 1 && a < 1e3) return Math.round(x * 1e12) / 1e12;
  return Number(x.toPrecision(15));
}
