// Paints the quadrant chart's point layer into a pixel buffer: pre-rendered anti-aliased marker sprites blended in
// JS, then one putImageData. Profiling the canvas-path painter in headless Chromium (software raster) showed the
// per-point path calls (moveTo/lineTo/closePath, ~5 per point) and the rasterisation of one path with tens of
// thousands of overlapping sub-paths dominating first render: 10k points took longer than the rest of the element
// together, 100k took seconds. Stamping sprites costs a few array operations per covered pixel and no canvas calls.

/** Marker shapes per quadrant index (HH circle, HL square, LH triangle, LL diamond): colour is not the only cue. */
export const SHAPES = ["circle", "square", "triangle", "diamond"] as const;
export type MarkerShape = (typeof SHAPES)[number];

/** The points to paint, in CSS pixels of the chart; quadrant is an index into SHAPES and the colours. */
export interface PaintCloud {
  readonly px: Float32Array;
  readonly py: Float32Array;
  readonly quadrant: Uint8Array;
  /** Marker radius per point in CSS px, or null for DEFAULT_RADIUS. */
  readonly radius: Float32Array | null;
}

/** An RGB colour, 0–255 per channel. */
export type Rgb = readonly [number, number, number];

/** Radius of a canvas marker in CSS px without a size field. */
export const DEFAULT_RADIUS = 2;
/** Fill opacity of canvas markers (overlap builds up density, as in the former canvas painter). */
export const POINT_OPACITY = 0.55;
/** Fill opacity of markers outside a brushed selection (SVG mode dims them the same way, `.pt.dim`). */
export const DIM_OPACITY = 0.12;

// Sub-samples per pixel side for sprite coverage (16 per pixel: 17 coverage levels, enough for 2–12 px markers).
const SUPERSAMPLE = 4;
// Marker centres snap to half device pixels: four sprite phases, at most 0.25 device px off the true position.
const PHASES = 2;

/** Returns whether (dx, dy) from a marker's centre lies inside `shape` of radius r (the SVG markerPath geometry). */
export function insideMarker(shape: MarkerShape, dx: number, dy: number, r: number): boolean {
  switch (shape) {
    case "square":
      return Math.abs(dx) <= r * 0.85 && Math.abs(dy) <= r * 0.85;
    case "triangle":
      // Apex (0, -r), base at y = 0.8r from -r to r: the half-width grows linearly from the apex.
      return dy >= -r && dy <= r * 0.8 && Math.abs(dx) <= (dy + r) / 1.8;
    case "diamond":
      return Math.abs(dx) + Math.abs(dy) <= r;
    default:
      return dx * dx + dy * dy <= r * r;
  }
}

/** A marker's covered pixels: offsets from the sprite's top-left and coverage 1–255. */
interface Sprite {
  /** Half the box side: the box is (2·half + 1)² pixels with the centre cell at (half, half). */
  readonly half: number;
  readonly dx: Int16Array;
  readonly dy: Int16Array;
  readonly coverage: Uint8Array;
}

/**
 * Returns the sprite of `shape` with radius r device px centred at (half + fx, half + fy) in its box, where pixel
 * (i, j) spans [i, i + 1) × [j, j + 1).
 */
function sprite(shape: MarkerShape, r: number, fx: number, fy: number): Sprite {
  const half = Math.ceil(r) + 1;
  const side = 2 * half + 1;
  const dx: number[] = [];
  const dy: number[] = [];
  const coverage: number[] = [];
  const cx = half + fx;
  const cy = half + fy;
  for (let j = 0; j < side; j++) {
    for (let i = 0; i < side; i++) {
      let hits = 0;
      for (let sj = 0; sj < SUPERSAMPLE; sj++) {
        for (let si = 0; si < SUPERSAMPLE; si++) {
          const x = i + (si + 0.5) / SUPERSAMPLE - cx;
          const y = j + (sj + 0.5) / SUPERSAMPLE - cy;
          if (insideMarker(shape, x, y, r)) hits++;
        }
      }
      if (hits === 0) continue;
      dx.push(i);
      dy.push(j);
      coverage.push(Math.round((255 * hits) / (SUPERSAMPLE * SUPERSAMPLE)));
    }
  }
  return { half, dx: Int16Array.from(dx), dy: Int16Array.from(dy), coverage: Uint8Array.from(coverage) };
}

/** A sprite in one colour and opacity, ready to blend at a row stride: premultiplied source and 256 − alpha. */
interface Ink {
  readonly half: number;
  readonly dx: Int16Array;
  readonly dy: Int16Array;
  /** Offset of each covered pixel from the box's top-left in the buffer (dy · width + dx). */
  readonly offset: Int32Array;
  readonly src: Uint32Array;
  readonly inv: Uint16Array;
}

/** Packs premultiplied RGBA into the platform's Uint32 view of ImageData bytes (R, G, B, A in memory order). */
const packed = new Uint32Array(1);
const packedBytes = new Uint8Array(packed.buffer);
function pack(r: number, g: number, b: number, a: number): number {
  packedBytes[0] = r;
  packedBytes[1] = g;
  packedBytes[2] = b;
  packedBytes[3] = a;
  return packed[0]!;
}

/** A rectangle of device pixels: the part of the canvas a paint covers (the plot area). */
export interface PixelRegion {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Paints marker sprites for every point into `target`, the RGBA bytes (as ImageData holds them) of `region` of the
 * canvas: source-over blending in premultiplied 8-bit, as the canvas does, then un-premultiplied for putImageData.
 * Points for which `dimmed(k)` is true get DIM_OPACITY. Returns the number of points stamped (all of them: a marker
 * partly outside the region is clipped, not dropped).
 */
export function paintMarkers(
  target: Uint8ClampedArray,
  region: PixelRegion,
  dpr: number,
  c: PaintCloud,
  colours: readonly Rgb[],
  dimmed: ((k: number) => boolean) | null,
): number {
  const { width, height } = region;
  const buf = new Uint32Array(target.buffer, target.byteOffset, width * height);
  const sprites: (Sprite | undefined)[] = [];
  const inks: (Ink | undefined)[] = [];
  // One ink per quadrant, dim flag, radius (in quarter device px) and phase, indexed by a number packing them.
  const inkFor = (q: number, dim: number, r4: number, phase: number): Ink => {
    const skey = (r4 * 4 + phase) * 4 + q;
    const key = skey * 2 + dim;
    const hit = inks[key];
    if (hit) return hit;
    let s = sprites[skey];
    if (!s) {
      s = sprite(SHAPES[q]!, r4 / 4, (phase & 1) / PHASES, (phase >> 1) / PHASES);
      sprites[skey] = s;
    }
    const [cr, cg, cb] = colours[q]!;
    const opacity = dim ? DIM_OPACITY : POINT_OPACITY;
    const m = s.coverage.length;
    const offset = new Int32Array(m);
    const src = new Uint32Array(m);
    const inv = new Uint16Array(m);
    for (let j = 0; j < m; j++) {
      const a = Math.round(s.coverage[j]! * opacity);
      offset[j] = s.dy[j]! * width + s.dx[j]!;
      src[j] = pack(Math.round((cr * a) / 255), Math.round((cg * a) / 255), Math.round((cb * a) / 255), a);
      inv[j] = 256 - a;
    }
    const ink = { half: s.half, dx: s.dx, dy: s.dy, offset, src, inv };
    inks[key] = ink;
    return ink;
  };
  const n = c.px.length;
  const scale = dpr * PHASES;
  const ox = region.x * PHASES;
  const oy = region.y * PHASES;
  const defaultR4 = Math.max(1, Math.round(DEFAULT_RADIUS * dpr * 4));
  for (let k = 0; k < n; k++) {
    // The centre rounded to the half-pixel grid of the region: gx / 2 device px; gx >> 1 places the box and the
    // parity picks the phase.
    const gx = Math.floor(c.px[k]! * scale + 0.5) - ox;
    const gy = Math.floor(c.py[k]! * scale + 0.5) - oy;
    const r4 = c.radius ? Math.max(1, Math.round(c.radius[k]! * dpr * 4)) : defaultR4;
    const ink = inkFor(c.quadrant[k]!, dimmed?.(k) ? 1 : 0, r4, (gx & 1) | ((gy & 1) << 1));
    const x0 = (gx >> 1) - ink.half;
    const y0 = (gy >> 1) - ink.half;
    const side = 2 * ink.half + 1;
    const { offset, src, inv } = ink;
    const m = offset.length;
    if (x0 >= 0 && y0 >= 0 && x0 + side <= width && y0 + side <= height) {
      const base = y0 * width + x0;
      for (let j = 0; j < m; j++) {
        const o = base + offset[j]!;
        const d = buf[o]!;
        const a = inv[j]!;
        // d · (256 − α) / 256 per channel, two channels per multiply, then add the premultiplied source.
        buf[o] = ((((d & 0xff00ff) * a) >>> 8) & 0xff00ff) + ((((d >>> 8) & 0xff00ff) * a) & 0xff00ff00) + src[j]!;
      }
      continue;
    }
    for (let j = 0; j < m; j++) {
      const x = x0 + ink.dx[j]!;
      const y = y0 + ink.dy[j]!;
      if (x < 0 || y < 0 || x >= width || y >= height) continue;
      const o = y * width + x;
      const d = buf[o]!;
      const a = inv[j]!;
      buf[o] = ((((d & 0xff00ff) * a) >>> 8) & 0xff00ff) + ((((d >>> 8) & 0xff00ff) * a) & 0xff00ff00) + src[j]!;
    }
  }
  unpremultiply(buf);
  return n;
}

// 2^16 · 255 / α for α = 1…255: un-premultiplying a channel is then one multiply and a shift.
const RECIPROCAL = Uint32Array.from({ length: 256 }, (_, a) => (a === 0 ? 0 : Math.round((255 * 65536) / a)));

/** Turns premultiplied RGBA (packed as ImageData bytes) into the straight alpha ImageData expects. */
function unpremultiply(buf: Uint32Array): void {
  const [sr, sg, sb, sa] = LANES;
  for (let i = 0; i < buf.length; i++) {
    const v = buf[i]!;
    if (v === 0) continue;
    const a = (v >>> sa) & 255;
    if (a === 255) continue;
    const k = RECIPROCAL[a]!;
    const r = Math.min(255, (((v >>> sr) & 255) * k + 32768) >>> 16);
    const g = Math.min(255, (((v >>> sg) & 255) * k + 32768) >>> 16);
    const b = Math.min(255, (((v >>> sb) & 255) * k + 32768) >>> 16);
    buf[i] = ((r << sr) | (g << sg) | (b << sb) | (a << sa)) >>> 0;
  }
}

/** Bit shifts of the R, G, B and A bytes in a Uint32 read over RGBA bytes: 0, 8, 16, 24 on little-endian machines. */
const LANES = ((): readonly [number, number, number, number] => {
  const probe = pack(1, 2, 3, 4);
  const shift = (lane: number) => [0, 8, 16, 24].find((s) => ((probe >>> s) & 255) === lane + 1) ?? lane * 8;
  return [shift(0), shift(1), shift(2), shift(3)];
})();

/**
 * Paints a density image into `target`: per device pixel the count of points on it, coloured by the quadrant of the
 * last point there, alpha on a log scale of the count; `target` holds the RGBA bytes of `region` of the canvas.
 * Returns the number of points that fell inside the region.
 */
export function paintDensity(
  target: Uint8ClampedArray,
  region: PixelRegion,
  dpr: number,
  c: PaintCloud,
  colours: readonly Rgb[],
): number {
  const { width, height } = region;
  const counts = new Uint32Array(width * height);
  const owner = new Uint8Array(width * height);
  let max = 0;
  let drawn = 0;
  for (let k = 0; k < c.px.length; k++) {
    const gx = Math.floor(c.px[k]! * dpr) - region.x;
    const gy = Math.floor(c.py[k]! * dpr) - region.y;
    if (gx < 0 || gy < 0 || gx >= width || gy >= height) continue;
    const cell = gy * width + gx;
    const v = ++counts[cell]!;
    owner[cell] = c.quadrant[k]!;
    if (v > max) max = v;
    drawn++;
  }
  const logMax = Math.log1p(max);
  for (let cell = 0; cell < counts.length; cell++) {
    const v = counts[cell]!;
    if (v === 0) continue;
    const [r, g, b] = colours[owner[cell]!]!;
    const o = cell * 4;
    target[o] = r;
    target[o + 1] = g;
    target[o + 2] = b;
    target[o + 3] = Math.round(70 + 185 * (Math.log1p(v) / logMax));
  }
  return drawn;
}
