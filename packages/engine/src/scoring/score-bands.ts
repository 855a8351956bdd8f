import { type Issue, type Warning } from "../result.ts";
import { issue } from "./issue.ts";
import type { ScoreBand } from "./criterion.ts";

/** A validated scoring-standard table: bands ascending by `lo`, with the most points any band gives. */
export interface ScoreBandTable {
  readonly bands: readonly ScoreBand[];
  readonly maxPoints: number;
}

/**
 * Returns the bands of a scoring-standard table (评分标准) sorted ascending, or issues when a band is empty
 * (lo ≥ hi), two bands overlap, or no band gives points; gaps between bands are allowed with a warning. Bands
 * are `[lo, hi)`: a value equal to a band's `hi` belongs to the next band.
 */
export function scoreBandTable(
  bands: readonly ScoreBand[],
  criterion: string,
  path: readonly (string | number)[],
): { success: true; table: ScoreBandTable; warnings: Warning[] } | { success: false; issues: Issue[] } {
  const issues: Issue[] = [];
  const warnings: Warning[] = [];
  bands.forEach((b, k) => {
    if (b.lo !== undefined && b.hi !== undefined && !(b.lo < b.hi)) {
      issues.push(issue("scoring_band_empty", [...path, k], { criterion, lo: b.lo, hi: b.hi }));
    }
  });
  const sorted = [...bands].sort((a, b) => (a.lo ?? -Infinity) - (b.lo ?? -Infinity));
  for (let k = 1; k < sorted.length; k++) {
    const prev = sorted[k - 1]!;
    const cur = sorted[k]!;
    const prevHi = prev.hi ?? Infinity;
    const curLo = cur.lo ?? -Infinity;
    if (curLo < prevHi) {
      issues.push(issue("scoring_bands_overlap", path, { criterion, first: bandText(prev), second: bandText(cur) }));
    } else if (curLo > prevHi) {
      warnings.push(issue("scoring_bands_gap", path, { criterion, lo: prevHi, hi: curLo }));
    }
  }
  let maxPoints = 0;
  for (const b of bands) maxPoints = Math.max(maxPoints, b.points);
  if (!(maxPoints > 0)) issues.push(issue("scoring_bands_no_points", path, { criterion }));
  if (issues.length) return { success: false, issues };
  return { success: true, table: { bands: sorted, maxPoints }, warnings };
}

/** Returns the points the band holding `x` gives (`[lo, hi)`), or NaN when `x` lies outside every band. */
export function bandPoints(table: ScoreBandTable, x: number): number {
  for (const b of table.bands) {
    if ((b.lo === undefined || x >= b.lo) && (b.hi === undefined || x < b.hi)) return b.points;
  }
  return NaN;
}

function bandText(b: ScoreBand): string {
  return `[${b.lo ?? "−∞"}, ${b.hi ?? "+∞"})`;
}
