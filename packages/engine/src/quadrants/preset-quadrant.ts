import type { Locale } from "../messages/types.ts";
import { fail, ok, type Result } from "../result.ts";
import { quadrant } from "./quadrant.ts";
import type { QuadrantKey } from "./quadrant-key.ts";
import { presetIssue, type QuadrantPreset } from "./quadrant-preset.ts";

/** One point's quadrant in a preset matrix. */
export interface PresetQuadrantAssignment {
  readonly key: QuadrantKey;
  readonly segment: string;
  readonly label: string;
  readonly action: string;
}

/** Returns the preset quadrant of one point (x, y) against given splits, labelled in `locale` (defaults to zh-CN). */
export function presetQuadrant(
  x: number,
  y: number,
  xSplit: number,
  ySplit: number,
  preset: QuadrantPreset,
  locale: Locale = "zh-CN",
): Result<PresetQuadrantAssignment> {
  const bad = presetIssue(preset);
  if (bad) return fail([bad]);
  const result = quadrant(x, y, xSplit, ySplit);
  if (!result.success) return result;
  const loc: Locale = locale === "en" ? "en" : "zh-CN";
  const q = preset.quadrants[result.data.key];
  return ok({ key: result.data.key, segment: q.segment, label: q.label[loc], action: q.action[loc] });
}
