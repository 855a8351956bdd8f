import { fail, ok, type Result } from "../result.ts";
import { issue } from "./issue.ts";
import type { SampleBook, SampleCustomer } from "./sample-book.ts";

/** The flat (non-array) columns of the CSV, in order. */
export const SAMPLE_CSV_COLUMNS = [
  "id",
  "name",
  "nameEn",
  "industry",
  "industryName",
  "city",
  "province",
  "region",
  "trajectory",
  "revenue",
  "grossProfit",
  "discounts",
  "financialCost",
  "marketingCost",
  "ordersPerYear",
  "shareOfWallet",
  "satisfaction",
  "cooperationYears",
  "industryPosition",
  "recencyDays",
  "supplyVoltageKv",
  "hvMotorKw",
  "billingBasis",
  "contractDemandKw",
  "ctRatio",
  "ptRatio",
  "pfStandard",
] as const satisfies readonly (keyof SampleCustomer)[];

/**
 * Returns the book's customers as CSV text (样例数据 CSV): a header row of {@link SAMPLE_CSV_COLUMNS}, then one row
 * per customer, flat fields only, null as an empty cell, lines ending in CRLF (RFC 4180). A text cell that starts
 * with =, +, -, @, tab or carriage return gets a leading single quote so spreadsheets do not run it as a formula
 * (OWASP "CSV injection"); numbers are written as numbers, negative ones included. Cells with a comma, quote or
 * line break are quoted, quotes doubled.
 */
export function sampleBookCsv(book: SampleBook): Result<string> {
  const customers = (book as { customers?: unknown } | null)?.customers;
  if (!Array.isArray(customers)) {
    return fail([issue("invalid_type", ["book", "customers"], { expected: "array", received: typeof customers })]);
  }
  const lines = [SAMPLE_CSV_COLUMNS.join(",")];
  for (const customer of customers as readonly Record<string, unknown>[]) {
    lines.push(SAMPLE_CSV_COLUMNS.map((column) => csvCell(customer?.[column])).join(","));
  }
  return ok(lines.join("\r\n") + "\r\n");
}

/** Returns one CSV cell for a value: numbers and booleans as written, text escaped and quoted as needed. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return String(value);
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
