import { placesOf } from "./money.ts";

/** The exact amounts of a bill with `moneyRounding: "final"`, in yuan, each rounded half-up to the fen once. */
export interface ExactTotals {
  readonly totalYuan: number;
  readonly basicYuan: number;
  readonly energyYuan: number;
  readonly pfAdjustmentYuan: number;
  readonly surchargeYuan: number;
}

/** The fields of a bill line its amount is made of: amount = quantity × price (× days ÷ daysBasis). */
interface LineFigures {
  readonly kind: string;
  readonly quantity: number;
  readonly price: number;
  readonly days: number | null;
  readonly daysBasis: number | null;
  readonly pfAdjusted: boolean;
}

/** n ÷ d, d > 0. */
interface Q {
  readonly n: bigint;
  readonly d: bigint;
}

const ZERO: Q = { n: 0n, d: 1n };

function add(a: Q, b: Q): Q {
  if (a.d === b.d) return { n: a.n + b.n, d: a.d };
  return { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

/** Returns x's shortest decimal text as a fraction, or null beyond nine decimals or 2^53 (see placesOf). */
function decimal(x: number): Q | null {
  const s = placesOf(x);
  return s < 0 ? null : { n: BigInt(Math.round(x * 10 ** s)), d: 10n ** BigInt(s) };
}

/** Returns the line's exact amount, quantity × price × days ÷ daysBasis on their decimals, or null. */
function lineAmount(l: LineFigures): Q | null {
  const q = decimal(l.quantity);
  const p = decimal(l.price);
  if (!q || !p) return null;
  if (l.days === null || l.daysBasis === null) return { n: q.n * p.n, d: q.d * p.d };
  if (!Number.isSafeInteger(l.days) || !Number.isSafeInteger(l.daysBasis) || l.daysBasis <= 0) return null;
  return { n: q.n * p.n * BigInt(l.days), d: q.d * p.d * BigInt(l.daysBasis) };
}

/** Returns x rounded half-up (half away from zero, 四舍五入) to the fen, in yuan; null past 2^53 fen. */
function yuan(x: Q): number | null {
  const num = x.n * 200n;
  const fen = ((num < 0n ? -num : num) + x.d) / (2n * x.d);
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  if (fen === 0n) return 0;
  const y = Number(fen) / 100;
  return num < 0n ? -y : y;
}

/**
 * Returns the total and subtotals of a bill whose lines are not rounded (`moneyRounding: "final"`), each the exact
 * sum of its lines rounded half-up to the fen once. Every line's amount is quantity × price (× days ÷ daysBasis for
 * a prorated basic fee) on the decimals they are written as; the power-factor line is its rate × the exact sum of
 * the adjusted lines (its `quantity` is that sum in floating point). Returns null when a figure has more than nine
 * decimals or the sums pass 2^53 fen: the caller then rounds the floating-point sums.
 */
export function exactTotals(lines: readonly LineFigures[]): ExactTotals | null {
  const exact: Q[] = [];
  let base = ZERO;
  let pfLine = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind === "pfAdjustment") {
      pfLine = i;
      exact.push(ZERO);
      continue;
    }
    const q = lineAmount(l);
    if (!q) return null;
    exact.push(q);
    if (l.pfAdjusted) base = add(base, q);
  }
  if (pfLine >= 0) {
    const rate = decimal(lines[pfLine]!.price);
    if (!rate) return null;
    exact[pfLine] = { n: rate.n * base.n, d: rate.d * base.d };
  }
  let basic = ZERO;
  let energy = ZERO;
  let pf = ZERO;
  let surcharge = ZERO;
  for (let i = 0; i < lines.length; i++) {
    const kind = lines[i]!.kind;
    const q = exact[i]!;
    if (kind === "basic") basic = add(basic, q);
    else if (kind === "surcharge") surcharge = add(surcharge, q);
    else if (kind === "pfAdjustment") pf = add(pf, q);
    else energy = add(energy, q);
  }
  const totals = {
    totalYuan: yuan(add(add(basic, energy), add(pf, surcharge))),
    basicYuan: yuan(basic),
    energyYuan: yuan(energy),
    pfAdjustmentYuan: yuan(pf),
    surchargeYuan: yuan(surcharge),
  };
  for (const v of Object.values(totals)) if (v === null) return null;
  return totals as ExactTotals;
}
