import type { Locale } from "../messages/types.ts";
import { fail, ok, type Issue, type Result } from "../result.ts";
import { issue } from "./issue.ts";
import type { QuadrantCell, QuadrantPoint, QuadrantResult } from "./classify-quadrants.ts";
import type { QuadrantKey } from "./quadrant-key.ts";
import type { QuadrantOptions } from "./quadrant-options.ts";
import { quadrants } from "./quadrants.ts";

/** A text in every supported language. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/** One quadrant of a preset: a stable segment id, its name and the recommended action, in both languages. */
export interface PresetQuadrant {
  readonly segment: string;
  readonly label: LocalizedText;
  readonly action: LocalizedText;
}

/** A named quadrant matrix carried as data: what each axis measures and each quadrant's name and action. */
export interface QuadrantPreset {
  readonly id: string;
  readonly name: LocalizedText;
  readonly axes: {
    readonly x: { readonly field: string; readonly label: LocalizedText };
    readonly y: { readonly field: string; readonly label: LocalizedText };
  };
  readonly quadrants: Readonly<Record<QuadrantKey, PresetQuadrant>>;
  /** Where the names and actions come from. */
  readonly source: string;
}

/** A point of a preset matrix: its quadrant plus the segment id and recommended action. */
export interface PresetQuadrantPoint extends QuadrantPoint {
  readonly segment: string;
  readonly action: string;
}

/** A quadrant of a preset matrix with its count, share, segment id and recommended action. */
export interface PresetQuadrantCell extends QuadrantCell {
  readonly segment: string;
  readonly action: string;
}

/** A quadrant result labelled by a preset in one locale. */
export interface PresetQuadrantResult extends Omit<QuadrantResult, "points" | "cells"> {
  readonly preset: string;
  readonly locale: Locale;
  readonly points: readonly PresetQuadrantPoint[];
  readonly cells: readonly PresetQuadrantCell[];
}

/** Options of the preset quadrant functions: those of `quadrants` without `labels`, plus `locale`. */
export type PresetQuadrantOptions<P> = Omit<QuadrantOptions<P>, "labels"> & {
  /** Language of labels and actions; defaults to zh-CN. */
  locale?: Locale;
};

/**
 * Returns `quadrants(points)` labelled by `preset` in `options.locale` (defaults to zh-CN), with each point's and
 * quadrant's segment id and recommended action. `x` and `y` default to the preset's fields.
 */
export function presetQuadrants<P>(
  points: readonly P[],
  preset: QuadrantPreset,
  options: PresetQuadrantOptions<P> = {},
): Result<PresetQuadrantResult> {
  const bad = presetIssue(preset);
  if (bad) return fail([bad]);
  const { locale = "zh-CN", ...rest } = options ?? {};
  const loc: Locale = locale === "en" ? "en" : "zh-CN";
  const q = preset.quadrants;
  const result = quadrants(points, {
    x: preset.axes.x.field,
    y: preset.axes.y.field,
    ...rest,
    labels: { HH: q.HH.label[loc], HL: q.HL.label[loc], LH: q.LH.label[loc], LL: q.LL.label[loc] },
  });
  if (!result.success) return result;
  const data = result.data;
  return ok(
    {
      ...data,
      preset: preset.id,
      locale: loc,
      points: data.points.map((p) => ({ ...p, segment: q[p.key].segment, action: q[p.key].action[loc] })),
      cells: data.cells.map((c) => ({ ...c, segment: q[c.key].segment, action: q[c.key].action[loc] })),
    },
    result.warnings,
  );
}

/**
 * Returns the issue with a caller's preset (a custom matrix passed as data), or undefined when it has every field the
 * functions read: `id`, both axes' `field`, and each quadrant's `segment`, `label` and `action` in zh-CN and en.
 */
export function presetIssue(preset: unknown): Issue | undefined {
  const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
  const expect = (path: (string | number)[], expected: string, value: unknown) =>
    issue("invalid_type", ["preset", ...path], { expected, received: value === null ? "null" : typeof value });
  if (!isRecord(preset)) return expect([], "object", preset);
  if (typeof preset["id"] !== "string") return expect(["id"], "string", preset["id"]);
  const axes = preset["axes"];
  if (!isRecord(axes)) return expect(["axes"], "object", axes);
  for (const axis of ["x", "y"] as const) {
    const a = axes[axis];
    if (!isRecord(a)) return expect(["axes", axis], "object", a);
    if (typeof a["field"] !== "string") return expect(["axes", axis, "field"], "string", a["field"]);
  }
  const quadrants = preset["quadrants"];
  if (!isRecord(quadrants)) return expect(["quadrants"], "object", quadrants);
  for (const key of ["HH", "HL", "LH", "LL"] as const) {
    const q = quadrants[key];
    if (!isRecord(q)) return expect(["quadrants", key], "object", q);
    if (typeof q["segment"] !== "string") return expect(["quadrants", key, "segment"], "string", q["segment"]);
    for (const part of ["label", "action"] as const) {
      const text = q[part];
      if (!isRecord(text)) return expect(["quadrants", key, part], "object", text);
      for (const loc of ["zh-CN", "en"] as const) {
        if (typeof text[loc] !== "string") return expect(["quadrants", key, part, loc], "string", text[loc]);
      }
    }
  }
  return undefined;
}
