import { describe, expect, it } from "vitest";
import { formatIssue, issue, messages } from "../src/index.ts";

describe("messages", () => {
  it.each(Object.keys(messages))("messages[%s] has non-empty zh-CN and en text", (code) => {
    const entry = messages[code as keyof typeof messages];
    const params = { path: "x", expected: 1, received: 2, minimum: 0, maximum: 1, options: "a", keys: "k" };
    expect(entry["zh-CN"](params).length).toBeGreaterThan(0);
    expect(entry.en(params).length).toBeGreaterThan(0);
    expect(entry["zh-CN"](params)).not.toEqual(entry.en(params));
  });

  it("issue(code, path, params) fills the English message and formatIssue gives zh-CN", () => {
    const i = issue("too_small", ["customers", 3, "revenue"], { minimum: 0 });
    expect(i.message).toBe("customers[3].revenue: must be at least 0");
    expect(formatIssue(i, "zh-CN")).toBe("customers[3].revenue: 应不小于 0");
  });
});

describe("parseWith", () => {
  it("parseWith(schema, NaN) reports not_finite with the received value, not 'undefined'", async () => {
    const { z } = await import("zod");
    const { parseWith } = await import("../src/index.ts");
    const r = parseWith(z.object({ rate: z.number() }), { rate: Number.NaN }, ["input"]);
    expect(r.success).toBe(false);
    if (r.success || r.result.success) throw new Error("expected failure");
    expect(r.result.issues[0]).toMatchObject({ code: "not_finite", path: ["input", "rate"] });
    expect(r.result.issues[0]!.message).toBe("input.rate: expected a finite number, got NaN");
  });
});
