// The page of the render benchmark (bench/peer-render.bench.ts): the same generated points drawn by keylens'
// <keylens-quadrant> and by an ECharts canvas scatter, each timed from setting the data to the first paint after
// the chart reports it is done. Loaded by bench/peers/render-page.html next to /echarts.js and /keylens-widget.js.
/* global window, document, requestAnimationFrame, customElements */

const cache = new Map();

/** Returns n seeded points (x heavy-tailed like revenue, y in [0, 1) like a share), the same on every call. */
function points(n) {
  if (cache.has(n)) return cache.get(n);
  let s = 20261122 >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = Math.max(random(), 1e-12);
    const v = random();
    x[i] = Math.round(Math.exp(12 + 1.2 * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v))) / 100;
    y[i] = Math.round(random() * 10000) / 10000;
  }
  const interleaved = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    interleaved[2 * i] = x[i];
    interleaved[2 * i + 1] = y[i];
  }
  const rows = new Array(n);
  for (let i = 0; i < n; i++) rows[i] = { id: `C${i + 1}`, x: x[i], y: y[i] };
  const p = { x, y, interleaved, rows };
  cache.set(n, p);
  return p;
}

/**
 * Resolves once the next frame has been rendered: a task queued from a requestAnimationFrame callback runs after
 * that frame's style, layout, paint and commit, so each side's time includes putting its chart on screen (for
 * keylens the shadow DOM's layout too), not only the script that builds it.
 */
const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function host() {
  const div = document.createElement("div");
  div.className = "chart";
  document.body.append(div);
  return div;
}

/** Returns why keylens cannot be measured (no <keylens-quadrant> in the bundle), or null. */
function keylensReason() {
  if (window.keylensImportError) return `widget/dist/keylens-widget.js failed to load: ${window.keylensImportError}`;
  if (!customElements.get("keylens-quadrant")) {
    return "widget/dist/keylens-widget.js defines no <keylens-quadrant> yet";
  }
  return null;
}

/**
 * The number of points the element drew: a count property if it has one, else the point count its canvas layer
 * was last painted with (`data-cloud`), else the number of SVG point marks.
 */
const countProperties = ["renderedCount", "renderedPoints", "pointCount", "plottedCount", "drawnCount"];

function keylensCount(el) {
  for (const name of countProperties) {
    const v = el[name];
    if (typeof v === "number") return v;
    if (Array.isArray(v)) return v.length;
  }
  const root = el.shadowRoot;
  const canvas = root?.querySelector("canvas.layer");
  if (canvas?.dataset.cloud) return Number(canvas.dataset.cloud);
  const marks = root?.querySelectorAll("circle.point, .point");
  return marks?.length ? marks.length : null;
}

/**
 * keylens: a connected <keylens-quadrant>; timed from `customers = rows` to `dataReady()` (updateComplete, and for
 * large books the deferred engine call and render too) and the next frame painted.
 */
async function renderKeylens(n) {
  const { rows } = points(n);
  const div = host();
  const el = document.createElement("keylens-quadrant");
  el.setAttribute("x-field", "x");
  el.setAttribute("y-field", "y");
  el.setAttribute("id-field", "id");
  el.setAttribute("lang", "en");
  div.append(el);
  await el.updateComplete;
  await painted();
  window.gc?.();
  const t0 = performance.now();
  el.customers = rows;
  await el.dataReady();
  await painted();
  const ms = performance.now() - t0;
  const count = keylensCount(el);
  div.remove();
  return { ms, count };
}

/**
 * ECharts: a canvas scatter with `large: true` (its documented mode for big scatters) and the interleaved typed
 * array; timed from setOption to the 'finished' event and the next frame painted. `progressive` 0 draws in one
 * pass; ECharts' default (5,000 points per frame above 10,000) paints progressively over many frames.
 */
async function renderEcharts(n, progressive) {
  const { interleaved } = points(n);
  const div = host();
  const chart = window.echarts.init(div, null, { renderer: "canvas" });
  const finished = new Promise((resolve) => chart.on("finished", resolve));
  window.gc?.();
  const t0 = performance.now();
  chart.setOption({
    animation: false,
    xAxis: { type: "value", scale: true },
    yAxis: { type: "value", scale: true },
    series: [
      {
        type: "scatter",
        large: true,
        symbolSize: 2,
        data: interleaved,
        dimensions: ["x", "y"],
        ...(progressive === null ? {} : { progressive }),
      },
    ],
  });
  await finished;
  await painted();
  const ms = performance.now() - t0;
  const count = chart.getModel().getSeriesByIndex(0).getData().count();
  chart.dispose();
  div.remove();
  return { ms, count };
}

window.bench = { points, keylensReason, renderKeylens, renderEcharts };
