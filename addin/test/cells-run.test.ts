// cells.ts run(): the wrapper every custom function goes through. Its last guard turns a NaN or ∞ that reached a
// result into #NUM! with a message (the engine reports overflow itself; the fuzz test fails if this guard fires).
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../src/functions/cells.ts";
import { errorCodes, FakeExcelError } from "./built-functions.ts";

beforeAll(() => {
  (globalThis as Record<string, unknown>).CustomFunctions = { Error: FakeExcelError, ErrorCode: errorCodes };
});

describe("run(id, body)", () => {
  it.each<[string, () => unknown]>([
    ["a number", () => Infinity],
    [
      "a spilled cell",
      () => [
        [1, "A"],
        [NaN, "B"],
      ],
    ],
  ])("turns a non-finite result in %s into #NUM! with a message", (_, body) => {
    const out = run("BASIC_FEE", body) as unknown as FakeExcelError;
    expect(out).toBeInstanceOf(FakeExcelError);
    expect([out.code, out.message]).toEqual(["#NUM!", "BASIC_FEE（基本电费）：结果超出数值范围（溢出）"]);
  });

  it("returns finite numbers, text and spills unchanged", () => {
    const spill = [
      [1, "A"],
      [-0, ""],
    ];
    expect(run("PARETO", () => spill)).toBe(spill);
    expect(run("BASIC_FEE", () => 6300)).toBe(6300);
  });
});
