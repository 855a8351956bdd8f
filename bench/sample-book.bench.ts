// Generating the sample customer book: 10,000 customers with 24 months of readings each.
import { sampleBook } from "../packages/engine/src/index.ts";
import { agree, benchmark, grouped } from "./harness.ts";

export const benchmarks = [
  benchmark<number>({
    name: "sample-book 10k",
    size: 10_000,
    what: "sampleBook({customers: 10000}): names, revenue, 24 monthly volumes/profits, transformers and readings",
    prepare: (size) => size,
    check: (customers) => {
      const a = sampleBook({ customers });
      const b = sampleBook({ customers });
      agree(a.success && b.success, "sampleBook failed");
      agree(JSON.stringify(a.data) === JSON.stringify(b.data), "the same seed gave two different books");
      return `${grouped(a.data.customers.length)} customers, identical on a second run`;
    },
    run: (customers) => sampleBook({ customers }),
    targets: { maxMs: 1000 },
  }),
];
