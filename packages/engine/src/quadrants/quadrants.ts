import { fail, type Result } from "../result.ts";
import { issue } from "./issue.ts";
import { classifyQuadrants, type QuadrantResult } from "./classify-quadrants.ts";
import { parseQuadrantOptions, QuadrantOptions, QuadrantXYOptions, type Accessor } from "./quadrant-options.ts";
import { tooManyItems } from "../limits.ts";

/**
 * Returns each point's quadrant (象限) by two measures, with the split values used, counts and shares per
 * quadrant, excluded points and why, and warnings. High means value ≥ split on both axes, so ties on a split go
 * high; keys are x first (`HL` = high x, low y).
 *
 * Defaults: `x` field `"x"`, `y` field `"y"`, both splits the median of the included points' values (R-7
 * quantiles for `{ by: "quantile", q }`), no neutral band, labels = keys, `missing` "exclude". A value is
 * missing when null, undefined or blank text; NaN, ±∞, other text and non-records are excluded too, each with
 * its reason. The input is never mutated.
 */
export function quadrants<P = Readonly<Record<string, unknown>>>(
  points: readonly P[],
  options: QuadrantOptions<P> = {},
): Result<QuadrantResult> {
  const tooMany = tooManyItems(points, ["points"]);
  if (tooMany) return fail([tooMany]);
  const opts = parseQuadrantOptions(QuadrantOptions, options);
  if (!opts.success) return opts.result;
  if (!Array.isArray(points)) {
    return fail([issue("invalid_type", ["points"], { expected: "array", received: typeof points })]);
  }
  if (points.length === 0) return fail([issue("empty_input", ["points"])]);
  const { x, y, id, ...settings } = opts.data;
  const n = points.length;
  const notObject = new Set<number>();
  const read = (accessor: Accessor<P>, i: number): unknown => {
    const point = points[i] as P;
    if (typeof accessor === "function") return accessor(point, i);
    if (point === null || typeof point !== "object") {
      notObject.add(i);
      return undefined;
    }
    return (point as Record<string, unknown>)[accessor];
  };
  const xs = new Array<unknown>(n);
  const ys = new Array<unknown>(n);
  for (let i = 0; i < n; i++) {
    xs[i] = read(x as Accessor<P>, i);
    ys[i] = read(y as Accessor<P>, i);
  }
  const field = (a: unknown, fallback: string) => (typeof a === "string" ? a : fallback);
  return classifyQuadrants(
    {
      xs,
      ys,
      notObject,
      ...(id === undefined ? {} : { id: (i: number) => read(id as Accessor<P>, i) }),
      pathOf: (i, axis) => ["points", i, axis === "x" ? field(x, "x") : field(y, "y")],
    },
    settings,
  );
}

/**
 * Returns the quadrants of the points (xs[i], ys[i]); the same result and defaults as `quadrants`, with ids from
 * `options.ids`. Arrays of different lengths fail with `length_mismatch`.
 */
export function quadrantsXY(
  xs: readonly unknown[],
  ys: readonly unknown[],
  options: QuadrantXYOptions = {},
): Result<QuadrantResult> {
  const tooMany = tooManyItems(xs, ["xs"]) ?? tooManyItems(ys, ["ys"]);
  if (tooMany) return fail([tooMany]);
  const opts = parseQuadrantOptions(QuadrantXYOptions, options);
  if (!opts.success) return opts.result;
  if (!Array.isArray(xs)) return fail([issue("invalid_type", ["xs"], { expected: "array", received: typeof xs })]);
  if (!Array.isArray(ys)) return fail([issue("invalid_type", ["ys"], { expected: "array", received: typeof ys })]);
  if (ys.length !== xs.length) {
    return fail([issue("length_mismatch", ["ys"], { expected: xs.length, received: ys.length })]);
  }
  const { ids, ...settings } = opts.data;
  if (ids !== undefined && ids.length !== xs.length) {
    return fail([issue("length_mismatch", ["options", "ids"], { expected: xs.length, received: ids.length })]);
  }
  if (xs.length === 0) return fail([issue("empty_input", ["xs"])]);
  return classifyQuadrants(
    {
      xs,
      ys,
      ...(ids === undefined ? {} : { id: (i: number) => ids[i] }),
      pathOf: (i, axis) => [axis === "x" ? "xs" : "ys", i],
    },
    settings,
  );
}
