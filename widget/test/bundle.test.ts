import { expect } from "@open-wc/testing";
import { executeServerCommand } from "@web/test-runner-commands";

const BUNDLE = "/dist/keylens-widget.js";

describe("embed bundle (dist/keylens-widget.js)", () => {
  it("is one ES module with no imports, no eval and no new Function", async () => {
    const text = await executeServerCommand<string, undefined>("read-bundle");
    expect(text.length).to.be.greaterThan(10000);
    expect(text).not.to.match(/(^|[;\n])\s*import\s*[{*\w"']/);
    expect(text).not.to.match(/\bimport\s*\(/);
    expect(text).not.to.match(/\bexport\s*\*\s*from/);
    expect(text).not.to.match(/new Function\b/);
    // zod/mini has no JIT, so the Function constructor appears nowhere; jitless stays set for zod core's probe.
    expect(text.match(/\bFunction\b/g)?.length ?? 0).to.equal(0);
    expect(text).to.match(/jitless:\s*(!0|true)/);
    expect(text).not.to.match(/\beval\s*\(/);
    expect(text).not.to.match(/\bfetch\s*\(\s*["'`]https?:/);
  });

  it("can be loaded twice: the first definitions stay and nothing throws", async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener("error", onError);
    const first = await import(/* @vite-ignore */ `${BUNDLE}?copy=1`);
    const defined = customElements.get("keylens-pareto");
    const second = await import(/* @vite-ignore */ `${BUNDLE}?copy=2`);
    window.removeEventListener("error", onError);
    expect(errors).to.deep.equal([]);
    expect(second.KeylensPareto).not.to.equal(first.KeylensPareto);
    expect(customElements.get("keylens-pareto")).to.equal(defined);
    expect(defined).to.equal(first.KeylensPareto);
  });

  it("exports the classes so a host can register its own tag names", async () => {
    const mod = await import(/* @vite-ignore */ `${BUNDLE}?copy=1`);
    customElements.define("portal-pareto", class extends mod.KeylensPareto {});
    const el = document.createElement("portal-pareto") as HTMLElement & { dataReady(): Promise<void> };
    el.setAttribute("src", "/test/fixtures/customers.json");
    document.body.append(el);
    await el.dataReady();
    expect(el.shadowRoot!.querySelectorAll("rect.bar").length).to.equal(20);
    el.remove();
  });
});
