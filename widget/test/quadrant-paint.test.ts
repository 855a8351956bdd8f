import { expect, fixture, html, oneEvent } from "@open-wc/testing";
import "../src/define.ts";
import type { KeylensQuadrant } from "../src/quadrant.ts";
import {
  DIM_OPACITY,
  POINT_OPACITY,
  insideMarker,
  paintDensity,
  paintMarkers,
  type PaintCloud,
  type Rgb,
} from "../src/quadrant-paint.ts";
import { frames } from "./helpers.ts";

const COLOURS: readonly Rgb[] = [
  [200, 40, 40],
  [40, 160, 60],
  [40, 80, 200],
  [120, 120, 120],
];

function cloud(points: readonly [number, number, number][], radius?: number): PaintCloud {
  return {
    px: Float32Array.from(points.map((p) => p[0])),
    py: Float32Array.from(points.map((p) => p[1])),
    quadrant: Uint8Array.from(points.map((p) => p[2])),
    radius: radius === undefined ? null : new Float32Array(points.length).fill(radius),
  };
}

/** Sum of alpha / 255 over the pixels of an RGBA buffer: the painted area weighted by opacity. */
function inkArea(data: Uint8ClampedArray, x0 = 0, y0 = 0, x1 = Infinity, y1 = Infinity, width = 0): number {
  let sum = 0;
  for (let i = 3; i < data.length; i += 4) {
    const p = (i - 3) / 4;
    const x = width ? p % width : 0;
    const y = width ? Math.floor(p / width) : 0;
    if (x < x0 || x >= x1 || y < y0 || y >= y1) continue;
    sum += data[i]! / 255;
  }
  return sum;
}

function pixel(data: Uint8ClampedArray, width: number, x: number, y: number): number[] {
  const o = (y * width + x) * 4;
  return [data[o]!, data[o + 1]!, data[o + 2]!, data[o + 3]!];
}

describe("quadrant point painter", () => {
  it("tells the four marker shapes apart at the same offsets", () => {
    const r = 10;
    // Probes around a marker of radius 10: the square's half-side is 8.5, the triangle runs from its apex at
    // y = -10 to its base at y = 8 (half-width (y + 10) / 1.8), the diamond's corners are 10 from the centre.
    const probes: [number, number][] = [
      [9, 0],
      [8, 8],
      [0, -9.5],
      [0, 9],
      [6, 6],
    ];
    const signature = (shape: "circle" | "square" | "triangle" | "diamond") =>
      probes.map(([dx, dy]) => (insideMarker(shape, dx, dy, r) ? "x" : ".")).join("");
    expect(signature("circle")).to.equal("x.xxx");
    expect(signature("square")).to.equal(".x..x");
    expect(signature("triangle")).to.equal(".xx.x");
    expect(signature("diamond")).to.equal("x.xx.");
  });

  it("paints each quadrant's marker with its own shape area, colour and opacity", () => {
    const w = 200;
    const h = 50;
    const data = new Uint8ClampedArray(w * h * 4);
    const r = 8;
    const drawn = paintMarkers(
      data,
      { x: 0, y: 0, width: w, height: h },
      1,
      cloud(
        [
          [25, 25, 0],
          [75, 25, 1],
          [125, 25, 2],
          [175, 25, 3],
        ],
        r,
      ),
      COLOURS,
      null,
    );
    expect(drawn).to.equal(4);
    // Geometric areas: circle πr², square (1.7r)², triangle 2r·1.8r/2, diamond 2r², each at POINT_OPACITY.
    const areas = [Math.PI * r * r, (1.7 * r) ** 2, 1.8 * r * r, 2 * r * r];
    areas.forEach((area, q) => {
      const painted = inkArea(data, q * 50, 0, q * 50 + 50, h, w) / POINT_OPACITY;
      expect(painted, `quadrant ${q}`).to.be.closeTo(area, area * 0.05);
    });
    // The centre pixel carries the quadrant's colour at the point opacity (straight alpha, as ImageData wants).
    COLOURS.forEach(([cr, cg, cb], q) => {
      const [pr, pg, pb, pa] = pixel(data, w, 25 + q * 50, 25);
      expect(pa).to.be.closeTo(255 * POINT_OPACITY, 2);
      expect(pr).to.be.closeTo(cr, 1);
      expect(pg).to.be.closeTo(cg, 1);
      expect(pb).to.be.closeTo(cb, 1);
    });
  });

  it("builds up overlapping points as source-over would and dims points outside a selection", () => {
    const w = 40;
    const h = 20;
    const data = new Uint8ClampedArray(w * h * 4);
    const drawn = paintMarkers(
      data,
      { x: 0, y: 0, width: w, height: h },
      1,
      cloud([
        [10, 10, 1],
        [10, 10, 1],
        [30, 10, 1],
      ]),
      COLOURS,
      (k) => k === 2,
    );
    expect(drawn).to.equal(3);
    const twice = 1 - (1 - POINT_OPACITY) ** 2;
    expect(pixel(data, w, 10, 10)[3]).to.be.closeTo(255 * twice, 2);
    expect(pixel(data, w, 30, 10)[3]).to.be.closeTo(255 * DIM_OPACITY, 2);
    // Straight-alpha colour after two premultiplied 8-bit blends: within a unit of the quadrant's colour.
    pixel(data, w, 10, 10)
      .slice(0, 3)
      .forEach((v, i) => expect(v).to.be.closeTo(COLOURS[1]![i]!, 1));
  });

  it("places points relative to the region and clips markers at its edges", () => {
    const w = 30;
    const h = 30;
    const data = new Uint8ClampedArray(w * h * 4);
    // Region starts at (100, 50) on the canvas; a point at (101, 51) sits at the region's top-left corner.
    const drawn = paintMarkers(
      data,
      { x: 100, y: 50, width: w, height: h },
      1,
      cloud(
        [
          [101, 51, 1],
          [115, 65, 1],
        ],
        4,
      ),
      COLOURS,
      null,
    );
    expect(drawn).to.equal(2);
    const full = inkArea(data, 8, 8, 22, 22, w);
    const clipped = inkArea(data, 0, 0, 8, 8, w);
    // 4 × 4 sub-samples per pixel put each edge within a quarter pixel: the 6.8 px square paints 6.5–7 px sides.
    expect(full / POINT_OPACITY).to.be.within(6.5 ** 2, 7 ** 2 + 0.5);
    // About a quarter of the corner point's square (centre 1.5 px in, half-side 3.4 px) lies inside.
    expect(clipped).to.be.greaterThan(0);
    expect(clipped).to.be.lessThan(full / 2);
    expect(pixel(data, w, 15, 15)[3]).to.be.closeTo(255 * POINT_OPACITY, 2);
  });

  it("scales positions and radii by the device pixel ratio", () => {
    const w = 60;
    const h = 60;
    const one = new Uint8ClampedArray(w * h * 4);
    const two = new Uint8ClampedArray(w * h * 4);
    paintMarkers(one, { x: 0, y: 0, width: w, height: h }, 1, cloud([[15, 15, 1]], 5), COLOURS, null);
    paintMarkers(two, { x: 0, y: 0, width: w, height: h }, 2, cloud([[15, 15, 1]], 5), COLOURS, null);
    expect(inkArea(two, 0, 0, w, h, w) / inkArea(one, 0, 0, w, h, w)).to.be.closeTo(4, 0.2);
    expect(pixel(two, w, 30, 30)[3]).to.be.greaterThan(0);
    expect(pixel(one, w, 30, 30)[3]).to.equal(0);
  });

  it("paints a density image with more ink where more points fall and counts the points inside", () => {
    const w = 10;
    const h = 10;
    const data = new Uint8ClampedArray(w * h * 4);
    const drawn = paintDensity(
      data,
      { x: 0, y: 0, width: w, height: h },
      1,
      cloud([
        [2.5, 2.5, 0],
        [2.5, 2.5, 0],
        [2.5, 2.5, 0],
        [7.5, 7.5, 3],
        [50, 50, 3],
      ]),
      COLOURS,
    );
    expect(drawn).to.equal(4);
    expect(pixel(data, w, 2, 2)).to.deep.equal([...COLOURS[0]!, 255]);
    const [r, g, b, a] = pixel(data, w, 7, 7);
    expect([r, g, b]).to.deep.equal([...COLOURS[3]!]);
    expect(a).to.be.greaterThan(0);
    expect(a).to.be.lessThan(255);
  });
});

describe("keylens-quadrant canvas layer", () => {
  const rows = Array.from({ length: 3000 }, (_, i) => ({
    id: `c${i}`,
    ordersPerYear: (i * 7919) % 997,
    shareOfWallet: ((i * 104729) % 1009) / 1009,
  }));

  it("paints every point and dims the points outside a brushed region", async () => {
    const el = await fixture<KeylensQuadrant>(html`<keylens-quadrant .customers=${rows}></keylens-quadrant>`);
    await frames();
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector(".plot")!.getAttribute("data-renderer")).to.equal("canvas");
    const canvas = root.querySelector<HTMLCanvasElement>("canvas.layer")!;
    expect(canvas.dataset.cloud).to.equal(String(rows.length));
    const alpha = () => {
      const d = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
      let sum = 0;
      for (let i = 3; i < d.length; i += 4) sum += d[i]!;
      return sum;
    };
    const before = alpha();
    expect(before).to.be.greaterThan(0);

    // Brush a small corner of the plot: the few points inside keep their ink, the rest fade to DIM_OPACITY.
    const overlay = root.querySelector<SVGRectElement>("g.brush rect.overlay")!;
    const box = overlay.getBoundingClientRect();
    const pointer = (type: string, x: number, y: number) =>
      overlay.dispatchEvent(
        new PointerEvent(type, { clientX: x, clientY: y, bubbles: true, composed: true, button: 0 }),
      );
    setTimeout(() => {
      pointer("pointerdown", box.x + 1, box.y + 1);
      pointer("pointermove", box.x + box.width / 4, box.y + box.height / 4);
      pointer("pointerup", box.x + box.width / 4, box.y + box.height / 4);
    });
    const ev = (await oneEvent(el, "keylens-select")) as CustomEvent<{ customers: unknown[] }>;
    await el.updateComplete;
    const picked = ev.detail.customers.length;
    expect(picked).to.be.greaterThan(0);
    expect(picked).to.be.lessThan(rows.length / 4);
    const after = alpha();
    expect(after).to.be.lessThan(before * 0.5);
    expect(after).to.be.greaterThan(0);
    expect(canvas.dataset.cloud).to.equal(String(rows.length));

    el.clearSelection();
    await el.updateComplete;
    expect(alpha()).to.equal(before);
  });
});
