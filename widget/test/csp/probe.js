/* global window, document */
// Records Content-Security-Policy violations in this frame for csp.test.ts; loaded before the bundle.
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
