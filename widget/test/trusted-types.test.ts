// Trusted Types (issue 7 §3): under `require-trusted-types-for 'script'` with only Lit's "lit-html" policy allowed
// (plus `default-src 'self'`), every element renders, navigates, opens its data table and exports with zero
// securitypolicyviolation events. A string assigned to innerHTML, a script URL or eval would be one.
import { expect } from "@open-wc/testing";
import { loadProbePage, type Probe } from "./trusted-types-helpers.ts";

describe("Trusted Types (require-trusted-types-for 'script'; trusted-types lit-html)", () => {
  it("serves the page with the Trusted Types policy", async () => {
    const res = await fetch("/test/trusted-types.html");
    expect(res.headers.get("content-security-policy")).to.equal(
      "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
    );
  });

  it("renders, navigates and exports every element with zero violations", async function () {
    this.timeout(40_000);
    const { frame, probe } = await loadProbePage();
    expect(probe.failure ?? "").to.equal("");
    expect(probe.violations.join("\n")).to.equal("");
    // Each element really rendered and exported: charts give SVG and PNG, every element CSV.
    const byTag = new Map<string, Probe["exports"][number][]>();
    for (const e of probe.exports) byTag.set(e.tag, [...(byTag.get(e.tag) ?? []), e]);
    expect([...byTag.keys()].sort()).to.deep.equal([
      "keylens-bill",
      "keylens-dashboard",
      "keylens-pareto",
      "keylens-quadrant",
      "keylens-tier-table",
    ]);
    for (const e of probe.exports) {
      if (e.tag !== "keylens-dashboard") expect(e.csv, `${e.tag} CSV`).to.be.greaterThan(100);
      if (e.tag === "keylens-pareto" || e.tag === "keylens-quadrant") {
        expect(e.svg, `${e.tag} SVG`).to.be.greaterThan(1000);
        expect(e.png, `${e.tag} PNG`).to.be.greaterThan(1000);
      }
    }
    // The policy was in force: a string reaching an HTML sink in that frame is refused.
    const doc = frame.contentDocument!;
    expect(() => {
      doc.createElement("div").innerHTML = "<b>x</b>";
    }).to.throw(/TrustedHTML/);
    frame.remove();
  });
});
