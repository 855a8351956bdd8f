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
  it("carries the message texts of the engine areas it calls and none of the others", async () => {
    const text = await executeServerCommand<string, undefined>("read-bundle");
    // Tiering, quadrants, lifecycle, concentration and billing issues can reach the user, with the common ones.
    for (const code of [
      "tier_all_excluded",
      "quadrant_no_valid_points",
      "lifecycle_no_data",
      "concentration_zero_total",
      "billing_ratio_invalid",
      "not_finite",
    ]) {
      expect(text, code).to.include(code);
    }
    // No element calls scoring, RFM, CLV or the sample generators: their tables stay out (about 4 kB gzip).
    for (const code of ["scoring_weights_zero", "rfm_bins_collapsed", "clv_negative_margin", "sample_bills_skipped"]) {
      expect(text, code).not.to.include(code);
    }
  });

  it("shows an engine issue from the bundle in both languages", async () => {
    await import(/* @vite-ignore */ `${BUNDLE}?copy=1`);
    const el = document.createElement("keylens-pareto") as HTMLElement & {
      dataReady(): Promise<void>;
      updateComplete: Promise<boolean>;
    };
    el.setAttribute("lang", "en");
    el.setAttribute("src", "/test/fixtures/bad.json");
    document.body.append(el);
    await el.dataReady();
    const alert = () => el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    expect(alert()).to.contain("no positive value is left to tier");
    el.setAttribute("lang", "zh-CN");
    await el.updateComplete;
    expect(alert()).to.contain("没有可分级的正数值");
    el.remove();
  });
});
