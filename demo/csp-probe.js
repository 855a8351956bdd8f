/* global window, document */
// Counts Content-Security-Policy violations on this page and shows the count; classic script in <head> so it is
// listening before the widget loads. window.cspViolations is read by the tests.
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
  render();
});
function render() {
  const el = document.getElementById("csp-status");
  if (!el) return;
  const n = window.cspViolations.length;
  const en = document.documentElement.lang === "en";
  el.textContent = en ? `CSP violations: ${n}` : `CSP 违规：${n} 次`;
  el.className = n ? "status bad" : "status";
  el.title = window.cspViolations.join("\n");
}
document.addEventListener("DOMContentLoaded", render);
