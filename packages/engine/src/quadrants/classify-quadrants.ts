import { sortedFinite } from "../math/quantile.ts";
import { fail, ok, type Result, type Warning } from "../result.ts";
import { issue } from "./issue.ts";
import { axisSplitValue, type AxisSplitSpec } from "./axis-split.ts";
import { labelsByKey, QUADRANT_KEYS, quadrantKey, type QuadrantKey } from "./quadrant-key.ts";
import type { QuadrantSettings } from "./quadrant-options.ts";
import { readMeasure, type MeasureProblem } from "./read-measure.ts";

/** Why a point was left out: a problem with its x or y value, or the point is not a record. */
export type QuadrantExclusionReason = MeasureProblem | "not_object";

/** The split actually used on one axis, and how the points fell around it. */
export interface QuadrantSplitReport {
  readonly method: "median" | "mean" | "quantile" | "value";
  /** The quantile probability for `quantile`, else null. */
  readonly q: number | null;
  /** The split value: points with value ≥ split are high. */
  readonly value: number;
  /** The neutral band δ, or null when none was asked for. */
  readonly band: number | null;
  /** Included points exactly on the split (counted high). */
  readonly onSplit: number;
  readonly high: number;
  readonly low: number;
}

/** One included point and its quadrant. */
export interface QuadrantPoint {
  /** Position in the input. */
  readonly index: number;
  readonly id?: unknown;
  readonly x: number;
  readonly y: number;
  readonly key: QuadrantKey;
  readonly label: string;
  /** True when x (y) lies within the neutral band of its split. */
  readonly uncertain: boolean;
  readonly uncertainAxes: readonly ("x" | "y")[];
}

/** One quadrant's count and share of the included points. */
export interface QuadrantCell {
  readonly key: QuadrantKey;
  readonly label: string;
  readonly count: number;
  /** count / included points, 0–1. */
  readonly share: number;
}

/** A point left out, and why (per axis). */
export interface QuadrantExclusion {
  readonly index: number;
  readonly id?: unknown;
  readonly x: QuadrantExclusionReason | null;
  readonly y: QuadrantExclusionReason | null;
}

/** Points assigned to quadrants, with the splits used, counts and shares per quadrant, and exclusions. */
export interface QuadrantResult {
  readonly splits: { readonly x: QuadrantSplitReport; readonly y: QuadrantSplitReport };
  /** Included points in input order. */
  readonly points: readonly QuadrantPoint[];
  /** The quadrant key of every input position (null when excluded), for spilling next to the input. */
  readonly keys: readonly (QuadrantKey | null)[];
  /** The four quadrants in the order HH, HL, LH, LL. */
  readonly cells: readonly QuadrantCell[];
  readonly counts: Readonly<Record<QuadrantKey, number>>;
  readonly shares: Readonly<Record<QuadrantKey, number>>;
  readonly included: number;
  readonly excluded: readonly QuadrantExclusion[];
  /** Included points within a neutral band. */
  readonly uncertain: number;
}

/** Measures gathered from the input, one per position. */
export interface QuadrantInput {
  readonly xs: ArrayLike<unknown>;
  readonly ys: ArrayLike<unknown>;
  /** Positions that are not records at all. */
  readonly notObject?: ReadonlySet<number>;
  readonly id?: (index: number) => unknown;
  /** Path of position i's x or y value, for issues. */
  readonly pathOf: (index: number, axis: "x" | "y") => (string | number)[];
}

/** Few points make medians and shares unstable; below this count a warning says so. */
const FEW_POINTS = 4;

/** Returns the quadrants of gathered measures (shared by `quadrants` and `quadrantsXY`). */
export function classifyQuadrants(input: QuadrantInput, settings: QuadrantSettings): Result<QuadrantResult> {
  const n = input.xs.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const keep = new Uint8Array(n);
  const excluded: QuadrantExclusion[] = [];
  let excludedX = 0;
  let excludedY = 0;
  for (let i = 0; i < n; i++) {
    const bad = input.notObject?.has(i) === true;
    let rx: number | QuadrantExclusionReason = bad ? "not_object" : readMeasure(input.xs[i]);
    let ry: number | QuadrantExclusionReason = bad ? "not_object" : readMeasure(input.ys[i]);
    if (settings.missing === "zero" && !bad) {
      if (typeof rx !== "number") rx = 0;
      if (typeof ry !== "number") ry = 0;
    }
    if (typeof rx === "number" && typeof ry === "number") {
      xs[i] = rx;
      ys[i] = ry;
      keep[i] = 1;
      continue;
    }
    if (settings.missing === "error") {
      const axis = typeof rx === "number" ? "y" : "x";
      const reason = typeof rx === "number" ? ry : rx;
      return fail([issue("quadrant_value_missing", input.pathOf(i, axis), { reason: String(reason) })]);
    }
    const ex = { x: typeof rx === "number" ? null : rx, y: typeof ry === "number" ? null : ry };
    if (ex.x) excludedX++;
    if (ex.y) excludedY++;
    excluded.push(input.id ? { index: i, id: input.id(i), ...ex } : { index: i, ...ex });
  }
  const included = n - excluded.length;
  if (included === 0) return fail([issue("quadrant_no_valid_points", [], { excluded: excluded.length })]);

  const xsKept = new Float64Array(included);
  const ysKept = new Float64Array(included);
  for (let i = 0, k = 0; i < n; i++) {
    if (keep[i]) {
      xsKept[k] = xs[i]!;
      ysKept[k++] = ys[i]!;
    }
  }
  const xSpec: AxisSplitSpec = (settings.xSplit as AxisSplitSpec | undefined) ?? { by: "median" };
  const ySpec: AxisSplitSpec = (settings.ySplit as AxisSplitSpec | undefined) ?? { by: "median" };
  const xSplit = axisSplitValue(sortedFinite(xsKept), xSpec);
  const ySplit = axisSplitValue(sortedFinite(ysKept), ySpec);
  const xBand = settings.band?.x ?? null;
  const yBand = settings.band?.y ?? null;

  const labels = labelsByKey(settings.labels);
  const counts: Record<QuadrantKey, number> = { HH: 0, HL: 0, LH: 0, LL: 0 };
  const keys: (QuadrantKey | null)[] = new Array<QuadrantKey | null>(n).fill(null);
  const points: QuadrantPoint[] = [];
  let xOn = 0;
  let yOn = 0;
  let xHigh = 0;
  let yHigh = 0;
  let uncertain = 0;
  for (let i = 0; i < n; i++) {
    if (!keep[i]) continue;
    const x = xs[i]!;
    const y = ys[i]!;
    const key = quadrantKey(x, y, xSplit, ySplit);
    keys[i] = key;
    counts[key]++;
    if (x === xSplit) xOn++;
    if (y === ySplit) yOn++;
    if (x >= xSplit) xHigh++;
    if (y >= ySplit) yHigh++;
    const uncertainAxes: ("x" | "y")[] = [];
    if (xBand !== null && Math.abs(x - xSplit) <= xBand) uncertainAxes.push("x");
    if (yBand !== null && Math.abs(y - ySplit) <= yBand) uncertainAxes.push("y");
    if (uncertainAxes.length) uncertain++;
    const base = { index: i, x, y, key, label: labels[key], uncertain: uncertainAxes.length > 0, uncertainAxes };
    points.push(input.id ? { ...base, id: input.id(i) } : base);
  }

  const shares = {} as Record<QuadrantKey, number>;
  for (const key of QUADRANT_KEYS) shares[key] = counts[key] / included;
  const cells = QUADRANT_KEYS.map((key) => ({ key, label: labels[key], count: counts[key], share: shares[key] }));
  const report = (spec: AxisSplitSpec, value: number, band: number | null, on: number, high: number) => ({
    method: spec.by,
    q: spec.by === "quantile" ? spec.q : null,
    value,
    band,
    onSplit: on,
    high,
    low: included - high,
  });

  const warnings: Warning[] = [];
  if (excluded.length) {
    warnings.push(
      issue("quadrant_points_excluded", [], { count: excluded.length, missingX: excludedX, missingY: excludedY }),
    );
  }
  if (included < FEW_POINTS) warnings.push(issue("quadrant_few_points", [], { count: included }));
  for (const [axis, on, split, high] of [
    ["x", xOn, xSplit, xHigh],
    ["y", yOn, ySplit, yHigh],
  ] as const) {
    if (on >= 2) {
      warnings.push(issue("quadrant_ties_on_split", [`${axis}Split`], { axis, count: on, split, high, n: included }));
    }
    if (high === 0 || high === included) {
      warnings.push(issue("quadrant_one_sided", [`${axis}Split`], { axis, side: high ? "high" : "low", split }));
    }
  }
  if (uncertain) warnings.push(issue("quadrant_uncertain_points", ["band"], { count: uncertain }));

  return ok(
    {
      splits: { x: report(xSpec, xSplit, xBand, xOn, xHigh), y: report(ySpec, ySplit, yBand, yOn, yHigh) },
      points,
      keys,
      cells,
      counts,
      shares,
      included,
      excluded,
      uncertain,
    },
    warnings,
  );
}
