/* global window, document, XMLHttpRequest */
// Loaded before the bundle in trusted-types.html: records CSP and Trusted Types violations, every fetch, XHR,
// beacon, WebSocket, EventSource and Worker the page starts, and every resource the browser loads.
window.keylensProbe = { violations: [], calls: [], resources: [] };
const probe = window.keylensProbe;
document.addEventListener("securitypolicyviolation", (e) => {
  probe.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
});
const realFetch = window.fetch.bind(window);
window.fetch = (input, init) => {
  probe.calls.push(`fetch ${typeof input === "string" ? input : (input.url ?? String(input))}`);
  return realFetch(input, init);
};
const realOpen = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  probe.calls.push(`xhr ${url}`);
  return realOpen.call(this, method, url, ...rest);
};
const realBeacon = navigator.sendBeacon?.bind(navigator);
if (realBeacon)
  navigator.sendBeacon = (url, data) => {
    probe.calls.push(`beacon ${url}`);
    return realBeacon(url, data);
  };
for (const name of ["WebSocket", "EventSource", "Worker", "SharedWorker"]) {
  const Real = window[name];
  if (!Real) continue;
  window[name] = class extends Real {
    constructor(url, ...rest) {
      probe.calls.push(`${name} ${url}`);
      super(url, ...rest);
    }
  };
}
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) probe.resources.push(entry.name);
}).observe({ type: "resource", buffered: true });
