// SVG and PNG export built from the rendered chart. PNG is painted onto a canvas from the SVG's own elements
// instead of loading the serialized SVG into an <img>: a strict CSP (img-src 'self') blocks blob: and data: images.

const SVG_NS = "http://www.w3.org/2000/svg";
const PAINT = ["fill", "stroke", "stroke-width", "stroke-dasharray", "opacity", "fill-opacity", "stroke-opacity"];
const TEXT = ["font-size", "font-family", "font-weight", "text-anchor", "dominant-baseline"];
const INHERITED = new Set([
  "fill",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "fill-opacity",
  "stroke-opacity",
  "font-size",
  "font-family",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
]);

/** Returns standalone SVG markup for `svg`: computed paint and fonts copied onto presentation attributes. */
export function svgMarkup(svg: SVGSVGElement, underlays: readonly HTMLCanvasElement[] = []): string {
  // Built in an inert document (no browsing context): an <image> there does not load its data: URL, which a host's
  // img-src 'self' would report as a violation.
  const inert = document.implementation.createDocument(SVG_NS, "svg", null);
  const clone = inert.importNode(svg, true);
  const source = [svg, ...svg.querySelectorAll("*")];
  const target = [clone, ...clone.querySelectorAll("*")];
  const computed = source.map((el) => getComputedStyle(el));
  const parentIndex = new Map<Element, number>(source.map((el, i) => [el, i]));
  source.forEach((el, i) => {
    const out = target[i];
    if (!out || !(el instanceof SVGElement)) return;
    const cs = computed[i]!;
    const parent = el.parentElement ? computed[parentIndex.get(el.parentElement) ?? -1] : undefined;
    const props =
      el instanceof SVGTextElement || el instanceof SVGTSpanElement || el instanceof SVGGElement
        ? [...PAINT, ...TEXT]
        : PAINT;
    for (const p of props) {
      const v = cs.getPropertyValue(p);
      if (!v || (p === "fill" && v.startsWith("url("))) continue;
      // Inherited values are written once, on the outermost element that has them.
      if (i > 0 && parent && INHERITED.has(p) && parent.getPropertyValue(p) === v) continue;
      if (p === "opacity" && v === "1") continue;
      out.setAttribute(p, v);
    }
    if (cs.display === "none" || cs.visibility === "hidden") out.setAttribute("visibility", "hidden");
    out.removeAttribute("class");
    out.removeAttribute("part");
    for (const a of [...out.attributes])
      if (a.name.startsWith("data-") || a.name.startsWith("aria-")) out.removeAttribute(a.name);
  });
  const walker = inert.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.parentNode?.removeChild(c);
  clone.setAttribute("xmlns", SVG_NS);
  clone.setAttribute("xmlns:xlink", "http://www.w3.org/1999/xlink");
  const width = svg.width.baseVal.value;
  const height = svg.height.baseVal.value;
  const back = inert.createElementNS(SVG_NS, "rect");
  back.setAttribute("width", String(width));
  back.setAttribute("height", String(height));
  back.setAttribute("fill", getComputedStyle(svg).getPropertyValue("--_bg").trim() || "#ffffff");
  clone.insertBefore(back, clone.firstChild);
  underlays.forEach((canvas, i) => {
    const img = inert.createElementNS(SVG_NS, "image");
    img.setAttribute("href", canvas.toDataURL("image/png"));
    img.setAttribute("x", canvas.dataset.x ?? "0");
    img.setAttribute("y", canvas.dataset.y ?? "0");
    img.setAttribute("width", canvas.dataset.width ?? String(width));
    img.setAttribute("height", canvas.dataset.height ?? String(height));
    clone.insertBefore(img, clone.children[1 + i] ?? null);
  });
  return new XMLSerializer().serializeToString(clone);
}

/** Returns a PNG of `svg` (at `scale`, defaults to 2) painted element by element, canvas layers first. */
export async function svgPng(
  svg: SVGSVGElement,
  underlays: readonly HTMLCanvasElement[] = [],
  scale = 2,
): Promise<Blob> {
  const width = svg.width.baseVal.value;
  const height = svg.height.baseVal.value;
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const ctx = canvas.getContext("2d")!;
  ctx.scale(scale, scale);
  ctx.fillStyle = getComputedStyle(svg).getPropertyValue("--_bg").trim() || "#ffffff";
  ctx.fillRect(0, 0, width, height);
  for (const layer of underlays) {
    ctx.drawImage(
      layer,
      Number(layer.dataset.x ?? 0),
      Number(layer.dataset.y ?? 0),
      Number(layer.dataset.width ?? width),
      Number(layer.dataset.height ?? height),
    );
  }
  paintChildren(ctx, svg);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("Expected a PNG blob, got null"))), "image/png"),
  );
}

function paintChildren(ctx: CanvasRenderingContext2D, parent: Element): void {
  for (const el of parent.children) {
    if (!(el instanceof SVGGraphicsElement)) continue;
    const cs = getComputedStyle(el);
    if (cs.display === "none" || cs.visibility === "hidden") continue;
    ctx.save();
    const opacity = Number(cs.opacity);
    if (opacity < 1) ctx.globalAlpha *= opacity;
    const m = el.transform?.baseVal.consolidate()?.matrix;
    if (m) ctx.transform(m.a, m.b, m.c, m.d, m.e, m.f);
    paintOne(ctx, el, cs);
    if (el instanceof SVGGElement) paintChildren(ctx, el);
    ctx.restore();
  }
}

function paintOne(ctx: CanvasRenderingContext2D, el: SVGGraphicsElement, cs: CSSStyleDeclaration): void {
  const fill = paintOf(el, cs.fill);
  const stroke = cs.stroke && cs.stroke !== "none" ? cs.stroke : null;
  const strokeWidth = parseFloat(cs.strokeWidth) || 1;
  const dash = cs.strokeDasharray && cs.strokeDasharray !== "none" ? cs.strokeDasharray.split(/[ ,]+/).map(Number) : [];
  let path: Path2D | null = null;
  if (el instanceof SVGRectElement) {
    path = new Path2D();
    path.rect(el.x.baseVal.value, el.y.baseVal.value, el.width.baseVal.value, el.height.baseVal.value);
  } else if (el instanceof SVGCircleElement) {
    path = new Path2D();
    path.arc(el.cx.baseVal.value, el.cy.baseVal.value, el.r.baseVal.value, 0, Math.PI * 2);
  } else if (el instanceof SVGLineElement) {
    path = new Path2D();
    path.moveTo(el.x1.baseVal.value, el.y1.baseVal.value);
    path.lineTo(el.x2.baseVal.value, el.y2.baseVal.value);
  } else if (el instanceof SVGPathElement) {
    path = new Path2D(el.getAttribute("d") ?? "");
  } else if (el instanceof SVGTextElement) {
    ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    const anchor = cs.textAnchor;
    ctx.textAlign = anchor === "middle" ? "center" : anchor === "end" ? "right" : "left";
    const baseline = cs.dominantBaseline;
    ctx.textBaseline =
      baseline === "middle" || baseline === "central" ? "middle" : baseline === "hanging" ? "top" : "alphabetic";
    ctx.fillStyle = fill ?? "#000";
    const x = el.x.baseVal[0]?.value ?? 0;
    const y = el.y.baseVal[0]?.value ?? 0;
    const dy = el.dy.baseVal[0]?.value ?? 0;
    ctx.fillText(el.textContent ?? "", x, y + dy);
    return;
  }
  if (!path) return;
  if (fill && !(el instanceof SVGLineElement)) {
    ctx.fillStyle = fill;
    ctx.fill(path);
  }
  if (stroke) {
    ctx.strokeStyle = stroke;
    ctx.lineWidth = strokeWidth;
    ctx.setLineDash(dash);
    ctx.stroke(path);
  }
}

function paintOf(el: Element, fill: string): string | null {
  if (!fill || fill === "none") return null;
  if (!fill.startsWith("url(")) return fill;
  // Patterns: paint with the colour of the pattern's background rect.
  const id = /#([^)"']+)/.exec(fill)?.[1];
  const root = el.getRootNode() as ParentNode;
  const bg = id ? root.querySelector(`[id="${CSS.escape(id)}"] rect`) : null;
  return bg ? getComputedStyle(bg).fill : null;
}

/** Starts a download of `blob` as `filename`. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.rel = "noopener";
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
