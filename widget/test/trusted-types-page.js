/* global window, document, customElements, KeyboardEvent */
// Drives every element of trusted-types.html through its views and exports, then sets keylensProbe.done.
const probe = window.keylensProbe;
const TAGS = ["keylens-dashboard", "keylens-pareto", "keylens-quadrant", "keylens-tier-table", "keylens-bill"];

async function exercise(el) {
  await el.dataReady();
  const root = el.shadowRoot;
  const plot = root.querySelector(".plot");
  if (plot) {
    plot.focus();
    for (const key of ["ArrowRight", "ArrowRight", "Enter", "End"])
      plot.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
    await el.updateComplete;
  }
  const details = root.querySelector("details");
  if (details) {
    details.open = true;
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
  }
  const csv = el.toCsv();
  const svg = el.toSvg();
  const png = await el.toPng();
  probe.exports.push({ tag: el.localName, csv: csv?.length ?? 0, svg: svg?.length ?? 0, png: png?.size ?? 0 });
  // The host handles the file itself (cancelled event) for every format, as a portal with its own download UI does.
  const cancel = (e) => e.preventDefault();
  el.addEventListener("keylens-export", cancel);
  for (const format of ["csv", "svg", "png"]) await el.exportAs(format);
  el.removeEventListener("keylens-export", cancel);
}

async function run() {
  probe.exports = [];
  await Promise.all(TAGS.map((t) => customElements.whenDefined(t)));
  const elements = [...document.body.children].filter((el) => el.localName.startsWith("keylens-"));
  for (const el of elements) await exercise(el);
  for (const el of document
    .querySelector("keylens-dashboard")
    .shadowRoot.querySelectorAll("keylens-pareto, keylens-quadrant, keylens-tier-table"))
    await exercise(el);
  // Markup in a name would load this image if any view turned data into HTML.
  const pareto = document.querySelector("keylens-pareto");
  pareto.customers = [
    { id: "x1", name: '<img src="/test/fixtures/injected-by-name.png">', revenue: 10 },
    { id: "x2", name: '<svg><image href="/test/fixtures/injected-by-svg.png"></image></svg>', revenue: 5 },
  ];
  await exercise(pareto);
  // One real download through the widget's own anchor (blob: URL, no navigation of the page).
  await document.querySelector("keylens-tier-table").exportAs("csv");
  await new Promise((r) => setTimeout(r, 300));
  probe.done = true;
}

run().catch((e) => {
  probe.failure = String(e?.stack ?? e);
  probe.done = true;
});
