// The documented input limits (addin/README.md "Limits", src/functions/limits.ts), through the built functions.js:
// every function works at its limit and answers at once with #VALUE! and a message one cell beyond it. No timing
// assertions: a hang would show as the test timing out.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { EXCEL_COLUMNS, EXCEL_ROWS, maxCellsByArgument } from "../src/functions/limits.ts";
import { isExcelError, loadBuiltFunctions, type CustomFunction } from "./built-functions.ts";

let fns: Map<string, CustomFunction>;
let english: Map<string, CustomFunction>;
beforeAll(() => {
  fns = loadBuiltFunctions().registered;
  english = loadBuiltFunctions("en-US").registered;
});

const AT_LIMIT_TIMEOUT = 180_000;

/** A column of `n` rows all holding `value` (one shared row: cheap, and the limit check reads only the size). */
const filled = (n: number, value: unknown) => new Array<unknown[]>(n).fill([value]);

function errorOf(out: unknown): { code: string; message: string | undefined } {
  if (!isExcelError(out)) throw new Error(`expected an Excel error, got ${JSON.stringify(out)?.slice(0, 200)}`);
  return { code: out.code, message: out.message };
}

describe("limits: at the limit the functions compute", () => {
  it(
    `CUSTOMER_TIERS over a whole column (${EXCEL_ROWS.toLocaleString("en")} rows) spills one tier per row`,
    () => {
      // Value 1 … 1,048,576: the largest customers take the top 80 % of the total, and so on.
      const values = Array.from({ length: EXCEL_ROWS }, (_, i) => [i + 1]);
      const out = fns.get("CUSTOMER_TIERS")!(values, null, null, null, null) as string[][];
      expect(Array.isArray(out) && out.length).toBe(EXCEL_ROWS);
      expect(new Set(out.map((r) => r[0]))).toEqual(new Set(["A", "B", "C"]));
      expect([out[0]![0], out[EXCEL_ROWS - 1]![0]]).toEqual(["C", "A"]);
      // The A tier is the largest values up to 80 % of the total (plus the one crossing it, by the boundary rule).
      const total = (EXCEL_ROWS * (EXCEL_ROWS + 1)) / 2;
      let k = 0;
      for (let cum = EXCEL_ROWS; cum <= 0.8 * total; cum += EXCEL_ROWS - k) k += 1;
      const a = out.filter((r) => r[0] === "A").length;
      expect([k, k + 1]).toContain(a);
      // The per-cell function over the same whole column agrees.
      expect(fns.get("CUSTOMER_TIER")!(EXCEL_ROWS, values, null, null, null, null)).toBe("A");
    },
    AT_LIMIT_TIMEOUT,
  );

  it(
    "CONCENTRATION over a whole column of equal values is a Gini of 0",
    () => {
      expect(fns.get("CONCENTRATION")!(filled(EXCEL_ROWS, 250), "gini")).toBe(0);
    },
    AT_LIMIT_TIMEOUT,
  );

  it(
    `LIFECYCLE_STAGE over a whole row of periods (${EXCEL_COLUMNS.toLocaleString("en")}) gives a stage`,
    () => {
      const volumes = [Array.from({ length: EXCEL_COLUMNS }, (_, i) => 100 + (i % 12))];
      const out = fns.get("LIFECYCLE_STAGE")!(volumes, null);
      expect(["考察期", "形成期", "稳定期", "退化期", "未分类", "数据不足"]).toContain(out);
    },
    AT_LIMIT_TIMEOUT,
  );

  it(
    "CHARGEABLE_KVA over 10,000 running transformers of 315 kVA is 3,150,000 kVA",
    () => {
      const n = maxCellsByArgument.kvas!;
      expect(fns.get("CHARGEABLE_KVA")!(filled(n, 315), filled(n, "running"), filled(n, null), null)).toBe(315 * n);
    },
    AT_LIMIT_TIMEOUT,
  );
});

/** One call per limit, with the argument one cell over it; `args` builds the call around that argument. */
const beyond: [string, string, (big: unknown[][]) => unknown[]][] = [
  ["CUSTOMER_TIERS", "values", (big) => [big, null, null, null, null]],
  ["CUSTOMER_TIER", "values", (big) => [1, big, null, null, null, null]],
  ["PARETO", "ids", (big) => [big, big]],
  ["CONCENTRATION", "values", (big) => [big, null]],
  ["RFM_SCORE", "all_monetary", (big) => [1, 1, 1, [[1]], [[1]], big, null]],
  ["VALUE_SCORE", "matrix", (big) => [big, "0.4,0.3,0.2,0.1", null, null]],
  ["VALUE_SCORE", "weights", (big) => [[[1]], big, null, null]],
  ["LIFECYCLE_STAGE", "volumes", (big) => [big, null]],
  ["CUSTOMER_TIERS", "labels", (big) => [[[1], [2]], null, null, big, null]],
  ["CHARGEABLE_KVA", "kvas", (big) => [big, big, null, null]],
  ["CHARGEABLE_KVA", "hv_motor_kw", (big) => [[[315]], [["running"]], null, big]],
];

describe("limits: one cell beyond, an immediate #VALUE! that names the argument and the limit", () => {
  it.each(beyond)("%s with %s over its limit", (id, arg, call) => {
    const max = maxCellsByArgument[arg] ?? EXCEL_ROWS;
    // The matrix is four criteria wide, as the limit's explanation says; everything else one column.
    const big = arg === "matrix" ? new Array<unknown[]>(max / 4 + 1).fill([1, 2, 3, 4]) : filled(max + 1, 1);
    const cells = (arg === "matrix" ? max + 4 : max + 1).toLocaleString("en");
    const out = errorOf(fns.get(id)!(...call(big)));
    expect(out.code).toBe("#VALUE!");
    expect(out.message).toContain(`（${arg}）：有 ${cells} 个单元格，超过上限 ${max.toLocaleString("en")} 个`);
    const en = errorOf(english.get(id)!(...call(big)));
    expect(en.message).toBe(
      `${id} argument ${arg}: has ${cells} cells, more than the ${max.toLocaleString("en")} it accepts`,
    );
  });

  it("addin/README.md states every limit in src/functions/limits.ts", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("## Limits"));
    expect(section.length).toBeGreaterThan(0);
    for (const [arg, max] of [["(any other range)", EXCEL_ROWS], ...Object.entries(maxCellsByArgument)] as const) {
      expect(section, arg).toContain(max.toLocaleString("en"));
      if (!arg.startsWith("(")) expect(section, arg).toContain(`\`${arg}\``);
    }
  });
});
