import { expect } from "@open-wc/testing";

type Probe = Window & { cspViolations: string[] };

async function until(check: () => boolean, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("Expected the page to render in time");
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("strict Content-Security-Policy (default-src 'self')", () => {
  it("serves the test page with the policy header", async () => {
    const res = await fetch("/test/csp/page.html");
    expect(res.headers.get("content-security-policy")).to.equal("default-src 'self'");
  });

  it("renders every element from the built bundle with zero securitypolicyviolation events", async () => {
    const frame = document.createElement("iframe");
    frame.src = "/test/csp/page.html";
    frame.width = "1100";
    frame.height = "900";
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener("load", r, { once: true }));
    const win = frame.contentWindow as Probe;
    const doc = frame.contentDocument!;
    const dash = doc.querySelector("keylens-dashboard")!;
    await until(() => {
      const pareto = dash.shadowRoot?.querySelector("keylens-pareto");
      return (pareto?.shadowRoot?.querySelectorAll("rect.bar").length ?? 0) > 0;
    });
    const [, csvPareto, table, failing] = [...doc.body.children];
    await until(() => (csvPareto!.shadowRoot?.querySelectorAll("rect.bar").length ?? 0) === 20);
    await until(() => (table!.shadowRoot?.querySelectorAll("tbody tr").length ?? 0) > 0);
    await until(() => failing!.shadowRoot?.querySelector('[role="alert"]') !== null);
    await new Promise((r) => setTimeout(r, 200));
    expect(win.cspViolations.join("\n")).to.equal("");
    // The adopted stylesheets did apply: a styled control has its themed border radius.
    const button = csvPareto!.shadowRoot!.querySelector("button[data-export]")!;
    expect(win.getComputedStyle(button).borderTopLeftRadius).to.equal("6px");
    frame.remove();
  });
});
