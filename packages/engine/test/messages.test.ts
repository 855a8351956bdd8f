import { describe, expect, it } from "vitest";
import { formatIssue, formatMessage, issue, messages } from "../src/index.ts";
import { tieringMessages } from "../src/messages/tiering.ts";
import { atPath, issueFrom } from "../src/result.ts";

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

  it("issueFrom(table) builds the table's codes and the common ones, each with its English message", () => {
    const tieringIssue = issueFrom(tieringMessages);
    expect(tieringIssue("tier_zero_total", ["values"])).toEqual({
      code: "tier_zero_total",
      path: ["values"],
      message: "values: the values sum to 0, so cumulative shares are undefined (every value is 0)",
    });
    expect(tieringIssue("not_finite", ["values", 2], { received: "NaN" })).toEqual(
      issue("not_finite", ["values", 2], { received: "NaN" }),
    );
  });

  it("atPath(issue, path) moves an issue and rewrites the path its message starts with", () => {
    const moved = atPath(issue("too_small", ["values", 3], { minimum: 0 }), ["rows", 3, "revenue"]);
    expect(moved).toEqual({
      code: "too_small",
      path: ["rows", 3, "revenue"],
      message: "rows[3].revenue: must be at least 0",
      params: { minimum: 0 },
    });
  });

  it("every area's table is registered, so formatMessage knows every code of messages", () => {
    const unknown = Object.keys(messages).filter((code) => formatMessage(code, {}, "en") === code);
    expect(unknown).toEqual([]);
    expect(formatMessage("no_such_code")).toBe("no_such_code");
    expect(formatMessage("__proto__")).toBe("__proto__");
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
