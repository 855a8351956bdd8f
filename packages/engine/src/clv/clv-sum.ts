import * as z from "zod/mini";
import { fail, ok, parseWith, type Issue, type Result, type Warning } from "../result.ts";
import { issue } from "./issue.ts";
import { Accessor } from "../rfm/rfm-options.ts";
import { tooManyItems } from "../limits.ts";

const ClvMeasure = z.union([
  z.string().check(z.minLength(1)),
  z.strictObject({
    field: Accessor,
    label: z.optional(z.string().check(z.minLength(1))),
    weight: z._default(z.number(), 1),
  }),
]);

const ClvSumOptions = z.strictObject({
  id: z._default(Accessor, "id"),
  measures: z._default(z.array(ClvMeasure).check(z.minLength(1)), ["currentContribution", "potentialContribution"]),
  missing: z._default(z.enum(["exclude", "zero", "error"]), "exclude"),
});

/**
 * Options of {@link clvSum}: `id` (field or accessor, defaults to "id"), `measures` (field names, or
 * `{field, label?, weight?}` with weight defaulting to 1; defaults to ["currentContribution",
 * "potentialContribution"]) and `missing` (`"exclude"`, the default, `"zero"` or `"error"`).
 */
export type ClvSumOptions = z.input<typeof ClvSumOptions>;

/** One measure's part of a customer's value. */
export interface ClvContribution {
  readonly measure: string;
  readonly value: number;
  readonly weight: number;
  /** weight × value. */
  readonly contribution: number;
}

/** The summed customer lifetime value of every customer. */
export interface ClvSumResult {
  readonly customers: readonly {
    readonly id: string | number;
    readonly index: number;
    readonly clv: number;
    readonly contributions: readonly ClvContribution[];
  }[];
  readonly measures: readonly { readonly measure: string; readonly weight: number; readonly total: number }[];
  readonly total: number;
  readonly excluded: readonly { readonly index: number; readonly id: string | number; readonly reason: string }[];
}

const MAX_ROW_ISSUES = 20;

/**
 * Returns each customer's lifetime value (客户终身价值) as the seed defines it, current contribution + potential
 * contribution (domain/tiering.md §2.9), generalised to a weighted sum of named measures, with the per-measure
 * breakdown. Negative contributions (profit after costs) are summed as they are, with a warning.
 */
export function clvSum(customers: readonly unknown[], options: ClvSumOptions = {}): Result<ClvSumResult> {
  const tooMany = tooManyItems(customers, ["customers"]);
  if (tooMany) return fail([tooMany]);
  const opts = parseWith(ClvSumOptions, options, ["options"]);
  if (!opts.success) return opts.result;
  if (!Array.isArray(customers)) {
    return fail([issue("invalid_type", ["customers"], { expected: "array", received: typeof customers })]);
  }
  if (customers.length === 0) return fail([issue("empty_input", ["customers"])]);
  const { missing } = opts.data;
  const measures = opts.data.measures.map((m, j) => {
    if (typeof m === "string") return { field: m as Accessor, name: m, weight: 1 };
    const name = m.label ?? (typeof m.field === "string" ? m.field : `#${j + 1}`);
    return { field: m.field, name, weight: m.weight };
  });
  const read = (a: Accessor, row: unknown, i: number) =>
    typeof a === "function" ? a(row, i) : (row as Record<string, unknown>)[a];
  const issues: Issue[] = [];
  const out: ClvSumResult["customers"][number][] = [];
  const excluded: ClvSumResult["excluded"][number][] = [];
  const totals = measures.map(() => 0);
  let negatives = 0;
  let zeroed = 0;
  customers.forEach((row, i) => {
    if (issues.length >= MAX_ROW_ISSUES) return;
    if (typeof row !== "object" || row === null) {
      issues.push(issue("invalid_type", ["customers", i], { expected: "object", received: String(row) }));
      return;
    }
    const rawId = read(opts.data.id, row, i);
    const id = typeof rawId === "string" || typeof rawId === "number" ? rawId : i;
    const contributions: ClvContribution[] = [];
    let blank = false;
    let negative = false;
    measures.forEach((m) => {
      const v = read(m.field, row, i);
      const path = ["customers", i, typeof m.field === "string" ? m.field : m.name];
      let value: number;
      if (v === null || v === undefined || v === "") {
        if (missing === "error") issues.push(issue("invalid_type", path, { expected: "number", received: "blank" }));
        if (missing !== "zero") {
          blank = true;
          return;
        }
        zeroed++;
        value = 0;
      } else if (typeof v !== "number") {
        issues.push(issue("invalid_type", path, { expected: "number", received: typeof v }));
        return;
      } else if (!Number.isFinite(v)) {
        issues.push(issue("not_finite", path, { received: String(v) }));
        return;
      } else value = v;
      if (value < 0) negative = true;
      contributions.push({ measure: m.name, value, weight: m.weight, contribution: m.weight * value });
    });
    if (blank) {
      excluded.push({ index: i, id, reason: "missing" });
      return;
    }
    if (contributions.length !== measures.length) return;
    if (negative) negatives++;
    contributions.forEach((c, j) => (totals[j]! += c.contribution));
    out.push({ id, index: i, clv: contributions.reduce((s, c) => s + c.contribution, 0), contributions });
  });
  if (issues.length) return fail(issues);
  if (out.length === 0) return fail([issue("empty_input", ["customers"])]);
  // Finite contributions can still sum past 1e308 (two customers of 1e308): fail, never ∞ as a value.
  if (!totals.every(Number.isFinite) || !out.every((c) => Number.isFinite(c.clv))) {
    return fail([issue("not_finite", ["customers"], { received: "Σ = ∞" })]);
  }
  const warnings: Warning[] = [];
  if (excluded.length) warnings.push(issue("clv_missing_excluded", ["customers"], { count: excluded.length }));
  if (zeroed) warnings.push(issue("clv_missing_as_zero", ["customers"], { count: zeroed }));
  if (negatives) warnings.push(issue("clv_negative_values", ["customers"], { count: negatives }));
  return ok(
    {
      customers: out,
      measures: measures.map((m, j) => ({ measure: m.name, weight: m.weight, total: totals[j]! })),
      total: totals.reduce((s, t) => s + t, 0),
      excluded,
    },
    warnings,
  );
}
