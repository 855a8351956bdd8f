import { formatIssue, type Issue, type Locale, type Result } from "@keylens/engine";
import { argumentMessages, describeCell, type ArgumentMessageCode } from "./argument-messages.ts";
import { zhCN } from "./i18n/zh-CN.ts";
import { maxCells } from "./limits.ts";
import { workbookLocale } from "./locale.ts";

/** The Excel error a wrapper returns: #VALUE! for bad input, #NUM! for numbers out of range, #N/A for lookups. */
export type ExcelErrorKind = "value" | "num" | "na";

/** The shape of a range argument. */
export interface Shape {
  rows: number;
  columns: number;
}

/** Stops a wrapper with a problem in one of its arguments; `run` turns it into a CustomFunctions.Error. */
class ArgumentProblem extends Error {
  constructor(
    readonly arg: string,
    readonly code: ArgumentMessageCode,
    readonly params: Readonly<Record<string, unknown>> = {},
    readonly kind: ExcelErrorKind = "value",
  ) {
    super(code);
  }
}

/** Stops a wrapper with the issues the engine returned. */
class EngineProblem extends Error {
  constructor(
    readonly issues: readonly Issue[],
    readonly argOf: (issue: Issue) => string | undefined,
  ) {
    super(issues[0]?.code ?? "engine");
  }
}

/** Throws the problem `code` for argument `arg`; only wrappers (inside `run`) call this. */
export function reject(
  arg: string,
  code: ArgumentMessageCode,
  params: Readonly<Record<string, unknown>> = {},
  kind: ExcelErrorKind = "value",
): never {
  throw new ArgumentProblem(arg, code, params, kind);
}

// Engine issue codes that mean "a number out of range" (#NUM!) or "not found" (#N/A); anything else is #VALUE!.
const numCodes = new Set(["too_small", "too_big", "not_finite"]);
const naCodes = new Set(["value_not_found", "not_found", "value_not_in_values"]);

/**
 * Returns the engine result's data, or stops the wrapper with its issues. `argOf` names the Excel argument an
 * issue is about (from the issue's path), so the message can say which argument is wrong.
 */
export function unwrap<T>(result: Result<T>, argOf: (issue: Issue) => string | undefined = () => undefined): T {
  if (result.success) return result.data;
  throw new EngineProblem(result.issues, argOf);
}

type Translations = Record<string, { name: string; parameters: Record<string, { name: string }> }>;

function functionLabel(id: string, locale: Locale): string {
  const name = (zhCN as Translations)[id]?.name;
  return locale === "zh-CN" && name ? `${id}（${name}）` : id;
}

function argumentLabel(id: string, arg: string, locale: Locale): string {
  const name = (zhCN as Translations)[id]?.parameters[arg]?.name;
  return locale === "zh-CN" ? `参数“${name ?? arg}”（${arg}）` : `argument ${arg}`;
}

function describeParams(params: Readonly<Record<string, unknown>>, locale: Locale) {
  const out: Record<string, string | number | undefined> = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = key === "got" ? describeCell(value, locale) : (value as string | number | undefined);
  }
  return out;
}

/** Returns the Excel error kind and the message for anything a wrapper threw, in `locale`. */
export function problemOf(id: string, error: unknown, locale: Locale): { kind: ExcelErrorKind; message: string } {
  const sep = locale === "zh-CN" ? "：" : ": ";
  if (error instanceof ArgumentProblem) {
    const text = argumentMessages[error.code][locale](describeParams(error.params, locale));
    return {
      kind: error.kind,
      message: `${functionLabel(id, locale)} ${argumentLabel(id, error.arg, locale)}${sep}${text}`,
    };
  }
  if (error instanceof EngineProblem) {
    const first = error.issues[0];
    const texts = error.issues.slice(0, 3).map((i) => {
      const arg = error.argOf(i);
      return `${arg ? `${argumentLabel(id, arg, locale)}${sep}` : ""}${formatIssue(i, locale)}`;
    });
    const more = error.issues.length > 3 ? (locale === "zh-CN" ? " 等" : " …") : "";
    const kind: ExcelErrorKind =
      first && numCodes.has(first.code) ? "num" : first && naCodes.has(first.code) ? "na" : "value";
    return {
      kind,
      message: `${functionLabel(id, locale)}${sep}${texts.join(locale === "zh-CN" ? "；" : "; ")}${more}`,
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    kind: "value",
    message: `${functionLabel(id, locale)}${sep}${argumentMessages.internal[locale]({ detail })}`,
  };
}

/** Returns the Excel error (a CustomFunctions.Error) for anything a wrapper threw, worded in the workbook's language. */
export function toExcelError(id: string, error: unknown): CustomFunctions.Error {
  const { kind, message } = problemOf(id, error, workbookLocale());
  const codes = CustomFunctions.ErrorCode;
  const code = kind === "num" ? codes.invalidNumber : kind === "na" ? codes.notAvailable : codes.invalidValue;
  return new CustomFunctions.Error(code, message);
}

/**
 * Returns what `body` returns, or the Excel error for whatever it threw: a wrapper never throws past this, so a bad
 * argument shows as #VALUE! with a message instead of an unhandled exception. Excel accepts a returned
 * CustomFunctions.Error as the cell's error, hence the cast.
 */
export function run<T>(id: string, body: () => T): T {
  let out: T;
  try {
    out = body();
  } catch (error) {
    return toExcelError(id, error) as unknown as T;
  }
  // The engine reports overflow as an issue; this is the last guard against NaN or ∞ reaching a cell as a number.
  return holdsNonFinite(out) ? (notFiniteError(id) as unknown as T) : out;
}

/** Returns whether a result is, or a spilled result holds, a number that is NaN or ±∞. */
function holdsNonFinite(out: unknown): boolean {
  if (typeof out === "number") return !Number.isFinite(out);
  if (!Array.isArray(out)) return false;
  for (const row of out) {
    if (!Array.isArray(row)) continue;
    for (const cell of row) if (typeof cell === "number" && !Number.isFinite(cell)) return true;
  }
  return false;
}

function notFiniteError(id: string): CustomFunctions.Error {
  const locale = workbookLocale();
  const text = argumentMessages.not_finite_result[locale]();
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidNumber,
    `${functionLabel(id, locale)}${locale === "zh-CN" ? "：" : ": "}${text}`,
  );
}

/** Returns whether a cell counts as blank: null (Excel on the web, omitted argument), undefined, or "". */
export function isBlank(cell: unknown): cell is null | undefined | "" {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** Returns the number a cell holds, reading text such as "1,234.5", " 12 " or "5%" too; undefined if it holds none. */
export function numberOf(cell: unknown): number | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== "string") return undefined;
  let text = cell.trim().replace(/[\s\u00a0]/g, "");
  if (!text) return undefined;
  let scale = 1;
  if (text.endsWith("%") || text.endsWith("％")) {
    scale = 0.01;
    text = text.slice(0, -1);
  }
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, "");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return undefined;
  const value = Number(text) * scale;
  return Number.isFinite(value) ? value : undefined;
}

/** Returns the number in a required scalar argument. */
export function toNumber(cell: unknown, arg: string): number {
  if (isBlank(cell)) reject(arg, "required");
  const value = numberOf(cell);
  if (value === undefined) reject(arg, "expected_number", { got: cell });
  return value;
}

/** Returns the number in an optional scalar argument, or undefined when it is omitted or blank. */
export function toOptionalNumber(cell: unknown, arg: string): number | undefined {
  return isBlank(cell) ? undefined : toNumber(cell, arg);
}

/** Returns the text of a scalar argument, trimmed; undefined when omitted or blank. Numbers become their text. */
export function toOptionalText(cell: unknown, arg: string): string | undefined {
  if (isBlank(cell)) return undefined;
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number") return String(cell);
  return reject(arg, "expected_text", { got: cell });
}

/** Returns a range argument as a grid; a single value (Excel passes one for a one-cell reference) becomes 1×1. */
export function toGrid(value: unknown, arg: string): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) reject(arg, "expected_range");
  const size = value.length * (Array.isArray(value[0]) ? value[0].length : 1);
  if (size > maxCells(arg)) reject(arg, "too_many_cells", { cells: thousands(size), max: thousands(maxCells(arg)) });
  const grid = value.map((row) => (Array.isArray(row) ? row : [row]));
  // Excel passes rectangles; a ragged or empty row (from a script) has no cell layout to spill a result into.
  const width = grid[0]!.length;
  if (width === 0 || grid.some((row) => row.length !== width)) reject(arg, "expected_range");
  return grid;
}

/** Returns 1048576 as "1,048,576". */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ",");
}

/** Returns the shape of a grid. */
export function shapeOf(grid: readonly (readonly unknown[])[]): Shape {
  return { rows: grid.length, columns: grid[0]?.length ?? 0 };
}

/**
 * Returns a range's cells row by row as numbers, blanks as null (Excel passes null on the web and "" or 0 on
 * desktop; 0 stays 0). Text that is not a number stops the wrapper, naming the cell.
 */
export function toNumberCells(value: unknown, arg: string): { cells: (number | null)[]; shape: Shape } {
  const grid = toGrid(value, arg);
  const shape = shapeOf(grid);
  const cells: (number | null)[] = new Array(shape.rows * shape.columns);
  let k = 0;
  for (const row of grid) {
    for (const cell of row) {
      if (typeof cell === "number" && Number.isFinite(cell)) cells[k] = cell;
      else if (isBlank(cell)) cells[k] = null;
      else {
        const n = numberOf(cell);
        if (n === undefined) reject(arg, "expected_number_cell", { cell: k + 1, got: cell });
        cells[k] = n;
      }
      k += 1;
    }
  }
  cells.length = k;
  return { cells, shape };
}

/** Returns the numbers in a range, blanks left out; stops the wrapper when there are none. */
export function toNumbers(value: unknown, arg: string): number[] {
  const out = toNumberCells(value, arg).cells.filter((c): c is number => c !== null);
  if (out.length === 0) reject(arg, "empty_range");
  return out;
}

/** Returns a range's cells row by row as trimmed text, blanks as null. */
export function toTextCells(value: unknown, arg: string): (string | null)[] {
  const out: (string | null)[] = [];
  for (const row of toGrid(value, arg)) {
    for (const cell of row) {
      if (isBlank(cell)) out.push(null);
      else if (typeof cell === "string") out.push(cell.trim());
      else if (typeof cell === "number") out.push(String(cell));
      else reject(arg, "expected_text", { got: cell });
    }
  }
  return out;
}

const listSeparator = /[,，;；、\n]/;

/**
 * Returns a list given as a range or as separated text in one cell ("关键,重点,一般,维持"); blanks are left out.
 * Undefined when the argument is omitted or blank.
 */
export function toTextList(value: unknown, arg: string): string[] | undefined {
  const cells = toTextCells(value, arg).filter((c): c is string => c !== null);
  if (cells.length === 0) return undefined;
  const parts = cells.length === 1 ? cells[0]!.split(listSeparator) : cells;
  const out = parts.map((p) => p.trim()).filter((p) => p !== "");
  return out.length ? out : undefined;
}

/** Returns a list of numbers given as a range or as comma text ("0.8,0.95", "80%,95%"); undefined when omitted. */
export function toNumberList(value: unknown, arg: string, example: string): number[] | undefined {
  const grid = toGrid(value, arg);
  const cells = grid.flat().filter((c) => !isBlank(c));
  if (cells.length === 0) return undefined;
  const parts = cells.length === 1 && typeof cells[0] === "string" ? cells[0].split(listSeparator) : cells;
  return parts.map((p) => {
    const n = numberOf(p);
    if (n === undefined) reject(arg, "expected_numbers", { got: cells.length === 1 ? cells[0] : p, example });
    return n;
  });
}

/**
 * Returns the canonical choice a text argument names, case-insensitively, through `choices` (spelling → value,
 * e.g. { value: "value", 金额: "value" }); `fallback` when omitted or blank.
 */
export function toChoice<T extends string>(
  cell: unknown,
  arg: string,
  choices: Readonly<Record<string, T>>,
  fallback: T,
): T;
export function toChoice<T extends string>(
  cell: unknown,
  arg: string,
  choices: Readonly<Record<string, T>>,
): T | undefined;
export function toChoice<T extends string>(
  cell: unknown,
  arg: string,
  choices: Readonly<Record<string, T>>,
  fallback?: T,
): T | undefined {
  const text = toOptionalText(cell, arg);
  if (text === undefined) return fallback;
  const key = text.toLowerCase();
  for (const [spelling, choice] of Object.entries(choices)) if (spelling.toLowerCase() === key) return choice;
  return reject(arg, "unknown_choice", { got: text, options: [...new Set(Object.keys(choices))].join(", ") });
}

/**
 * Returns option text such as "boundary=crossingIncluded;ties=group" as key → text pairs; undefined when omitted.
 * Only the syntax is read here: which keys and values are valid is the engine's business.
 */
export function toOptionText(cell: unknown, arg: string, example: string): Record<string, string> | undefined {
  const text = toOptionalText(cell, arg);
  if (text === undefined) return undefined;
  const out: Record<string, string> = {};
  for (const part of text.split(/[;；\n]/)) {
    if (!part.trim()) continue;
    const match = /^\s*([A-Za-z][\w.]*)\s*[=:：＝]\s*(.*?)\s*$/.exec(part);
    if (!match || match[2] === "") reject(arg, "bad_option_text", { got: text, example });
    out[match[1]!] = match[2]!;
  }
  return out;
}

/** Stops the wrapper unless two ranges have the same number of cells. */
export function requireSameSize(count: number, arg: string, expected: number, other: string): void {
  if (count !== expected) reject(arg, "size_mismatch", { got: count, expected, other });
}

/** Returns `values` (row by row) in the given shape, for a spilled result the same shape as its input. */
export function reshape<T>(values: readonly T[], shape: Shape): T[][] {
  const out: T[][] = [];
  for (let r = 0; r < shape.rows; r += 1) out.push(values.slice(r * shape.columns, (r + 1) * shape.columns));
  return out;
}

/** Returns a spilled column; null becomes "" because Excel would show a returned null as 0. */
export function toColumn<T>(values: readonly (T | null | undefined)[]): (T | "")[][] {
  return values.map((v) => [v ?? ""]);
}
