import { describe, expect, it } from "vitest";
import { checkBill, computeBill, sampleBills, sampleBook, type Result } from "../../src/index.ts";

function data<T>(r: Result<T>): T {
  if (!r.success) throw new Error(`expected success, got ${JSON.stringify(r.issues)}`);
  return r.data;
}

const book = data(sampleBook());
const result = sampleBills(book);
const bills = data(result);

describe("sampleBills", () => {
  it("sampleBills(book) bills the last month for every customer with energy and skips the 3 dormant ones", () => {
    expect(bills.month).toBe("2026-10");
    expect(bills.bills).toHaveLength(297);
    expect(bills.skipped).toHaveLength(3);
    for (const id of bills.skipped) expect(book.customers.find((c) => c.id === id)!.trajectory).toBe("dormant");
    expect(result.success && result.warnings.map((w) => w.code)).toEqual(["sample_bills_skipped"]);
  });

  it("sampleBills(book) is deterministic", () => {
    expect(data(sampleBills(book))).toEqual(bills);
  });

  it("sampleBills(book) plants each of the four errors on 11 bills (15 % in all)", () => {
    const counts: Record<string, number> = {};
    for (const b of bills.bills)
      if (b.plantedError) counts[b.plantedError.code] = (counts[b.plantedError.code] ?? 0) + 1;
    expect(counts).toEqual({
      contract_without_surcharge: 11,
      sealed_charged: 11,
      pf_rounded_down: 11,
      surcharges_pf_adjusted: 11,
    });
  });

  it("sampleBills(book) gives inputs computeBill accepts, and right printed bills equal the computed total", () => {
    for (const b of bills.bills) {
      const bill = data(computeBill(b.input));
      const group = (line: string) => b.printed.lines!.find((l) => l.line === line)?.amountYuan;
      if (!b.plantedError) {
        expect(b.printed.totalYuan).toBe(bill.totalYuan);
        expect(group("basic")).toBe(bill.subtotals.basicYuan);
      } else expect(b.printed.totalYuan).not.toBe(bill.totalYuan);
    }
  });

  it("checkBill(input, printed) finds every planted error as a cause on its line and no difference elsewhere", () => {
    for (const b of bills.bills) {
      const check = data(checkBill(b.input, b.printed));
      if (!b.plantedError) {
        expect(check.matches, b.id).toBe(true);
        continue;
      }
      const onLine = check.differences.find((d) => d.line === b.plantedError!.line);
      expect(onLine, b.id).toBeDefined();
      expect(
        onLine!.causes.map((c) => c.code),
        b.id,
      ).toContain(b.plantedError.code);
    }
  });

  it("sampleBills(book, {month}) bills another month; a month outside the book fails", () => {
    expect(data(sampleBills(book, { month: "2025-02" })).bills[0]!.input.period).toEqual({
      start: "2025-02-01",
      end: "2025-02-28",
    });
    const r = sampleBills(book, { month: "2023-01" });
    expect(r.success ? null : r.issues[0]).toMatchObject({
      code: "sample_month_not_in_book",
      path: ["options", "month"],
    });
    const bad = sampleBills(book, { errorShare: 2 });
    expect(bad.success ? null : bad.issues[0]!.code).toBe("too_big");
  });

  it("sampleBills(book, {errorShare: 0}) prints every bill right", () => {
    expect(data(sampleBills(book, { errorShare: 0 })).bills.every((b) => b.plantedError === null)).toBe(true);
  });
});
