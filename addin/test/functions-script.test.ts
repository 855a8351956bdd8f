import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { isExcelError, loadBuiltFunctions, readJson, type CustomFunction } from "./built-functions.ts";

interface Metadata {
  functions: { id: string; name: string; parameters: { name: string; optional?: boolean }[] }[];
}
interface Example {
  id: string;
  formula: string;
  args: unknown[];
  result: unknown;
}

const metadata = readJson<Metadata>("functions.json");
const examples = JSON.parse(
  readFileSync(new URL("../src/functions/examples.json", import.meta.url), "utf8"),
) as Example[];
const tieringCases = JSON.parse(
  readFileSync(new URL("../../packages/engine/test/fixtures/tiering-cases.json", import.meta.url), "utf8"),
) as {
  id: string;
  inputs: Record<string, unknown>[];
  expected: Record<string, unknown>;
  recomputation: Record<string, unknown>;
}[];

let fns: Map<string, CustomFunction>;
let context: object;
beforeAll(() => {
  ({ registered: fns, context } = loadBuiltFunctions());
});

/** Calls a registered function as Excel does: omitted optional arguments are null. */
function call(id: string, ...args: unknown[]): unknown {
  const fn = fns.get(id);
  if (!fn) throw new Error(`${id} is not registered`);
  const arity = metadata.functions.find((f) => f.id === id)!.parameters.length;
  while (args.length < arity) args.push(null);
  return fn(...args);
}

const column = (values: unknown[]) => values.map((v) => [v]);
const round = (x: unknown) => (typeof x === "number" ? Math.round(x * 1e9) / 1e9 : x);
const roundDeep = (x: unknown): unknown => (Array.isArray(x) ? x.map(roundDeep) : round(x));

describe("dist/functions.js in node:vm", () => {
  it("registers exactly the ids in functions.json, without window or document", () => {
    expect([...fns.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    expect("window" in context).toBe(false);
    expect("document" in context).toBe(false);
  });

  it("registers every id with the arity its metadata declares", () => {
    for (const f of metadata.functions) expect([f.id, fns.get(f.id)!.length]).toEqual([f.id, f.parameters.length]);
  });

  it("names every function in functions.json by its id (the zh-CN file carries the Chinese names)", () => {
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });

  it.for(examples)("$formula → $result (help-page example)", ({ id, args, result }) => {
    expect(roundDeep(call(id, ...structuredClone(args)))).toEqual(result);
  });
});

describe("seed examples", () => {
  it('BASIC_FEE("capacity", 315, 20) = 6300', () => {
    expect(call("BASIC_FEE", "capacity", 315, 20)).toBe(6300);
  });

  it('BASIC_FEE("demand", DEMAND_KW(1.021, "600/5"), 28, 126, 315, 20, "round=integer") = 2352', () => {
    const demand = call("DEMAND_KW", 1.021, "600/5");
    expect(round(demand)).toBe(122.52);
    expect(call("BASIC_FEE", "demand", demand, 28, 126, 315, 20, "round=integer")).toBe(2352);
  });

  it('BASIC_FEE("capacity", 565, 20) = 11300', () => {
    expect(call("BASIC_FEE", "capacity", 565, 20)).toBe(11300);
  });

  it("reads numbers typed as text and blank optional arguments as Excel passes them", () => {
    expect(call("BASIC_FEE", "capacity", "315", " 20 ", "", null, "", "")).toBe(6300);
    expect(call("BASIC_FEE", "Capacity", "1,000", 20)).toBe(20000);
  });
});

describe("tiering fixtures through CUSTOMER_TIERS", () => {
  const heizer = tieringCases.find((c) => c.id === "abc-count-heizer-silicon-chips")!;
  const pypi = tieringCases.find((c) => c.id === "abc-value-pypi-abc-classification-readme")!;

  it('CUSTOMER_TIERS(values, "count", "0.2,0.5", "A,B,C") reproduces Heizer\'s 20/30/50 count quota', () => {
    const values = heizer.inputs.map((r) => r.annual_dollar_volume);
    const expected = heizer.inputs.map((r) => [(heizer.expected.classes as Record<string, string>)[r.id as string]]);
    expect(call("CUSTOMER_TIERS", column(values), "count", "0.2,0.5", "A,B,C")).toEqual(expected);
  });

  it.for<[string, string]>([
    ["0.8,0.95", "classes_table_in_readme"],
    ["0.7,0.9", "cum_le_70_90"],
  ])('CUSTOMER_TIERS(values, "value", %s) reproduces the abc-classification README', ([cutoffs, key]) => {
    const table = (pypi.expected[key] ?? pypi.recomputation[key]) as Record<string, string>;
    const values = pypi.inputs.map((r) => r.total_sold);
    const expected = pypi.inputs.map((r) => [table[r.product as string]]);
    expect(call("CUSTOMER_TIERS", column(values), "value", cutoffs)).toEqual(expected);
    // The same cut points given as a range, and the per-cell function over the shared range.
    expect(call("CUSTOMER_TIERS", column(values), null, [cutoffs.split(",").map(Number)])).toEqual(expected);
    pypi.inputs.forEach((r, i) =>
      expect(call("CUSTOMER_TIER", r.total_sold, column(values), "value", cutoffs)).toBe(expected[i]![0]),
    );
  });

  it("CUSTOMER_TIERS keeps input order, gives blanks a blank tier and spills a row as a row", () => {
    const out = call("CUSTOMER_TIERS", [[4000, null, 27000, "", 24000, 18000, 16000, 6000, 5000]]);
    expect(out).toEqual([["C", "", "A", "", "A", "A", "B", "B", "C"]]);
  });
});

/** Bad calls per function: each must give an Excel error with a message. */
const badCalls: [string, unknown[], string][] = [
  ["CUSTOMER_TIER", ["abc", column([1, 2, 3])], "#VALUE!"],
  ["CUSTOMER_TIER", [5, column([null, "", null])], "#VALUE!"],
  ["CUSTOMER_TIER", [1, column([1, "x", 3])], "#VALUE!"],
  ["CUSTOMER_TIER", [1, column([1, 2, 3]), "volume"], "#VALUE!"],
  ["CUSTOMER_TIER", [1, column([1, 2, 3]), null, null, null, "boundary=sideways"], "#VALUE!"],
  ["CUSTOMER_TIER", [1, column([1, 2, 3]), null, null, null, "colour=blue"], "#VALUE!"],
  ["CUSTOMER_TIER", [1, column([1, 2, 3]), null, null, null, "no equals sign"], "#VALUE!"],
  ["CUSTOMER_TIER", [1, column([1, 2, 3]), null, "0.8,abc"], "#VALUE!"],
  ["CUSTOMER_TIER", [99, column([1, 2, 3])], "#N/A"],
  ["CUSTOMER_TIERS", [column(["a", "b"])], "#VALUE!"],
  ["CUSTOMER_TIERS", [column([null, null])], "#VALUE!"],
  // Ragged rows (not something Excel passes) have no shape to spill into.
  ["CUSTOMER_TIERS", [[[1, 2], [3]]], "#VALUE!"],
  ["CUSTOMER_TIERS", [column([1, 2, 3]), "sideways"], "#VALUE!"],
  ["CUSTOMER_TIERS", [column([1, 2, 3]), null, null, null, "ties=sometimes"], "#VALUE!"],
  ["PARETO", [column(["a", "b", "c"]), column([1, 2])], "#VALUE!"],
  ["PARETO", [column(["a", "b"]), column(["x", 2])], "#VALUE!"],
  ["PARETO", [column(["a", "b"]), column([null, null])], "#VALUE!"],
  ["CONCENTRATION", [column(["a", 2])], "#VALUE!"],
  ["CONCENTRATION", [column([null, ""])], "#VALUE!"],
  ["CONCENTRATION", [column([1, 2]), "entropy"], "#VALUE!"],
  [
    "VALUE_SCORE",
    [
      [
        [1, "x"],
        [2, 3],
      ],
      "0.5,0.5",
    ],
    "#VALUE!",
  ],
  [
    "VALUE_SCORE",
    [
      [
        [1, 2],
        [2, 3],
      ],
      "0.5",
    ],
    "#VALUE!",
  ],
  [
    "VALUE_SCORE",
    [
      [
        [1, 2],
        [2, 3],
      ],
      "0.5,0.5",
      "benefit,sideways",
    ],
    "#VALUE!",
  ],
  [
    "VALUE_SCORE",
    [
      [
        [1, 2],
        [2, 3],
      ],
      "0.5,0.5",
      null,
      "magic",
    ],
    "#VALUE!",
  ],
  [
    "VALUE_SCORE",
    [
      [
        [1, 2],
        [2, 3],
      ],
      "a,b",
    ],
    "#VALUE!",
  ],
  ["QUADRANT", ["x", 1, 2, 3], "#VALUE!"],
  ["QUADRANT", [1, 1, null, 3], "#VALUE!"],
  ["QUADRANT", [1, 1, 2, 3, "a,b,c"], "#VALUE!"],
  ["LOYALTY_QUADRANT", [1, "high", 2, 3], "#VALUE!"],
  ["LOYALTY_QUADRANT", [1, 2, 3, null], "#VALUE!"],
  ["LIFECYCLE_STAGE", [[[1, "x", 3]]], "#VALUE!"],
  ["LIFECYCLE_STAGE", [[[null, null]]], "#VALUE!"],
  ["LIFECYCLE_STAGE", [[[1, 2, 3]], [[1, 2]]], "#VALUE!"],
  ["RFM_SCORE", ["ten", 1, 1, column([1, 2]), column([1, 2]), column([1, 2])], "#VALUE!"],
  ["RFM_SCORE", [1, 1, 1, column([null]), column([1, 2]), column([1, 2])], "#VALUE!"],
  ["RFM_SCORE", [1, 1, 1, column([1, 2]), column([1, 2]), column([1, 2]), "many"], "#VALUE!"],
  ["OPPORTUNITY_GRADE", ["soon", 0.5], "#VALUE!"],
  ["OPPORTUNITY_GRADE", [2, null], "#VALUE!"],
  ["DEMAND_KW", ["x", 120], "#VALUE!"],
  ["DEMAND_KW", [1, "600:5"], "#VALUE!"],
  ["DEMAND_KW", [1, "600/abc"], "#VALUE!"],
  ["DEMAND_KW", [1, null], "#VALUE!"],
  ["CHARGEABLE_KVA", [column([315, 250]), column(["running"])], "#VALUE!"],
  ["CHARGEABLE_KVA", [column([315, 250]), column(["running", "asleep"])], "#VALUE!"],
  ["CHARGEABLE_KVA", [column(["big", 250]), column(["running", "sealed"])], "#VALUE!"],
  ["CHARGEABLE_KVA", [column([null, null]), column([null, null])], "#VALUE!"],
  ["BASIC_FEE", ["volume", 315, 20], "#VALUE!"],
  ["BASIC_FEE", ["capacity", "lots", 20], "#VALUE!"],
  ["BASIC_FEE", ["capacity", 315, null], "#VALUE!"],
  ["BASIC_FEE", ["demand", 122, 28, 126, 315, 20, "round=sometimes"], "#VALUE!"],
  ["BASIC_FEE", ["demand", 122, 28, 126, 315, 20, "colour=blue"], "#VALUE!"],
  ["BASIC_FEE", [null, 315, 20], "#VALUE!"],
  ["POWER_FACTOR", ["x", 1], "#VALUE!"],
  ["POWER_FACTOR", [null, 1], "#VALUE!"],
  ["PF_ADJUSTMENT_RATE", ["good", 0.9], "#VALUE!"],
  ["PF_ADJUSTMENT_RATE", [0.9, "0.9x"], "#VALUE!"],
  ["PF_ADJUSTMENT", [0.9, 0.9, "x", 1], "#VALUE!"],
  ["PF_ADJUSTMENT", [0.9, null, 1, 1], "#VALUE!"],
];

describe("bad arguments", () => {
  it("covers every function", () => {
    expect(new Set(badCalls.map(([id]) => id))).toEqual(new Set(metadata.functions.map((f) => f.id)));
  });

  it.for(badCalls)("%s(%j) → %s with a message", ([id, args, code]) => {
    let out: unknown;
    expect(() => (out = call(id, ...args))).not.toThrow();
    expect(isExcelError(out), `${id} returned ${JSON.stringify(out)}`).toBe(true);
    if (!isExcelError(out)) return;
    expect(out.message).toMatch(/\S/);
    expect([out.code, out.message]).toEqual([code, expect.stringContaining(id)]);
  });

  it("words messages in zh-CN by default, naming the argument", () => {
    const out = call("BASIC_FEE", "capacity", "lots", 20);
    expect(isExcelError(out) && out.message).toBe(
      "BASIC_FEE（基本电费） 参数“计费量”（quantity）：应为数字，实际为文本“lots”",
    );
  });

  it("words messages in English when Office reports an English display language", () => {
    const english = loadBuiltFunctions("en-US").registered;
    const out = english.get("BASIC_FEE")!("capacity", "lots", 20, null, null, null, null);
    expect(isExcelError(out) && out.message).toBe('BASIC_FEE argument quantity: expected a number, got text "lots"');
  });
});
