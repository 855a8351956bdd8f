/**
 * Runs every ```ts block of packages/engine/README.md, so the README's examples stay true.
 *
 * Convention (also stated in the README):
 * - Each ```ts block is a standalone ES module; `from "@keylens/engine"` is pointed at src/index.ts.
 * - A top-level expression statement followed by a `// => expected` comment is checked: `expected` is a JavaScript
 *   expression (it may continue on the following `//` lines until it parses), and the statement's value must equal it
 *   by vitest's `toStrictEqual` (deep, types and undefined fields included).
 * - A block with no `// =>` must still run without throwing, and every block must typecheck (strict, as the engine).
 *   Other fences (```json, ```sh) are not run.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const README = fileURLToPath(new URL("../README.md", import.meta.url));
const ENGINE_INDEX = fileURLToPath(new URL("../src/index.ts", import.meta.url));
const BASE_TSCONFIG = fileURLToPath(new URL("../../../tsconfig.base.json", import.meta.url));
const EXPECT_MARK = /^\/\/\s*=>\s?/;

interface Block {
  /** 1-based README line of the block's first code line. */
  readonly line: number;
  readonly code: string;
  /** The nearest heading above the block, for the test title. */
  readonly heading: string;
}

interface Check {
  readonly readmeLine: number;
  readonly actual: unknown;
  readonly expected: unknown;
}

/** Returns the ```ts blocks of `markdown` with their line numbers and headings. */
export function tsBlocks(markdown: string): Block[] {
  const lines = markdown.split("\n");
  const blocks: Block[] = [];
  let heading = "(top)";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^#{1,6} /.test(line)) heading = line.replace(/^#+ /, "");
    if (line.trim() !== "```ts") continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end]!.trim() !== "```") end++;
    blocks.push({ line: start + 1, code: lines.slice(start, end).join("\n"), heading });
    i = end;
  }
  return blocks;
}

function parses(expression: string): boolean {
  const out = ts.transpileModule(`(${expression});`, { reportDiagnostics: true });
  return (out.diagnostics ?? []).length === 0;
}

/**
 * Returns the block rewritten so that each `statement; // => expected` reports both values through
 * `globalThis.__readmeCheck(line, () => statement, () => expected)`, and its engine import points at src/.
 */
export function instrument(block: Block): string {
  const code = block.code;
  const lines = code.split("\n");
  const source = ts.createSourceFile("block.ts", code, ts.ScriptTarget.Latest, true);
  const edits: { start: number; end: number; text: string }[] = [];
  const used = new Set<number>();
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line;
  const markAt = (line: number) => /\/\/\s*=>/.exec(lines[line] ?? "");
  for (const statement of source.statements) {
    // The expected value sits after the statement on its last line, or alone on the next line.
    const last = lineOf(statement.end);
    const sameLine = ts.getTrailingCommentRanges(code, statement.end)?.[0];
    let markLine: number | undefined;
    if (sameLine && EXPECT_MARK.test(code.slice(sameLine.pos, sameLine.end))) markLine = last;
    else if (!sameLine && /^\s*\/\/\s*=>/.test(lines[last + 1] ?? "")) markLine = last + 1;
    if (markLine === undefined) continue;
    const readmeLine = block.line + markLine;
    if (!ts.isExpressionStatement(statement)) {
      throw new Error(`README line ${readmeLine}: "// =>" must follow an expression statement`);
    }
    used.add(markLine);
    let expected = lines[markLine]!.slice(markAt(markLine)!.index).replace(EXPECT_MARK, "");
    for (let l = markLine + 1; !parses(expected) && l < lines.length; l++) {
      const next = lines[l]!.trim();
      if (!next.startsWith("//") || markAt(l)) break;
      expected += "\n" + next.slice(2);
    }
    if (!parses(expected)) throw new Error(`README line ${readmeLine}: the text after "// =>" is not an expression`);
    const expression = statement.expression.getText(source);
    edits.push({
      start: statement.getStart(source),
      end: statement.end,
      text: `globalThis.__readmeCheck(${readmeLine}, () => (${expression}), () => (${expected}));`,
    });
  }
  lines.forEach((_, l) => {
    if (markAt(l) && !used.has(l)) {
      throw new Error(`README line ${block.line + l}: "// =>" follows no expression statement`);
    }
  });
  let out = code;
  for (const e of edits.reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out.replaceAll('from "@keylens/engine"', `from ${JSON.stringify(ENGINE_INDEX)}`);
}

const blocks = tsBlocks(readFileSync(README, "utf8"));
const dir = mkdtempSync(join(tmpdir(), "keylens-readme-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// Transforming the engine once up front keeps the first block from paying for it on a loaded machine.
beforeAll(() => import(ENGINE_INDEX), 120_000);
// Limits, not expectations: a few blocks build the 300-customer sample book.
const BLOCK_TIMEOUT_MS = 60_000;

async function run(block: Block, index: number): Promise<Check[]> {
  const checks: Check[] = [];
  (globalThis as { __readmeCheck?: unknown }).__readmeCheck = (
    readmeLine: number,
    actual: () => unknown,
    expected: () => unknown,
  ) => checks.push({ readmeLine, actual: actual(), expected: expected() });
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `block-${index}.ts`);
  writeFileSync(file, instrument(block));
  await import(/* @vite-ignore */ file);
  return checks;
}

describe("README.md examples", () => {
  it("README.md has ts examples with checked outputs", () => {
    expect(blocks.length).toBeGreaterThan(20);
    expect(blocks.filter((b) => /\/\/\s*=>/.test(b.code)).length).toBeGreaterThan(20);
  });

  it.each(blocks.map((b, i) => [`line ${b.line} (${b.heading})`, b, i] as const))(
    "README example at %s gives the outputs it shows",
    async (_title, block, index) => {
      const checks = await run(block, index);
      for (const c of checks) expect(c.actual, `README line ${c.readmeLine}`).toStrictEqual(c.expected);
    },
    BLOCK_TIMEOUT_MS,
  );

  it("README.md examples typecheck against the engine's types", () => {
    const files = blocks.map((b, i) => {
      const file = join(dir, `typed-${i}.ts`);
      writeFileSync(
        file,
        b.code.replaceAll('from "@keylens/engine"', `from ${JSON.stringify(ENGINE_INDEX)}`) + "\nexport {};\n",
      );
      return { file, line: b.line };
    });
    const base = ts.readConfigFile(BASE_TSCONFIG, (f) => ts.sys.readFile(f)).config as { compilerOptions: object };
    const { options } = ts.convertCompilerOptionsFromJson(base.compilerOptions, dirname(BASE_TSCONFIG));
    const program = ts.createProgram(
      files.map((f) => f.file),
      { ...options, lib: ["lib.es2022.d.ts"], types: [], noEmit: true },
    );
    const errors = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file && files.some((f) => f.file === d.file!.fileName))
      .map((d) => {
        const at = files.find((f) => f.file === d.file!.fileName)!;
        const { line } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
        return `README line ${at.line + line}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
      });
    expect(errors).toEqual([]);
  }, 120_000);

  it('instrument() checks a "// =>" whose expected value spans several comment lines', () => {
    const code = ["const a = [1, 2];", "a.map((x) => ({ x })); // => [{ x: 1 },", "//    { x: 2 }]"].join("\n");
    expect(instrument({ line: 10, code, heading: "t" })).toContain(
      "globalThis.__readmeCheck(11, () => (a.map((x) => ({ x }))), () => ([{ x: 1 },\n    { x: 2 }]));",
    );
  });

  it('instrument() checks a "// =>" on the line after its statement', () => {
    const code = ["[1, 2].map((x) => x * 2);", "// => [2, 4]"].join("\n");
    expect(instrument({ line: 1, code, heading: "t" })).toContain(
      "globalThis.__readmeCheck(2, () => ([1, 2].map((x) => x * 2)), () => ([2, 4]));",
    );
  });

  it('instrument() rejects a "// =>" after a declaration or with no statement', () => {
    expect(() => instrument({ line: 1, code: "const a = 1; // => 1", heading: "t" })).toThrow(/expression statement/);
    expect(() => instrument({ line: 1, code: "// => 1", heading: "t" })).toThrow(/follows no expression statement/);
  });
});
