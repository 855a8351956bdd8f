/** A non-negative decimal written as `numerator / denominator`, the denominator a power of ten. */
export interface DecimalFraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/**
 * Returns the decimal a person typed for `x` (its shortest round-trip text) as an exact fraction, so that 0.8 is
 * 8/10 and not the binary double 0.8000000000000000444…; `x` must be finite and non-negative.
 */
export function decimalFraction(x: number): DecimalFraction {
  const [mantissa = "0", exponentText = "0"] = x.toString().toLowerCase().split("e");
  const [whole = "0", fraction = ""] = mantissa.split(".");
  const exponent = Number(exponentText) - fraction.length;
  const digits = BigInt(whole + fraction);
  if (exponent >= 0) return { numerator: digits * 10n ** BigInt(exponent), denominator: 1n };
  return { numerator: digits, denominator: 10n ** BigInt(-exponent) };
}

/** Returns `a + b` exactly. */
export function addFractions(a: DecimalFraction, b: DecimalFraction): DecimalFraction {
  const denominator = a.denominator > b.denominator ? a.denominator : b.denominator;
  return {
    numerator: a.numerator * (denominator / a.denominator) + b.numerator * (denominator / b.denominator),
    denominator,
  };
}

/** Returns the sign (−1, 0, 1) of `a − b` exactly. */
export function compareFractions(a: DecimalFraction, b: DecimalFraction): number {
  const d = a.numerator * b.denominator - b.numerator * a.denominator;
  return d > 0n ? 1 : d < 0n ? -1 : 0;
}

/** Returns the nearest double to `f`. */
export function fractionToNumber(f: DecimalFraction): number {
  return Number(`${f.numerator}e-${f.denominator.toString().length - 1}`);
}
