// Network requests (issue 7 §3): the bundle fetches the host's `src` URLs and nothing else (no fonts, images,
// telemetry, CDN or export server), checked three ways on test/trusted-types.html: the server's log of requests
// made for that page, the page's resource timing entries, and wrappers around fetch, XHR, beacons, sockets and
// workers. Markup in a customer name must not load its image either.
import { expect } from "@open-wc/testing";
import { executeServerCommand } from "@web/test-runner-commands";
import { loadProbePage } from "./trusted-types-helpers.ts";

const SRC = ["/test/fixtures/customers.json", "/test/fixtures/customers.csv", "/test/fixtures/bills.json"];
const PAGE = ["/test/trusted-types-probe.js", "/dist/keylens-widget.js", "/test/trusted-types-page.js"];
// The test runner's dev server injects its own web-socket client into every HTML page it serves.
const isRunner = (url: string) => url.includes("/__web-dev-server");

describe("network requests of the bundle", () => {
  it("requests only the page's own scripts and the src URLs the host gave", async function () {
    this.timeout(40_000);
    const run = `r${Date.now()}`;
    const { frame, probe } = await loadProbePage(`?run=${run}`);
    expect(probe.failure ?? "").to.equal("");
    const served = (await executeServerCommand<string[], { run: string }>("keylens-requests", { run }))
      .map((u) => u.split("?")[0]!)
      .filter((u) => u !== "/test/trusted-types.html" && !isRunner(u));
    expect([...new Set(served)].sort()).to.deep.equal([...PAGE, ...SRC].sort());
    const loaded = probe.resources.map((u) => new URL(u).pathname).filter((u) => !isRunner(u));
    expect([...new Set(loaded)].sort()).to.deep.equal([...PAGE, ...SRC].sort());
    // Every call the bundle made is a fetch of a src URL; the page made no other kind of request.
    const calls = [...new Set(probe.calls.map((c) => c.replace(location.origin, "").replace(/\?run=[\w-]+$/, "")))]
      .filter((c) => !(c.startsWith("WebSocket ") && isRunner(c)))
      .sort();
    expect(calls).to.deep.equal(SRC.map((s) => `fetch ${s}`).sort());
    expect(probe.violations).to.deep.equal([]);
    frame.remove();
  });
});
