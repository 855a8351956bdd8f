import { roundHalfEven } from "../math/round.ts";
import { evaluateSpline, fmmSpline, hymanFilter, splineDerivative } from "./fmm-spline.ts";

/** Which computed-ABC reference to reproduce: cABCanalysis 1.0.1 (`cabc`) or ABCanalysis 1.2.1 (`legacy`). */
export type ComputedAbcMode = "cabc" | "legacy";

/** The points and limits computed ABC (计算法 ABC, Ultsch & Lötsch) found on the ABC curve. */
export interface ComputedAbcInfo {
  /** Which reference was reproduced. */
  readonly mode: ComputedAbcMode;
  /** Effort (count share) of the Pareto point: the grid point nearest the ideal corner (0, 1). */
  readonly paretoX: number;
  /** Effort of the break-even point, where the curve's slope is nearest 1 (dABC = 1). */
  readonly breakEvenX: number;
  /** Effort of the submarginal point C, nearest (B_x, 1); `cx` below. */
  readonly submarginalX: number;
  /** Effort limit of class A actually used: the Pareto point, or the break-even point when `abExchanged`. */
  readonly ax: number;
  /** Effort limit of class B actually used (the submarginal point). */
  readonly cx: number;
  /** True when the break-even point lay left of the Pareto point and the two were exchanged. */
  readonly abExchanged: boolean;
  /** The value at rank round(ax·n) (R half-even): legacy A is value > abLimit; cABC uses it to settle tied ties. */
  readonly abLimit: number;
  /** The value at rank round(cx·n): legacy C is value < bcLimit. */
  readonly bcLimit: number;
  /** Number of grid points the curve was interpolated on (101 for n < 101, else 1001). */
  readonly gridSize: number;
  /** True when a degenerate input (one positive value, or all values equal) put every positive item in A. */
  readonly special: boolean;
}

/** Where computed ABC cuts the descending ranking, plus the tie groups cABC moved. */
export interface ComputedAbcCut {
  /** Items in A, and in A + B, by position in the descending order. */
  readonly ends: [number, number];
  readonly info: ComputedAbcInfo;
  /** Values of the tie groups that spanned classes and were consolidated (cabc mode). */
  readonly consolidatedValues: number[];
}

/**
 * Returns the A/B/C cut of `desc` (values sorted descending, all ≥ 0, sum > 0) with `cumShare[k]` = S_(k+1), by the
 * Ultsch–Lötsch computed ABC analysis as domain/tiering.md §2.3 specifies it (validated there against R).
 */
export function computedAbcCut(desc: Float64Array, cumShare: Float64Array, mode: ComputedAbcMode): ComputedAbcCut {
  const n = desc.length;
  const gridSize = n < 101 ? 101 : 1001;
  let positives = 0;
  while (positives < n && desc[positives]! > 0) positives++;
  if (positives <= 1 || desc[0] === desc[positives - 1]) {
    return {
      ends: [positives, positives],
      info: {
        mode,
        paretoX: positives / n,
        breakEvenX: positives / n,
        submarginalX: positives / n,
        ax: positives / n,
        cx: positives / n,
        abExchanged: false,
        abLimit: desc[positives - 1]!,
        bcLimit: desc[positives - 1]!,
        gridSize,
        special: true,
      },
      consolidatedValues: [],
    };
  }

  // Curve points (k/n, S_k), with (0, 0) prepended because S_1 > 0; x_n = n/n = 1 so nothing is appended.
  const x = new Float64Array(n + 1);
  const y = new Float64Array(n + 1);
  for (let k = 1; k <= n; k++) {
    x[k] = k / n;
    y[k] = cumShare[k - 1]!;
  }
  let curve = fmmSpline(x, y);
  if (mode === "cabc") curve = hymanFilter(curve);
  // R's seq(0, 1, by = 0.01): the grid is i·step, which equals i/100 to the last bit on most points.
  const step = gridSize === 101 ? 0.01 : 0.001;
  const p = new Float64Array(gridSize);
  for (let i = 0; i < gridSize; i++) p[i] = i * step;
  const yieldAt = evaluateSpline(curve, p);
  let firstFull = -1;
  for (let i = 0; i < gridSize; i++) {
    if (yieldAt[i]! >= 1) {
      firstFull = i;
      break;
    }
  }
  if (firstFull >= 0 && firstFull < gridSize - 1) yieldAt.fill(1, firstFull);

  // The reference evaluates the slope at (i+1)/m, not at p_i (§2.3 step 4); replicated to get the same points.
  const slopeAt = evaluateSpline(
    splineDerivative(fmmSpline(p, yieldAt)),
    Float64Array.from({ length: gridSize }, (_, i) => (i + 1) / gridSize),
  );

  let paretoIndex = 0;
  let best = Infinity;
  for (let i = 0; i < gridSize; i++) {
    const e = p[i]!;
    const gap = 1 - yieldAt[i]!;
    const dist = e * e + gap * gap;
    if (dist < best) {
      best = dist;
      paretoIndex = i;
    }
  }
  let breakEvenIndex = 0;
  best = Infinity;
  for (let i = 0; i < gridSize; i++) {
    const dist = Math.abs(slopeAt[i]! - 1);
    if (dist <= best) {
      best = dist;
      breakEvenIndex = i;
    }
  }
  const abExchanged = p[breakEvenIndex]! < p[paretoIndex]!;
  const aIndex = abExchanged ? breakEvenIndex : paretoIndex;
  const bx = p[abExchanged ? paretoIndex : breakEvenIndex]!;
  let cIndex = 0;
  best = Infinity;
  for (let i = 0; i < gridSize; i++) {
    const e = p[i]! - bx;
    const gap = 1 - yieldAt[i]!;
    const dist = e * e + gap * gap;
    if (dist < best) {
      best = dist;
      cIndex = i;
    }
  }
  const ax = p[aIndex]!;
  const cx = p[cIndex]!;
  const limitAt = (share: number) => desc[Math.min(n, Math.max(1, roundHalfEven(share * n))) - 1]!;
  const abLimit = limitAt(ax);
  const bcLimit = limitAt(cx);
  // Reported as the decimal grid points i/100 (or i/1000): R's i·step is 0.35000000000000003 at i = 35, which the
  // comparisons above and below keep so that the classes match the reference, but which nobody should have to read.
  const gridPoint = (i: number) => i / (gridSize - 1);
  const info: ComputedAbcInfo = {
    mode,
    paretoX: gridPoint(paretoIndex),
    breakEvenX: gridPoint(breakEvenIndex),
    submarginalX: gridPoint(cIndex),
    ax: gridPoint(aIndex),
    cx: gridPoint(cIndex),
    abExchanged,
    abLimit,
    bcLimit,
    gridSize,
    special: false,
  };

  if (mode === "legacy") {
    let endA = 0;
    while (endA < n && desc[endA]! > abLimit) endA++;
    let endB = endA;
    while (endB < n && desc[endB]! >= bcLimit) endB++;
    return { ends: [endA, endB], info, consolidatedValues: [] };
  }

  let endA = 0;
  while (endA < n && (endA + 1) / n <= ax) endA++;
  let endB = endA;
  while (endB < n && (endB + 1) / n <= cx) endB++;
  const ends: [number, number] = [endA, endB];
  const consolidatedValues: number[] = [];
  // cABC_postprocess_classes: a run of equal values cut by a limit moves whole to the class holding most of it;
  // on a tie the legacy value limits decide (A vs B by abLimit, B vs C by bcLimit, A vs C → A).
  for (const cut of [endA, endB]) {
    if (cut <= 0 || cut >= n || desc[cut - 1] !== desc[cut]) continue;
    const value = desc[cut]!;
    if (consolidatedValues.includes(value)) continue;
    let lo = cut - 1;
    while (lo > 0 && desc[lo - 1] === value) lo--;
    let hi = cut + 1;
    while (hi < n && desc[hi] === value) hi++;
    const counts = [0, 0, 0].map((_, c) => {
      const start = c === 0 ? 0 : ends[c - 1]!;
      const end = c === 2 ? n : ends[c]!;
      return Math.max(0, Math.min(end, hi) - Math.max(start, lo));
    });
    const max = Math.max(...counts);
    const leaders = [0, 1, 2].filter((c) => counts[c] === max);
    let target = leaders[0]!;
    if (leaders.length === 3) {
      const toAb = Math.abs(value - abLimit);
      const toBc = Math.abs(value - bcLimit);
      target = toAb < toBc ? (value >= abLimit ? 0 : 1) : toBc < toAb ? (value >= bcLimit ? 1 : 2) : 1;
    } else if (leaders.length === 2) {
      const [first, second] = leaders as [number, number];
      if (first === 0 && second === 1) target = value >= abLimit ? 0 : 1;
      else if (first === 1 && second === 2) target = value >= bcLimit ? 1 : 2;
      else target = 0;
    }
    for (let j = 0; j < 2; j++) {
      if (ends[j]! > lo && ends[j]! < hi) ends[j] = j < target ? lo : hi;
    }
    consolidatedValues.push(value);
  }
  return { ends, info, consolidatedValues };
}
