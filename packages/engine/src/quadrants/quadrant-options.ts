import { z } from "zod";
import { issue, parseWith } from "../result.ts";
import { AxisSplit } from "./axis-split.ts";
import { QuadrantLabels } from "./quadrant-key.ts";

/** Reads a measure from a record: a field name or an accessor `(point, index) => value`. */
export type Accessor<P> = string | ((point: P, index: number) => unknown);

const AccessorSchema = z.union([
  z.string().min(1),
  z.custom<(point: never, index: number) => unknown>((v) => typeof v === "function", "expected a function"),
]);

/** Options shared by `quadrants` and `quadrantsXY`. */
export const QuadrantCommonOptions = z.strictObject({
  /** Split of the x axis; defaults to the median. */
  xSplit: AxisSplit.optional(),
  /** Split of the y axis; defaults to the median. */
  ySplit: AxisSplit.optional(),
  /** Neutral band ±δ around each split (in the axis' units); points with |v − split| ≤ δ are "uncertain". None by default. */
  band: z.strictObject({ x: z.number().min(0).optional(), y: z.number().min(0).optional() }).optional(),
  /** Quadrant labels (see `QuadrantLabels`); default the keys HH / HL / LH / LL. */
  labels: QuadrantLabels.optional(),
  /** A missing or non-numeric x or y: `exclude` the point (default), count it as `zero`, or `error`. */
  missing: z.enum(["exclude", "zero", "error"]).default("exclude"),
});

/** Options of `quadrants(points, options)`. */
export const QuadrantOptions = QuadrantCommonOptions.extend({
  /** Field name or accessor of the x measure; defaults to `"x"`. */
  x: AccessorSchema.default("x"),
  /** Field name or accessor of the y measure; defaults to `"y"`. */
  y: AccessorSchema.default("y"),
  /** Field name or accessor copied to each output point as `id`; none by default. */
  id: AccessorSchema.optional(),
});

/** Options of `quadrants`; every field is optional. `P` is the point type the accessors receive. */
export type QuadrantOptions<P = Readonly<Record<string, unknown>>> = Omit<
  z.input<typeof QuadrantOptions>,
  "x" | "y" | "id"
> & { x?: Accessor<P>; y?: Accessor<P>; id?: Accessor<P> };

/** Options of `quadrantsXY(xs, ys, options)`. */
export const QuadrantXYOptions = QuadrantCommonOptions.extend({
  /** Ids copied to each output point, aligned with `xs`; none by default. */
  ids: z.array(z.unknown()).optional(),
});
export type QuadrantXYOptions = z.input<typeof QuadrantXYOptions>;

/** Common options after defaults. */
export type QuadrantSettings = z.output<typeof QuadrantCommonOptions>;

/**
 * Returns `parseWith(schema, options, ["options"])`, with zod's generic union failure on a split replaced by
 * `quadrant_invalid_split`, which lists the accepted forms.
 */
export function parseQuadrantOptions<S extends z.ZodType>(
  schema: S,
  options: unknown,
): ReturnType<typeof parseWith<S>> {
  const parsed = parseWith(schema, options, ["options"]);
  if (parsed.success || parsed.result.success) return parsed;
  const issues = parsed.result.issues.map((i) =>
    i.code === "invalid_input" && i.path.length === 2 && (i.path[1] === "xSplit" || i.path[1] === "ySplit")
      ? issue("quadrant_invalid_split", i.path)
      : i,
  );
  return { success: false, result: { success: false, issues } };
}
