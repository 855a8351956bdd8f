import * as z from "zod/mini";
import { parseWith } from "../result.ts";
import { issue } from "./issue.ts";
import { AxisSplit } from "./axis-split.ts";
import { QuadrantLabels } from "./quadrant-key.ts";

/** Reads a measure from a record: a field name or an accessor `(point, index) => value`. */
export type Accessor<P> = string | ((point: P, index: number) => unknown);

const AccessorSchema = z.union([
  z.string().check(z.minLength(1)),
  z.custom<(point: never, index: number) => unknown>((v) => typeof v === "function", "expected a function"),
]);

/** Options shared by `quadrants` and `quadrantsXY`. */
export const QuadrantCommonOptions = z.strictObject({
  /** Split of the x axis; defaults to the median. */
  xSplit: z.optional(AxisSplit),
  /** Split of the y axis; defaults to the median. */
  ySplit: z.optional(AxisSplit),
  /** Neutral band ±δ around each split (in the axis' units); points with |v − split| ≤ δ are "uncertain". None by default. */
  band: z.optional(
    z.strictObject({ x: z.optional(z.number().check(z.minimum(0))), y: z.optional(z.number().check(z.minimum(0))) }),
  ),
  /** Quadrant labels (see `QuadrantLabels`); default the keys HH / HL / LH / LL. */
  labels: z.optional(QuadrantLabels),
  /** A missing or non-numeric x or y: `exclude` the point (default), count it as `zero`, or `error`. */
  missing: z._default(z.enum(["exclude", "zero", "error"]), "exclude"),
});

/** Options of `quadrants(points, options)`. */
export const QuadrantOptions = z.extend(QuadrantCommonOptions, {
  /** Field name or accessor of the x measure; defaults to `"x"`. */
  x: z._default(AccessorSchema, "x"),
  /** Field name or accessor of the y measure; defaults to `"y"`. */
  y: z._default(AccessorSchema, "y"),
  /** Field name or accessor copied to each output point as `id`; none by default. */
  id: z.optional(AccessorSchema),
});

/** Options of `quadrants`; every field is optional. `P` is the point type the accessors receive. */
export type QuadrantOptions<P = Readonly<Record<string, unknown>>> = Omit<
  z.input<typeof QuadrantOptions>,
  "x" | "y" | "id"
> & { x?: Accessor<P>; y?: Accessor<P>; id?: Accessor<P> };

/** Options of `quadrantsXY(xs, ys, options)`. */
export const QuadrantXYOptions = z.extend(QuadrantCommonOptions, {
  /** Ids copied to each output point, aligned with `xs`; none by default. */
  ids: z.optional(z.array(z.unknown())),
});
export type QuadrantXYOptions = z.input<typeof QuadrantXYOptions>;

/** Common options after defaults. */
export type QuadrantSettings = z.output<typeof QuadrantCommonOptions>;

/**
 * Returns `parseWith(schema, options, ["options"])`, with zod's generic union failure on a split replaced by
 * `quadrant_invalid_split`, which lists the accepted forms.
 */
export function parseQuadrantOptions<S extends z.core.$ZodType>(
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
