// Fuzzing of every custom function in the BUILT dist/functions.js (node:vm, fake CustomFunctions): arguments shaped
// like what a user's sheet can hold (scalars, 2-D ranges of mixed numbers, text, booleans and blanks, huge and tiny
// numbers, ragged and empty arrays, a range where a scalar belongs and the reverse). Every call must return a value
// or a CustomFunctions.Error with a message, never throw, never return NaN/Infinity or null, and where the right
// answer is simple to state (a quadrant, a demand, a share) the number must be the right one.
//
// Fixed seed and KEYLENS_FUZZ_RUNS inputs per function (200 by default): `KEYLENS_FUZZ_RUNS=20000 pnpm exec vitest
// run --project addin test/fuzz-functions.test.ts` runs longer; KEYLENS_FUZZ_SEED picks another seed.
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import {
  errorCodes,
  isExcelError,
  loadBuiltFunctions,
  readJson,
  type CustomFunction,
  type FakeExcelError,
} from "./built-functions.ts";

interface Parameter {
  name: string;
  dimensionality?: "matrix" | "scalar";
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: "matrix" | "scalar" };
}

const runs = Number(process.env.KEYLENS_FUZZ_RUNS ?? 200);
const seed = Number(process.env.KEYLENS_FUZZ_SEED ?? 20261122);
const metadata = readJson<{ functions: FunctionMetadata[] }>("functions.json").functions;
const fns: Map<string, CustomFunction> = loadBuiltFunctions().registered;
/** Per function: inputs tried, and how many of them returned a value rather than an Excel error. */
const tried = new Map<string, { inputs: number; values: number }>();

// Cells --------------------------------------------------------------------------------------------------------

/** Numbers at the edges of a double: what a sheet can hold but a careless sum overflows or underflows on. */
const extreme = fc.constantFrom(
  1e308,
  -1e308,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  2.2250738585072014e-308,
  1e-300,
  -0,
  2 ** 53 + 2,
  1e15,
  1e-15,
);
const number = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -5, max: 1000 }) },
  { weight: 3, arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true }) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: extreme },
);
/** Spellings the functions accept, and near misses, so that random calls reach past argument parsing. */
const word = fc.constantFrom(
  "value",
  "count",
  "computed",
  "金额",
  "gini",
  "hhi",
  "top20",
  "pareto_ratio",
  "minmax",
  "none",
  "zscore",
  "percentile",
  "vector",
  "topsis",
  "benefit",
  "cost",
  "capacity",
  "demand",
  "actual",
  "running",
  "hot_standby",
  "standby",
  "sealed",
  "suspended",
  "运行",
  "加封",
  "A,B,C",
  "关键,重点,一般,维持",
  "0.8,0.95",
  "0.2,0.5,0.8",
  "80%,95%",
  "600/5",
  "0/5",
  "5/0",
  "boundary=crossingIncluded;ties=group;rounding=halfEven",
  "ties=majority",
  "round=integer;over105=V1",
  "1,234.5",
  "5%",
  " 12 ",
  "1e400",
  "-1e-400",
  "0x10",
  "TRUE",
  "#N/A",
  "=",
);
const text = fc.oneof(
  { weight: 3, arbitrary: word },
  { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 2, arbitrary: number.map((n) => String(n)) },
  { weight: 1, arbitrary: fc.constantFrom("", "  ", "\u00a0") },
);
const blank = fc.constantFrom(null, "", null);
/** Not something Excel passes, but something a JavaScript caller (the task pane) might. */
const nonFinite = fc.constantFrom(NaN, Infinity, -Infinity);
const cell = fc.oneof(
  { weight: 5, arbitrary: number },
  { weight: 3, arbitrary: text },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: blank },
  { weight: 1, arbitrary: nonFinite },
);
const numericCell = fc.oneof({ weight: 8, arbitrary: number }, { weight: 1, arbitrary: blank });

// Ranges -------------------------------------------------------------------------------------------------------

function grid<T>(of: fc.Arbitrary<T>, maxRows = 10, maxColumns = 4): fc.Arbitrary<T[][]> {
  return fc
    .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxColumns }))
    .chain(([rows, columns]) =>
      fc.array(fc.array(of, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
    );
}
const column = <T>(of: fc.Arbitrary<T>, maxRows = 10) => grid(of, maxRows, 1);
/** Arrays Excel never passes but a broken host or a caller might: ragged rows, no rows, an empty row. */
const malformed = fc.oneof(
  fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 5 }),
  fc.constantFrom([], [[]], [[], []], [[1], []], [[null]]),
);
const hugeCell = fc.oneof(extreme, number, blank);
const range = fc.oneof(
  { weight: 4, arbitrary: grid(numericCell) },
  { weight: 1, arbitrary: grid(hugeCell) },
  { weight: 2, arbitrary: grid(cell) },
  { weight: 1, arbitrary: grid(text) },
  { weight: 1, arbitrary: column(numericCell, 300) },
  { weight: 1, arbitrary: malformed },
);

/** Any argument, mostly of the declared dimensionality, sometimes the other (a range where a scalar belongs). */
function anyArgument(p: Parameter): fc.Arbitrary<unknown> {
  const matrix = p.dimensionality === "matrix";
  return fc.oneof({ weight: 6, arbitrary: matrix ? range : cell }, { weight: 1, arbitrary: matrix ? cell : range });
}

const fraction = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.5, 0.8, 0.85, 0.9, 1));
const positive = fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.double({ min: 0, max: 1e5, noNaN: true }));
const orNull = <T>(a: fc.Arbitrary<T>) => fc.oneof(fc.constant(null), a);
const columnOf = <T>(a: fc.Arbitrary<T>, n: number) =>
  fc.array(
    a.map((v) => [v]),
    { minLength: n, maxLength: n },
  );
const listText = (a: fc.Arbitrary<unknown>, n: number) =>
  fc.array(a, { minLength: n, maxLength: n }).map((xs) => xs.join(","));
const size = (max: number) => fc.integer({ min: 1, max });
/** A column of customer values: mostly ordinary amounts, some blanks, now and then a negative, huge or tiny one. */
const valuesColumn = (n: number) =>
  columnOf(
    fc.oneof({ weight: 10, arbitrary: positive }, { weight: 2, arbitrary: number }, { weight: 1, arbitrary: blank }),
    n,
  );
const amountsColumn = (n: number) =>
  columnOf(fc.oneof({ weight: 10, arbitrary: positive }, { weight: 1, arbitrary: blank }), n);

const tierArguments = fc.tuple(
  orNull(fc.constantFrom("value", "count", "computed")),
  orNull(
    fc.oneof(
      fc.constantFrom("0.8,0.95", "0.2,0.5,0.8", "0.7,0.9", "80%,95%"),
      fc.uniqueArray(fraction, { minLength: 1, maxLength: 4 }).map((xs) => [xs.sort((a, b) => a - b)]),
    ),
  ),
  orNull(fc.constantFrom("A,B,C", "A,B,C,D", "关键,重点,一般,维持", [["X", "Y", "Z"]])),
  orNull(fc.constantFrom("boundary=crossingIncluded", "boundary=cumLT;ties=group", "ties=majority", "ties=row")),
);

/** Per function, calls that make sense: coherent sizes and accepted spellings, so the engine gets to compute. */
const validCalls: Record<string, fc.Arbitrary<unknown[]>> = {
  CUSTOMER_TIER: size(40)
    .chain((n) => fc.tuple(valuesColumn(n), fc.nat(n - 1), tierArguments))
    .map(([values, i, rest]) => [values[i]![0], values, ...rest]),
  CUSTOMER_TIERS: fc
    .tuple(fc.oneof(size(40).chain(valuesColumn), grid(numericCell)), tierArguments)
    .map(([values, rest]) => [values, ...rest]),
  PARETO: size(30).chain((n) =>
    fc.tuple(columnOf(fc.oneof(fc.string({ minLength: 1, maxLength: 4 }), blank), n), valuesColumn(n)),
  ),
  CONCENTRATION: fc.tuple(
    size(40).chain(valuesColumn),
    orNull(fc.constantFrom("gini", "hhi", "top20", "pareto_ratio")),
  ),
  VALUE_SCORE: fc.tuple(size(20), size(4)).chain(([rows, columns]) =>
    fc.tuple(
      fc.array(fc.array(numericCell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
      fc.oneof(
        listText(positive, columns),
        fc.array(positive, { minLength: columns, maxLength: columns }).map((w) => [w]),
      ),
      orNull(listText(fc.constantFrom("benefit", "cost", "成本"), columns)),
      orNull(fc.constantFrom("minmax", "none", "max", "zscore", "percentile", "vector", "topsis")),
    ),
  ),
  QUADRANT: fc.tuple(
    number,
    number,
    number,
    number,
    orNull(fc.constantFrom("甲,乙,丙,丁", [["a"], ["b"], ["c"], ["d"]])),
  ),
  LOYALTY_QUADRANT: fc.tuple(number, number, number, number),
  LIFECYCLE_STAGE: size(30).chain((n) =>
    fc.tuple(
      fc.array(numericCell, { minLength: n, maxLength: n }).map((r) => [r]),
      orNull(fc.array(numericCell, { minLength: n, maxLength: n }).map((r) => [r])),
    ),
  ),
  RFM_SCORE: size(30).chain((n) =>
    fc.tuple(positive, positive, positive, amountsColumn(n), amountsColumn(n), amountsColumn(n), orNull(size(9))),
  ),
  OPPORTUNITY_GRADE: fc.tuple(fc.oneof(positive, fc.integer({ min: 0, max: 24 })), fraction),
  DEMAND_KW: fc.tuple(
    positive,
    fc.oneof(
      positive,
      fc.tuple(size(2000), size(10)).map(([a, b]) => `${a}/${b}`),
    ),
    orNull(fc.oneof(positive, fc.constantFrom("10000/100", "35000/100"))),
  ),
  CHARGEABLE_KVA: size(6).chain((n) =>
    fc.tuple(
      columnOf(positive, n),
      columnOf(fc.constantFrom("running", "hot_standby", "standby", "sealed", "suspended", "运行", "暂停"), n),
      orNull(columnOf(fc.constantFrom("g1", "g2", null), n)),
      orNull(size(3).chain((m) => columnOf(positive, m))),
    ),
  ),
  BASIC_FEE: fc.tuple(
    fc.constantFrom("capacity", "demand", "actual"),
    positive,
    positive,
    orNull(positive),
    orNull(positive),
    orNull(fc.integer({ min: 0, max: 31 })),
    orNull(fc.constantFrom("round=integer", "round=integer;over105=V1", "over105=V2")),
  ),
  POWER_FACTOR: fc.tuple(positive, positive, orNull(positive)),
  PF_ADJUSTMENT_RATE: fc.tuple(fraction, orNull(fc.constantFrom(0.9, 0.85, 0.8, "0.9"))),
  PF_ADJUSTMENT: fc.tuple(fraction, fc.constantFrom(0.9, 0.85, 0.8), positive, positive),
};

/**
 * The arguments of one call: a sensible call; a sensible call with one argument swapped for anything; anything
 * (mostly of the declared dimensionality); or, now and then, fewer arguments than Excel passes.
 */
function callArguments(f: FunctionMetadata): fc.Arbitrary<unknown[]> {
  const valid = validCalls[f.id]!;
  const random = fc.tuple(...f.parameters.map((p) => (p.optional ? orNull(anyArgument(p)) : anyArgument(p))));
  const mutated = fc
    .tuple(valid, fc.nat(f.parameters.length - 1))
    .chain(([args, i]) => anyArgument(f.parameters[i]!).map((a) => args.map((x, j) => (j === i ? a : x))));
  return fc.oneof(
    { weight: 4, arbitrary: valid },
    { weight: 3, arbitrary: mutated },
    { weight: 2, arbitrary: random },
    { weight: 1, arbitrary: fc.tuple(random, fc.nat(f.parameters.length)).map(([a, n]) => a.slice(0, n)) },
  );
}

// Checks -------------------------------------------------------------------------------------------------------

const excelCodes = new Set<string>(Object.values(errorCodes));

/** Returns what is wrong with a value in a result cell, or undefined. */
function badCell(v: unknown): string | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? undefined : `non-finite number ${v}`;
  if (typeof v === "string" || typeof v === "boolean") return undefined;
  return `a cell holding ${v === null ? "null (Excel shows 0)" : typeof v}`;
}

/** Returns what is wrong with a result's form (errors, cell values, shape, declared type), or undefined. */
function badForm(f: FunctionMetadata, out: unknown): string | undefined {
  if (isExcelError(out)) {
    if (!excelCodes.has(out.code)) return `unknown error code ${out.code}`;
    if (typeof out.message !== "string" || !out.message.startsWith(f.id)) return `error message ${out.message}`;
    // The wrapper's last guard (cells.ts run): it fires only when the engine let a NaN or ∞ through unreported.
    if (out.message.includes("结果超出数值范围")) return "a non-finite engine result caught only by the wrapper";
    return undefined;
  }
  if (f.result.dimensionality === "matrix") {
    if (!Array.isArray(out) || out.length === 0) return "a spilled result that is not a non-empty 2-D array";
    const width = Array.isArray(out[0]) ? out[0].length : -1;
    for (const r of out as unknown[]) {
      if (!Array.isArray(r) || r.length !== width || width === 0) return "a ragged or empty spilled row";
      for (const v of r) if (badCell(v)) return badCell(v);
    }
    return undefined;
  }
  if (f.result.type === "number" && typeof out !== "number") return `a ${typeof out} where a number is declared`;
  if (f.result.type === "string" && typeof out !== "string") return `a ${typeof out} where text is declared`;
  return badCell(out);
}

const finite = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
const near = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(b));
const isGrid = (x: unknown): x is unknown[][] =>
  Array.isArray(x) && x.length > 0 && x.every((r) => Array.isArray(r) && r.length === (x[0] as unknown[]).length);
const plainNumbers = (x: unknown): x is (number | null)[][] =>
  isGrid(x) && x.flat().every((v) => v === null || finite(v)) && x.flat().some(finite);

/**
 * What must hold of a successful result, per function, where the right answer is simple to state; returns what is
 * wrong, or undefined. `call` calls the same function set (for consistency between functions).
 */
const invariants: Record<string, (args: unknown[], out: unknown, call: typeof callId) => string | undefined> = {
  CUSTOMER_TIER([value, values, ...rest], out, call) {
    if (typeof out !== "string" || !finite(value) || !plainNumbers(values)) return undefined;
    const flat = values.flat();
    if (flat.filter((v) => v === value).length !== 1) return undefined;
    const tiers = call("CUSTOMER_TIERS", values, ...rest);
    if (!isGrid(tiers)) return `CUSTOMER_TIERS failed where CUSTOMER_TIER gave ${out}`;
    const mine = tiers.flat()[flat.indexOf(value)];
    return mine === out ? undefined : `CUSTOMER_TIER says ${out}, CUSTOMER_TIERS says ${String(mine)}`;
  },
  CUSTOMER_TIERS([values], out) {
    if (!isGrid(out) || !isGrid(values)) return undefined;
    if (out.length !== values.length || out[0]!.length !== values[0]!.length) return "spill shape ≠ input shape";
    const blanks = values.flat().map((v) => v === null || v === "");
    return out.flat().every((t, i) => !blanks[i] || t === "") ? undefined : "a blank cell got a tier";
  },
  PARETO([, values], out) {
    if (!isGrid(out)) return undefined;
    let cumulative = 0;
    for (let i = 0; i < out.length; i += 1) {
      const [, value, share, cum] = out[i] as [unknown, number, number, number];
      if (i > 0 && value > (out[i - 1]![1] as number)) return "rows not sorted by value, largest first";
      if (!(share >= 0 && share <= 1) || !(cum >= 0 && cum <= 1 + 1e-9)) return `share ${share} or cum ${cum}`;
      cumulative += share;
      if (!near(cum, cumulative, 1e-9)) return `cumulative share ${cum} ≠ running sum ${cumulative}`;
    }
    // Zero and negative values are left out of the ranking (the engine's default nonPositive policy).
    const ranked = plainNumbers(values) ? values.flat().filter((v) => finite(v) && v > 0).length : 0;
    if (ranked > 0 && out.length !== ranked) return `${out.length} rows for ${ranked} positive values`;
    return near(cumulative, 1, 1e-9) ? undefined : `shares sum to ${cumulative}`;
  },
  CONCENTRATION([, measure], out) {
    if (!finite(out)) return undefined;
    const max = measure === "hhi" ? 10000 : 1;
    return out >= 0 && out <= max * (1 + 1e-12) ? undefined : `${String(measure ?? "gini")} = ${out}`;
  },
  VALUE_SCORE([matrix, , , normalization], out) {
    if (!isGrid(out)) return undefined;
    if (isGrid(matrix) && out.length !== matrix.length) return `${out.length} scores for ${matrix.length} rows`;
    const [lo, hi] = normalization === "topsis" ? [0, 1] : normalization ? [-Infinity, Infinity] : [0, 100];
    const bad = out.flat().find((s) => s !== "" && !(finite(s) && s >= lo - 1e-9 && s <= hi + 1e-9));
    return bad === undefined ? undefined : `score ${String(bad)} outside [${lo}, ${hi}]`;
  },
  QUADRANT([x, y, xs, ys, labels], out) {
    if (labels !== null || ![x, y, xs, ys].every(finite)) return undefined;
    const expected = `${(x as number) >= (xs as number) ? "H" : "L"}${(y as number) >= (ys as number) ? "H" : "L"}`;
    return out === expected ? undefined : `expected ${expected}`;
  },
  LOYALTY_QUADRANT([f, d, fs, ds], out) {
    if (![f, d, fs, ds].every(finite)) return undefined;
    const high = [(f as number) >= (fs as number), (d as number) >= (ds as number)];
    const expected = high[0] ? (high[1] ? "高度忠诚" : "惯性忠诚") : high[1] ? "隐形忠诚" : "零度忠诚";
    return out === expected ? undefined : `expected ${expected}`;
  },
  LIFECYCLE_STAGE(_, out) {
    return ["考察期", "形成期", "稳定期", "退化期", "未分类", "数据不足"].includes(out as string)
      ? undefined
      : "unknown stage";
  },
  RFM_SCORE(args, out) {
    const bins = finite(args[6]) ? args[6] : 5;
    return typeof out === "string" && /^[1-9]{3}$/.test(out) && [...out].every((d) => Number(d) <= bins)
      ? undefined
      : `score ${String(out)} with ${bins} bins`;
  },
  OPPORTUNITY_GRADE(_, out) {
    return ["A", "B", "C", "D"].includes(out as string) ? undefined : "grade outside A–D";
  },
  DEMAND_KW([reading, ct, pt], out) {
    if (!finite(out) || ![reading, ct].every(finite) || !(pt === null || finite(pt))) return undefined;
    const expected = (reading as number) * (ct as number) * ((pt as number | null) ?? 1);
    return near(out, expected, 1e-12) ? undefined : `expected ${expected}`;
  },
  CHARGEABLE_KVA([kvas, , , motors], out) {
    if (!finite(out)) return undefined;
    // A single value where a range belongs is a one-cell range (Excel passes one for a one-cell reference).
    const cells = [kvas, motors].flatMap((r) => (isGrid(r) ? r.flat() : [r]));
    if (!cells.every((c) => finite(c) || c === null || c === "")) return undefined; // numbers as text: not summed here
    const sum = cells.filter(finite).reduce((a, b) => a + b, 0);
    return out >= 0 && out <= sum * (1 + 1e-12) + 1e-9 ? undefined : `capacity ${out} outside [0, ${sum}]`;
  },
  BASIC_FEE([basis, quantity, price, , , days, options], out) {
    if (basis !== "capacity" || !finite(out) || ![quantity, price].every(finite) || days !== null || options !== null)
      return undefined;
    const expected = (quantity as number) * (price as number);
    return near(out, expected, 1e-9) || Math.abs(out - expected) <= 0.005 ? undefined : `expected ${expected}`;
  },
  POWER_FACTOR(_, out) {
    return finite(out) && out >= 0 && out <= 1 ? undefined : `power factor ${String(out)}`;
  },
  PF_ADJUSTMENT_RATE(_, out) {
    // The 1983 table's largest reduction is 1.3 % (standard 0.80); surcharges grow without a cap below 0.65.
    return finite(out) && out >= -0.013 ? undefined : `rate ${String(out)}`;
  },
  PF_ADJUSTMENT([pf, standard, basic, energy], out, call) {
    if (!finite(out) || ![pf, standard, basic, energy].every(finite)) return undefined;
    const rate = call("PF_ADJUSTMENT_RATE", pf, standard);
    if (!finite(rate)) return `PF_ADJUSTMENT_RATE failed where PF_ADJUSTMENT gave ${out}`;
    const expected = rate * ((basic as number) + (energy as number));
    return Math.abs(out - expected) <= 0.005 + 1e-12 * Math.abs(expected) ? undefined : `expected ${expected}`;
  },
};

function callId(id: string, ...args: unknown[]): unknown {
  return fns.get(id)!(...args);
}

/** Returns a comparable form of a result: errors by code and message. */
const comparable = (out: unknown) =>
  isExcelError(out) ? { code: out.code, message: (out as FakeExcelError).message } : out;

describe(`every custom function in dist/functions.js, ${runs} arbitrary Excel-shaped calls each (seed ${seed})`, () => {
  it("covers every id in functions.json", () => {
    expect(metadata.map((f) => f.id).sort()).toEqual([...fns.keys()].sort());
    for (const f of metadata) expect(validCalls[f.id], `${f.id} has no valid-call generator`).toBeDefined();
    for (const f of metadata) expect(invariants[f.id], `${f.id} has no invariant`).toBeDefined();
  });

  it.each(metadata.map((f, i) => [f.id, f, i] as const))(
    `%s: returns a value or a CustomFunctions.Error, never throws, NaN, Infinity or a wrong number`,
    (id, f, i) => {
      const count = { inputs: 0, values: 0 };
      fc.assert(
        fc.property(callArguments(f), (args) => {
          count.inputs += 1;
          let out: unknown;
          try {
            out = callId(id, ...structuredClone(args));
          } catch (error) {
            throw new Error(`${id} threw ${String(error)}`, { cause: error });
          }
          const problem = badForm(f, out) ?? (isExcelError(out) ? undefined : invariants[id]!(args, out, callId));
          if (problem) throw new Error(`${id} → ${JSON.stringify(comparable(out))}: ${problem}`);
          if (!isExcelError(out)) count.values += 1;
          // The same call again, with fresh arrays (Excel passes new ones): the range caches give the same answer.
          const again = callId(id, ...structuredClone(args));
          expect(comparable(again)).toEqual(comparable(out));
        }),
        { numRuns: runs, seed: seed + i },
      );
      tried.set(id, count);
      expect(count.inputs).toBeGreaterThanOrEqual(runs);
      // The generators must reach the engine, not only the argument checks.
      expect(count.values).toBeGreaterThan(0);
    },
    Math.max(10_000, runs * 30),
  );

  afterAll(() => {
    // The inputs tried per function, for the record (issue 7's closing note).
    const summary = [...tried].map(([id, n]) => `${id} ${n.inputs} (${n.values} values)`).join(", ");
    console.log(`fuzz inputs tried per function (seed ${seed}; values = calls that returned no error): ${summary}`);
  });
});
