// Keeps the peer benchmarks (bench/peer-*.bench.ts, bench/peers/) from rotting: answers only, on 1,000 values, no
// timing; pandas where Debian's /usr/bin/python3 has it, never LibreOffice or Chromium (see BENCHMARKS.md "Peers").
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { abcTiers } from "../packages/engine/src/index.ts";
import { values } from "../bench/abc.bench.ts";
import { checkPandasAbc, checkPandasGini } from "../bench/peer-pandas.bench.ts";
import { addinFunctions, loadAddinFunctions } from "../bench/peers/built-files.ts";
import { nativeTierFormulas, nativeTierSheet } from "../bench/peers/calc-formulas.ts";
import { pandasReason, systemPython, valuesOnDisk } from "../bench/peers/pandas.ts";

const peersDir = fileURLToPath(new URL("../bench/peers/", import.meta.url));

/** What the native formulas compute, evaluated here: share_i = Σ{v ≥ v_i} / Σv, then the first cutoff ≥ share. */
function nativeTiers(v: Float64Array): string[] {
  let total = 0;
  for (const x of v) total += x;
  return Array.from(v, (x) => {
    let atLeast = 0;
    for (const y of v) if (y >= x) atLeast += y;
    const share = atLeast / total;
    return share <= 0.8 ? "A" : share <= 0.95 ? "B" : "C";
  });
}

describe("peer benchmarks at 1,000 values", () => {
  const pandas = pandasReason(false);

  it("checkPandasAbc(values on disk, true): pandas' sort_values + cumsum + pd.cut gives every value keylens' class", ({
    skip,
  }) => {
    if (pandas) skip(`pandas peer not checked: ${pandas}`);
    expect(checkPandasAbc(valuesOnDisk(values(1000)), true)).toMatch(/^A \d+ \/ B \d+ \/ C \d+ on both sides$/);
  });

  it("checkPandasGini(values on disk, true): pandas' Gini equals keylens' to 1e-12", ({ skip }) => {
    if (pandas) skip(`pandas peer not checked: ${pandas}`);
    expect(checkPandasGini(valuesOnDisk(values(1000)), true)).toMatch(/^G = 0\.\d{6} on both sides$/);
  });

  it("pandas_abc.py and calc_recalc.py compile under the system Python", ({ skip }) => {
    if (!existsSync(systemPython)) skip(`${systemPython} is missing`);
    for (const script of ["pandas_abc.py", "calc_recalc.py"]) {
      const r = spawnSync(systemPython, [
        "-c",
        "import ast, sys; ast.parse(open(sys.argv[1]).read())",
        `${peersDir}${script}`,
      ]);
      expect(r.status, `${script}: ${String(r.stderr)}`).toBe(0);
    }
  });

  it("nativeTierFormulas(2, 3) writes SUMIF share, nested IF and SUM, in Excel and OpenFormula syntax", () => {
    expect(nativeTierFormulas(2, 3)).toEqual({
      share: '=SUMIF($A$1:$A$3,">="&A2)/$D$1',
      tier: '=IF(C2<=0.8,"A",IF(C2<=0.95,"B","C"))',
      total: "=SUM($A$1:$A$3)",
    });
    expect(nativeTierFormulas(2, 3, "odf")).toEqual({
      share: 'of:=SUMIF([.$A$1:.$A$3];">="&[.A2])/[.$D$1]',
      tier: 'of:=IF([.C2]<=0.8;"A";IF([.C2]<=0.95;"B";"C"))',
      total: "of:=SUM([.$A$1:.$A$3])",
    });
    expect(
      nativeTierFormulas(1, 5, "excel", { cutoffs: [0.2, 0.5, 0.8], labels: ["关键", "重点", "一般", "维持"] }).tier,
    ).toBe('=IF(C1<=0.2,"关键",IF(C1<=0.5,"重点",IF(C1<=0.8,"一般","维持")))');
  });

  it("nativeTierSheet([5, 3, 2]) stores the values, XML-escaped formulas and wrong cached results", () => {
    const sheet = nativeTierSheet([5, 3, 2]);
    expect(sheet).toContain('office:value-type="float" office:value="3"');
    expect(sheet).toContain('table:formula="of:=SUMIF([.$A$1:.$A$3];&quot;&gt;=&quot;&amp;[.A2])/[.$D$1]"');
    expect(sheet).toContain('table:formula="of:=SUM([.$A$1:.$A$3])" office:value-type="float" office:value="-1"');
    expect(sheet.match(/office:string-value="X"/g)).toHaveLength(3);
  });

  it("the native SUMIF convention gives abcTiers(values, {ties: 'group'})'s tiers", () => {
    const v = values(1000);
    const r = abcTiers(v, { ties: "group" });
    expect(r.success).toBe(true);
    if (r.success) expect(nativeTiers(v)).toEqual(r.data.tier);
  });

  it("per-cell CUSTOMER_TIER(value, range, , , , 'ties=group') from addin/dist/functions.js gives the same tiers", ({
    skip,
  }) => {
    if (!existsSync(addinFunctions)) skip("addin/dist/functions.js is not built (pnpm build)");
    const customerTier = loadAddinFunctions().get("CUSTOMER_TIER")!;
    const v = values(1000);
    const cells = Array.from(v, (x) => [x]);
    const tiers = cells.map((c) => customerTier(c[0], cells.slice(), null, null, null, "ties=group"));
    expect(tiers).toEqual(nativeTiers(v));
  });
});
