// Shared pieces of the engine's fuzz tests (issue 7): bounded, seeded fast-check runs, hostile inputs, and the checks
// every entry point's answer must pass. KEYLENS_FUZZ_RUNS=<n> runs every target n times per input kind instead of its
// default; KEYLENS_FUZZ_SEED=<n> changes the seed (the default one keeps `pnpm test` reproducible).
import fc from "fast-check";
import { expect } from "vitest";
import { formatIssue, messages, type Issue } from "../../src/index.ts";

export const FUZZ_SEED = Number(process.env.KEYLENS_FUZZ_SEED ?? 20_260_607);
const RUNS_OVERRIDE = process.env.KEYLENS_FUZZ_RUNS ? Number(process.env.KEYLENS_FUZZ_RUNS) : undefined;

/** Per-test timeout: a minute per 100 runs, so longer runs and a loaded machine do not hit vitest's 5 s default. */
export const FUZZ_TIMEOUT_MS = 60_000 * Math.max(1, (RUNS_OVERRIDE ?? 100) / 100);

/** Inputs tried per target and input kind, for the one-line summaries printed after the run. */
export const tried = new Map<string, Record<string, number>>();

/**
 * Runs `property` over `arb` with the fixed seed and `runs` runs (KEYLENS_FUZZ_RUNS overrides), adding the inputs
 * tried (not counting shrinking after a failure) to `target`'s count. Throws fast-check's report on failure.
 */
export function fuzz<T>(
  target: string,
  kind: string,
  arb: fc.Arbitrary<T>,
  property: (v: T) => void,
  runs = 100,
): void {
  const counts = tried.get(target) ?? {};
  tried.set(target, counts);
  const details = fc.check(fc.property(arb, property), { seed: FUZZ_SEED, numRuns: RUNS_OVERRIDE ?? runs });
  counts[kind] = (counts[kind] ?? 0) + details.numRuns;
  if (details.failed) throw new Error(fc.defaultReportMessage(details), { cause: details.errorInstance });
}

/** One line per target: how many inputs of each kind it tried. */
export function triedSummary(): string[] {
  return [...tried].map(([target, counts]) => {
    const parts = Object.entries(counts).map(([kind, n]) => `${kind} ${n}`);
    const total = Object.values(counts).reduce((s, n) => s + n, 0);
    return `fuzz ${target}: ${total} inputs (${parts.join(", ")})`;
  });
}

/** Numbers that break naive arithmetic: non-finite, signed zero, the extremes of the double range. */
export const edgeNumber = fc.constantFrom(
  NaN,
  Infinity,
  -Infinity,
  -0,
  0,
  1,
  -1,
  0.5,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  5e-324,
  -5e-324,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 32,
  1e21,
  0.1 + 0.2,
);

/** Any number, edges overweighted. */
export const anyNumber = fc.oneof(edgeNumber, fc.double(), fc.integer({ min: -1000, max: 1000 }));

/** Scalars a spreadsheet, a CSV or a careless caller sends where a number or a word is expected. */
export const edgeScalar = fc.oneof(
  anyNumber,
  fc.constantFrom(null, undefined, "", " ", "x", "NaN", "Infinity", "1e999", "0x10", "1,5", "600/5", "-", true, false),
  fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty", "<script>alert(1)</script>"),
  fc.string({ maxLength: 6 }),
  fc.constantFrom(10n, -1n),
);

/** Arbitrary JS values without functions: JSON values plus undefined, bigint, dates, typed and sparse arrays, null-prototype objects. */
export const anything = fc.anything({
  maxDepth: 3,
  maxKeys: 5,
  withBigInt: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
  withObjectString: true,
  withBoxedValues: true,
});

/** Arrays of hostile numbers (ArrayLike inputs), including typed arrays. */
export const numberArray = fc.oneof(
  fc.array(anyNumber, { maxLength: 40 }),
  fc.array(fc.oneof(anyNumber, edgeScalar), { maxLength: 40 }),
  fc.float64Array({ maxLength: 40 }),
);

/** Arrays of records whose fields are hostile scalars: rows from a sheet with bad cells. */
export const recordArray = fc.array(
  fc.dictionary(fc.constantFrom("id", "x", "y", "value", "revenue", "frequency", "volumes", "a", "b"), edgeScalar, {
    maxKeys: 6,
  }),
  { maxLength: 12 },
);

/** One argument of any kind an entry point might be handed. */
export const anyArgument = fc.oneof(
  { weight: 3, arbitrary: anything },
  { weight: 2, arbitrary: numberArray },
  { weight: 2, arbitrary: edgeScalar },
  { weight: 1, arbitrary: recordArray },
);

/** `arity` arbitrary arguments, sometimes fewer (trailing ones omitted, as defaults apply). */
export function anyArguments(arity: number): fc.Arbitrary<unknown[]> {
  return fc
    .tuple(fc.array(anyArgument, { minLength: arity, maxLength: arity }), fc.nat({ max: arity }))
    .map(([args, keep]) => args.slice(0, Math.max(keep, 1)));
}

type Path = readonly (string | number)[];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Every place in `value` that a mutation can hit: the root and every array element or own object key, depth-first. */
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (isPlainObject(value)) {
    for (const k of Object.keys(value)) pathsOf((value as Record<string, unknown>)[k], [...prefix, k], out);
  }
  return out;
}

type Mutation =
  | { kind: "replace"; at: number; value: unknown }
  | { kind: "delete"; at: number }
  | { kind: "append"; at: number; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), value: edgeScalar }) },
  // Extreme magnitudes: each is finite, but sums, products and squares of them overflow or underflow.
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("replace" as const),
      at: fc.nat(),
      value: fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, 1e200, 5e-324, 1e-300),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), value: anything }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("append" as const), at: fc.nat(), value: edgeScalar }) },
);

function applyMutation(root: unknown[], m: Mutation, frozen: readonly number[]): void {
  // Never the argument list itself; only whole replacement for frozen arguments (results the engine made).
  const paths = pathsOf(root)
    .slice(1)
    .filter((p) => p.length === 1 || !frozen.includes(p[0] as number));
  if (paths.length === 0) return; // an earlier deletion emptied it
  const path = paths[m.at % paths.length]!;
  const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root) as
    Record<string | number, unknown> | unknown[];
  const key = path[path.length - 1]!;
  if (m.kind === "replace") (parent as Record<string | number, unknown>)[key] = m.value;
  else if (m.kind === "delete") {
    if (Array.isArray(parent) && typeof key === "number") parent.splice(key, 1);
    else delete (parent as Record<string | number, unknown>)[key];
  } else {
    const target = (parent as Record<string | number, unknown>)[key];
    if (Array.isArray(target)) target.push(m.value);
    else (parent as Record<string | number, unknown>)[key] = m.value;
  }
}

/**
 * Nearly valid arguments: a deep copy of `valid` (an argument list the function accepts) with one to three fields
 * replaced by a hostile value, deleted, or given an extra element. These reach far deeper than random input, which
 * mostly fails the first type check. Arguments listed in `frozen` (engine results passed back in) are only replaced
 * whole: their functions check the shape, not every number, of what the engine made.
 */
export function nearlyValid(valid: () => unknown[], frozen: readonly number[] = []): fc.Arbitrary<unknown[]> {
  return fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => {
    const args = structuredClone(valid());
    for (const m of ms) applyMutation(args, m, frozen);
    return args;
  });
}

/**
 * The first non-finite number found in `value` (walking arrays, typed arrays and objects), with its path, or
 * undefined. Functions, strings and `id` / `ids` (the caller's identifiers) are not walked. NaN inside a Float64Array column is the engine's documented
 * "missing" in columnar results (value scores: scores, ranks, values, normalized) and is not reported; ±Infinity
 * anywhere, and NaN in plain arrays and objects, is.
 */
export function findNonFinite(value: unknown, path: Path = [], seen = new Set<object>()): string | undefined {
  if (typeof value === "number")
    return Number.isFinite(value) ? undefined : `${value} at ${path.join(".") || "(root)"}`;
  if (value === null || typeof value !== "object" || seen.has(value)) return undefined;
  seen.add(value);
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const a = value as unknown as ArrayLike<number | bigint>;
    for (let i = 0; i < a.length; i++) {
      const v = a[i]!;
      if (typeof v === "number" && !Number.isFinite(v) && !(Number.isNaN(v) && value instanceof Float64Array)) {
        return `${v} at ${[...path, i].join(".")}`;
      }
    }
    return undefined;
  }
  if (value instanceof Map || value instanceof Set) {
    let i = 0;
    for (const v of value.values()) {
      const found = findNonFinite(v, [...path, i++], seen);
      if (found) return found;
    }
    return undefined;
  }
  for (const [k, v] of Object.entries(value)) {
    if (k === "id" || k === "ids") continue; // the caller's identifiers, echoed as given: not numbers the engine made
    const found = findNonFinite(v, [...path, k], seen);
    if (found) return found;
  }
  return undefined;
}

const knownCodes = new Set(Object.keys(messages));

/** Asserts that `i` is a well-formed issue: a known code, a key path, and text in both languages with no raw objects. */
export function expectWellFormedIssue(i: Issue, where: string): void {
  expect(knownCodes.has(i.code), `${where}: unknown issue code ${String(i.code)}`).toBe(true);
  expect(Array.isArray(i.path), `${where}: path`).toBe(true);
  for (const k of i.path) expect(["string", "number"], `${where}: path key`).toContain(typeof k);
  expect(typeof i.message === "string" && i.message.length > 0, `${where}: message`).toBe(true);
  expect(formatIssue(i, "en"), `${where}: en message`).toBe(i.message);
  const zh = formatIssue(i, "zh-CN");
  expect(zh.length > 0 && zh !== i.code, `${where}: zh-CN message for ${i.code}`).toBe(true);
  for (const text of [i.message, zh]) {
    expect(text, `${where}: ${i.code} shows a raw object`).not.toMatch(/\[object [A-Za-z]+\]/);
  }
}

/**
 * Asserts that `r` is a Result: success with finite data and well-formed warnings, or failure with at least one
 * well-formed issue. `allowNonFinite` names data paths where a non-finite number is documented.
 */
export function expectResult(
  r: unknown,
  where: string,
  allowNonFinite: (found: string) => boolean = () => false,
): void {
  expect(r !== null && typeof r === "object", `${where}: returned ${String(r)}`).toBe(true);
  const res = r as { success?: unknown; data?: unknown; warnings?: unknown; issues?: unknown };
  if (res.success === true) {
    expect(Array.isArray(res.warnings), `${where}: warnings`).toBe(true);
    for (const w of res.warnings as Issue[]) expectWellFormedIssue(w, `${where} warning`);
    const bad = findNonFinite(res.data);
    if (bad !== undefined && !allowNonFinite(bad)) expect.fail(`${where}: non-finite number in data: ${bad}`);
  } else {
    expect(res.success, `${where}: success flag`).toBe(false);
    expect(Array.isArray(res.issues) && (res.issues as Issue[]).length > 0, `${where}: issues`).toBe(true);
    for (const i of res.issues as Issue[]) expectWellFormedIssue(i, `${where} issue`);
  }
}
