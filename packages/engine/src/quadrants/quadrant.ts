import { fail, ok, parseWith, type Issue, type Result } from "../result.ts";
import { issue } from "./issue.ts";
import { labelsByKey, QuadrantLabels, quadrantKey, type QuadrantKey } from "./quadrant-key.ts";
import { readMeasure } from "./read-measure.ts";

/** One point's quadrant. */
export interface QuadrantAssignment {
  readonly key: QuadrantKey;
  readonly label: string;
  /** x ≥ xSplit. */
  readonly xHigh: boolean;
  /** y ≥ ySplit. */
  readonly yHigh: boolean;
}

/**
 * Returns the quadrant (象限) of one point (x, y) against given splits (Excel `QUADRANT`): high means value ≥
 * split, so ties go high. `labels` are four strings in the order high/high, high-x/low-y, low-x/high-y, low/low
 * (or a record keyed HH/HL/LH/LL); they default to the keys `HH`, `HL`, `LH`, `LL`.
 */
export function quadrant(
  x: number,
  y: number,
  xSplit: number,
  ySplit: number,
  labels?: QuadrantLabels,
): Result<QuadrantAssignment> {
  const issues: Issue[] = [];
  const values = { x, y, xSplit, ySplit } as Record<string, unknown>;
  const read: Record<string, number> = {};
  for (const name of ["x", "y", "xSplit", "ySplit"]) {
    const v = readMeasure(values[name]);
    if (typeof v === "number") read[name] = v;
    else issues.push(measureIssue(v, name, values[name]));
  }
  let parsedLabels: ReturnType<typeof labelsByKey> | undefined;
  if (labels !== undefined) {
    if (Array.isArray(labels) && labels.length !== 4) {
      issues.push(issue("quadrant_labels_count", ["labels"], { received: labels.length }));
    } else {
      const parsed = parseWith(QuadrantLabels, labels, ["labels"]);
      if (parsed.success) parsedLabels = labelsByKey(parsed.data);
      else if (!parsed.result.success) issues.push(...parsed.result.issues);
    }
  }
  if (issues.length) return fail(issues);
  const key = quadrantKey(read.x!, read.y!, read.xSplit!, read.ySplit!);
  return ok({
    key,
    label: (parsedLabels ?? labelsByKey(undefined))[key],
    xHigh: read.x! >= read.xSplit!,
    yHigh: read.y! >= read.ySplit!,
  });
}

/** Returns the issue for a value `readMeasure` rejected. */
export function measureIssue(problem: string, name: string, value: unknown): Issue {
  if (problem === "not_finite") return issue("not_finite", [name], { received: String(value) });
  if (problem === "missing") {
    return issue("invalid_type", [name], { expected: "number", received: value === "" ? "blank" : String(value) });
  }
  return issue("invalid_type", [name], { expected: "number", received: typeof value });
}
