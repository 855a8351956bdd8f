import { describe, expect, it } from "vitest";
import { SAMPLE_CSV_COLUMNS, sampleBook, sampleBookCsv, type SampleBook } from "../../src/index.ts";

const book = (() => {
  const r = sampleBook({ customers: 20 });
  if (!r.success) throw new Error("expected success");
  return r.data;
})();

function csv(b: SampleBook): string {
  const r = sampleBookCsv(b);
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}

describe("sampleBookCsv", () => {
  it("sampleBookCsv(book) writes a header row and one CRLF row per customer with every flat column", () => {
    const lines = csv(book).split("\r\n");
    expect(lines[0]).toBe(SAMPLE_CSV_COLUMNS.join(","));
    expect(lines).toHaveLength(22);
    expect(lines[21]).toBe("");
    const first = book.customers[0]!;
    expect(lines[1]!.startsWith(`${first.id},${first.name},`)).toBe(true);
  });

  it("sampleBookCsv(book) prefixes a name starting with = by a quote and quotes cells with commas and quotes", () => {
    const c = book.customers[0]!;
    const evil = {
      ...book,
      customers: [{ ...c, name: '=HYPERLINK("http://x","点我")', nameEn: "-2+3", region: "@SUM(A1)" }],
    };
    const row = csv(evil).split("\r\n")[1]!;
    expect(row).toContain(`,"'=HYPERLINK(""http://x"",""点我"")",`);
    expect(row).toContain(",'-2+3,");
    expect(row).toContain(",'@SUM(A1),");
  });

  it("sampleBookCsv(book) writes numbers as numbers (negatives unquoted) and null as an empty cell", () => {
    const c = book.customers[0]!;
    const line = csv({ ...book, customers: [{ ...c, grossProfit: -1234, revenue: null }] }).split("\r\n")[1]!;
    const row = line.replace(/"[^"]*"/g, "quoted").split(",");
    expect(row[SAMPLE_CSV_COLUMNS.indexOf("grossProfit")]).toBe("-1234");
    expect(row[SAMPLE_CSV_COLUMNS.indexOf("revenue")]).toBe("");
  });

  it("sampleBookCsv(notABook) fails with invalid_type at book.customers", () => {
    const r = sampleBookCsv({} as SampleBook);
    expect(r.success ? null : r.issues[0]).toMatchObject({ code: "invalid_type", path: ["book", "customers"] });
  });
});
