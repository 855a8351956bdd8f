import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkBill, computeBill, type BillInput } from "../../src/index.ts";
import { data } from "./helpers.ts";

const doc = readFileSync(new URL("../../docs/billing.md", import.meta.url), "utf8");
const examples = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as BillInput);

describe("docs/billing.md examples", () => {
  it("docs/billing.md holds two complete bill examples", () => {
    expect(examples.map((e) => e.id)).toEqual(["2024-06-capacity", "2024-07-demand"]);
  });

  it("computeBill(example 1) is 62823.37 with the suspended T1 charged 10 days", () => {
    const r = computeBill(examples[0]!);
    const bill = data(r);
    expect(bill.totalYuan).toBe(62823.37);
    expect(bill.lines.map((l) => [l.id, l.amountYuan])).toEqual([
      ["basic", 5000],
      ["basic:2", 2100],
      ["energy:single", 53320],
      ["pf", -90.63],
      ["surcharge:政府性基金及附加", 2494],
    ]);
    expect(r.success && r.warnings).toEqual([]);
    expect(doc).toContain("**62823.37**");
  });

  it("computeBill(example 2) is 650903.90 with the excess above 105 % charged double", () => {
    const bill = data(computeBill(examples[1]!));
    expect(bill.totalYuan).toBe(650903.9);
    expect(bill.lines.map((l) => [l.id, l.quantity, l.amountYuan])).toEqual([
      ["basic", 2220, 62160],
      ["energy:peak", 300000, 270000],
      ["energy:valley", 249000, 74700],
      ["energy:flat", 349000, 209400],
      ["fixedLoad:照明", 2000, 1100],
      ["pf", 616260, 9243.9],
      ["surcharge:三峡基金", 900000, 6300],
      ["surcharge:农网还贷", 900000, 18000],
    ]);
    expect(bill.averagePriceYuanPerKwh!.toFixed(4)).toBe("0.7232");
    expect(doc).toContain("**650903.90**");
  });

  it("checkBill(example 2 printed with a 56000 basic fee) finds contract_without_surcharge", () => {
    const r = data(checkBill(examples[1]!, { lines: [{ line: "basic", amountYuan: 56000 }], totalYuan: 644651.5 }));
    expect(r.differences.map((d) => [d.line, d.likelyCause?.code])).toEqual([
      ["basic", "contract_without_surcharge"],
      ["total", "contract_without_surcharge"],
    ]);
  });
});
