import { nice, ticks } from "d3-array";

/** A linear map from a data domain to pixels, with d3's nice domain and tick values. */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  ticks(count?: number): number[];
  invert(pixel: number): number;
}

/**
 * Returns a linear scale from `domain` to `range`, its domain extended to round values when `niceCount` is given
 * (d3-array's `nice`/`ticks`: the d3-scale behaviour without its interpolators and colour parsing).
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  niceCount?: number,
): LinearScale {
  let [d0, d1] = domain;
  if (d0 === d1) {
    d0 = d0 === 0 ? 0 : d0 - Math.abs(d0) * 0.5;
    d1 = d1 === 0 ? 1 : d1 + Math.abs(d1) * 0.5;
  }
  if (niceCount !== undefined) [d0, d1] = nice(d0, d1, niceCount);
  const [r0, r1] = range;
  const k = (r1 - r0) / (d1 - d0);
  const scale = ((v: number) => r0 + (v - d0) * k) as LinearScale;
  Object.assign(scale, {
    domain: [d0, d1] as const,
    range: [r0, r1] as const,
    ticks: (count = 5) => ticks(d0, d1, count),
    invert: (p: number) => d0 + (p - r0) / k,
  });
  return scale;
}

/** Returns an SVG path through `points` (M…L…), coordinates rounded to 0.1 px. */
export function polylinePath(points: readonly (readonly [number, number])[]): string {
  let d = "";
  for (let i = 0; i < points.length; i++) {
    const [x, y] = points[i]!;
    d += `${i === 0 ? "M" : "L"}${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`;
  }
  return d;
}
