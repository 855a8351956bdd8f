// Writes the default sample book for demos: `pnpm exec tsx scripts/sample-data.ts <outDir> [--seed N] [--customers N]`.
// customers.json is the array of customers (what <keylens-dashboard src> reads); customers.csv has the flat columns;
// bills.json holds the last month's bill inputs and printed bills (15 % with a planted error) for the bill-check page.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatIssue, sampleBills, sampleBook, sampleBookCsv } from "../packages/engine/src/index.ts";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { seed: { type: "string" }, customers: { type: "string" } },
});
const outDir = resolve(positionals[0] ?? "sample-data");
const options = {
  ...(values.seed !== undefined ? { seed: Number(values.seed) } : {}),
  ...(values.customers !== undefined ? { customers: Number(values.customers) } : {}),
};

const book = sampleBook(options);
if (!book.success) {
  for (const i of book.issues) console.error(formatIssue(i, "en"));
  process.exit(1);
}
const csv = sampleBookCsv(book.data);
if (!csv.success) {
  for (const i of csv.issues) console.error(formatIssue(i, "en"));
  process.exit(1);
}
const bills = sampleBills(book.data);
if (!bills.success) {
  for (const i of bills.issues) console.error(formatIssue(i, "en"));
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "customers.json"), JSON.stringify(book.data.customers));
writeFileSync(join(outDir, "customers.csv"), "\uFEFF" + csv.data);
writeFileSync(join(outDir, "bills.json"), JSON.stringify(bills.data));
console.log(
  `sample book (seed ${book.data.seed}, ${book.data.customers.length} customers, ${book.data.months[0]}…${book.data.months.at(-1)}) → ${outDir}`,
);
