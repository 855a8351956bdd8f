import { fail, ok, type Issue, type Result } from "../result.ts";
import { issue } from "./issue.ts";

/** A month's power factor and what it was computed from. */
export interface PowerFactorResult {
  /** Power factor (功率因数, 力率) rounded to two decimals as the 1983 rules say (half-up by default). */
  readonly powerFactor: number;
  /** cosφ = P/√(P²+Q²) before rounding (floating point, for display). */
  readonly cosPhi: number;
  readonly activeKwh: number;
  /** Reactive energy used: |import| + |reverse| kvarh. */
  readonly reactiveKvarh: number;
  readonly rounding: "halfUp" | "down";
  /** True when cosφ lay so close to a rounding boundary that the exact integer comparison decided it. */
  readonly decidedExactly: boolean;
}

const DECIMAL = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/** Returns |x| as an integer and a power of ten, exact for the decimal text JavaScript prints for `x`. */
function scaled(x: number): { int: bigint; scale: number } {
  const m = DECIMAL.exec(String(Math.abs(x)))!;
  const frac = m[2] ?? "";
  const exp = m[3] ? Number(m[3]) : 0;
  const scale = frac.length - exp;
  const int = BigInt(m[1]! + frac);
  return scale >= 0 ? { int, scale } : { int: int * 10n ** BigInt(-scale), scale: 0 };
}

function atScale(v: { int: bigint; scale: number }, scale: number): bigint {
  return v.int * 10n ** BigInt(scale - v.scale);
}

// When 100·cosφ computed in floating point lies this far from a rounding boundary, its float error (~1e-13)
// cannot change the result; closer than this, the boundary is decided exactly on integers.
const BOUNDARY_MARGIN = 1e-9;

/**
 * Returns the month's power factor (功率因数) cosφ = P/√(P²+Q²) from active kWh and reactive kvarh, with reverse
 * kvarh added in absolute value (Q = |Q import| + |Q export|), rounded to two decimals half-up (`pfRounding:
 * "down"` truncates) by exact comparison: cosφ ≥ t ⇔ P² ≥ t²(P²+Q²), decided on scaled integers of the readings'
 * decimal text, so 0.3461 kvarh per kWh gives 0.95 although cosφ = 0.945002 (domain/billing.md §4.2, §8 #11).
 */
export function powerFactor(
  activeKwh: number,
  reactiveKvarh: number,
  reverseKvarh = 0,
  options: { pfRounding?: "halfUp" | "down" } | null = {},
): Result<PowerFactorResult> {
  // Excel passes null for an omitted argument: the defaults apply then too.
  const { pfRounding = "halfUp" } = options ?? {};
  const issues: Issue[] = [];
  check(activeKwh, "activeKwh", issues, true);
  check(reactiveKvarh, "reactiveKvarh", issues, false);
  check(reverseKvarh ?? 0, "reverseKvarh", issues, false);
  if (pfRounding !== "halfUp" && pfRounding !== "down") {
    issues.push(issue("invalid_value", ["options", "pfRounding"], { options: "halfUp, down" }));
  }
  if (issues.length > 0) return fail(issues);
  const p = activeKwh;
  const qIn = Math.abs(reactiveKvarh);
  const qOut = Math.abs(reverseKvarh ?? 0);
  const q = qIn + qOut;
  // Two finite readings can sum past 1e308: a power factor of 0 from an overflow would be a wrong number.
  if (!Number.isFinite(q))
    return fail([issue("not_finite", ["reactiveKvarh"], { received: "reactive + reverse = ∞" })]);
  if (p === 0 && q === 0) return fail([issue("billing_pf_no_energy", ["activeKwh"])]);
  const cosPhi = p / Math.hypot(p, q);
  const half = pfRounding === "halfUp";
  const y = cosPhi * 100 + (half ? 0.5 : 0);
  let k = Math.floor(y);
  let decidedExactly = false;
  if (y - k < BOUNDARY_MARGIN || k + 1 - y < BOUNDARY_MARGIN) {
    decidedExactly = true;
    k = exactHundredths(p, qIn, qOut, half, k);
  }
  if (k > 100) k = 100;
  return ok({
    powerFactor: k / 100,
    cosPhi,
    activeKwh: p,
    reactiveKvarh: reverseKvarh ? cleanSum(q) : qIn,
    rounding: pfRounding,
    decidedExactly,
  });
}

/**
 * Returns the largest k near `guess` with cosφ ≥ b(k), b(k) = (2k − 1)/200 for half-up and k/100 for rounding down:
 * cosφ ≥ n/d ⇔ d²P² ≥ n²(P²+Q²) on integers. With half-up a reading can never sit exactly on a boundary
 * (d² − n² ≡ 3 mod 4 is no square), so only float error is at stake; rounding down can meet exact ties (3-4-5).
 */
function exactHundredths(p: number, qIn: number, qOut: number, half: boolean, guess: number): number {
  const sp = scaled(p);
  const sIn = scaled(qIn);
  const sOut = scaled(qOut);
  const scale = Math.max(sp.scale, sIn.scale, sOut.scale);
  const P = atScale(sp, scale);
  const Q = atScale(sIn, scale) + atScale(sOut, scale);
  const P2 = P * P;
  const S = P2 + Q * Q;
  const d = half ? 200n : 100n;
  const reaches = (k: number) => {
    const n = half ? BigInt(2 * k - 1) : BigInt(k);
    return n <= 0n || d * d * P2 >= n * n * S;
  };
  let k = guess;
  while (k > 0 && !reaches(k)) k--;
  while (reaches(k + 1) && k < 100) k++;
  return k;
}

function check(x: unknown, field: string, issues: Issue[], nonNegative: boolean): void {
  if (typeof x !== "number") {
    issues.push(issue("invalid_type", [field], { expected: "number", received: typeof x }));
  } else if (!Number.isFinite(x)) {
    issues.push(issue("not_finite", [field], { received: String(x) }));
  } else if (nonNegative && x < 0) {
    issues.push(issue("too_small", [field], { minimum: 0, inclusive: true }));
  }
}

/** `q` to 15 significant digits (drops float noise from adding the two readings), unless that rounds past 1e308. */
function cleanSum(q: number): number {
  // Whole kvarh below 10^15 have 15 digits at most, which toPrecision(15) keeps: no need to print them.
  if (Number.isInteger(q) && q < 1e15) return q;
  const clean = Number(q.toPrecision(15));
  return Number.isFinite(clean) ? clean : q;
}
