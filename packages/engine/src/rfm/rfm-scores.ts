import * as z from "zod/mini";
import { fail, parseWith, type Issue, type Result, type Warning } from "../result.ts";
import { issue } from "./issue.ts";
import { Accessor, RfmScoreOptions } from "./rfm-options.ts";
import { scoreRfmRows, type RfmDimensionName, type RfmResult, type RfmRow } from "./rfm-rows.ts";
import { tooManyItems } from "../limits.ts";

const RfmScoresOptions = z.extend(RfmScoreOptions, {
  fields: z._default(
    z.strictObject({
      id: z.optional(Accessor),
      recencyDays: z.optional(Accessor),
      frequency: z.optional(Accessor),
      monetary: z.optional(Accessor),
    }),
    {},
  ),
});

/**
 * Options of {@link rfmScores}: `fields` names the record fields (or accessor functions) for `id`, `recencyDays`,
 * `frequency` and `monetary` (defaults to those names), plus the scoring options shared with rfmFromOrders.
 */
export type RfmScoresOptions = z.input<typeof RfmScoresOptions>;

/** At most this many per-row issues are listed. */
const MAX_ROW_ISSUES = 20;

/**
 * Returns RFM scores (RFM 模型: recency 最近一次消费, frequency 消费频率, monetary 消费金额) of `customers`, each
 * `{id, recencyDays, frequency, monetary}`, with the cut points, actual bin counts and segment counts used
 * (domain/tiering.md §2.5). Options, with defaults: `method` `"quantile"` (R-7 quantiles at k/bins; also `"ntile"`,
 * `"percentileRank"`, `"custom"` with `cuts`, `"nested"`), `bins` 5 (2–9), `closed` `"right"` (v = cut goes to the
 * lower bin; `"left"` reproduces the rfm package's `[lower, upper)` on its +1 breaks), `population` (quantile cut
 * points from these value lists instead of from `customers`), `combine` `"digits"` (100R + 10F + M; `"weighted"`
 * uses `weights`, defaults to equal), `segments` (ordered rules, first match wins; defaults to
 * RFM_DEFAULT_SEGMENTS when there are 5 bins, none otherwise; null turns them off), `fallbackSegment` `"Others"`,
 * `missing` `"exclude"` (a customer missing R, F or M is left out and counted; `"error"` makes it an issue).
 * Recency is always reversed: fewer days → higher score.
 */
export function rfmScores(customers: readonly unknown[], options: RfmScoresOptions = {}): Result<RfmResult> {
  const tooMany = tooManyItems(customers, ["customers"]);
  if (tooMany) return fail([tooMany]);
  const opts = parseWith(RfmScoresOptions, options, ["options"]);
  if (!opts.success) return opts.result;
  if (!Array.isArray(customers)) {
    return fail([issue("invalid_type", ["customers"], { expected: "array", received: typeof customers })]);
  }
  const { fields, ...settings } = opts.data;
  const accessors: Record<"id" | "recencyDays" | "frequency" | "monetary", Accessor> = {
    id: fields.id ?? "id",
    recencyDays: fields.recencyDays ?? "recencyDays",
    frequency: fields.frequency ?? "frequency",
    monetary: fields.monetary ?? "monetary",
  };
  const issues: Issue[] = [];
  const warnings: Warning[] = [];
  const rows: RfmRow[] = [];
  const excluded: { index: number; id: string | number; reason: string }[] = [];
  const seen = new Map<string | number, number>();
  let negativeMonetary = 0;
  customers.forEach((record, i) => {
    if (issues.length >= MAX_ROW_ISSUES) return;
    if (typeof record !== "object" || record === null) {
      issues.push(issue("invalid_type", ["customers", i], { expected: "object", received: String(record) }));
      return;
    }
    const read = (key: keyof typeof accessors) => {
      const a = accessors[key];
      return typeof a === "function" ? a(record, i) : (record as Record<string, unknown>)[a];
    };
    const at = (key: keyof typeof accessors) => [
      "customers",
      i,
      typeof accessors[key] === "string" ? accessors[key] : key,
    ];
    const rawId = read("id");
    let id: string | number = i;
    if (typeof rawId === "string" || (typeof rawId === "number" && Number.isFinite(rawId))) id = rawId;
    else if (rawId !== undefined && rawId !== null) {
      issues.push(issue("invalid_type", at("id"), { expected: "string", received: typeof rawId }));
    }
    const first = seen.get(id);
    if (first !== undefined) issues.push(issue("rfm_duplicate_id", at("id"), { id: String(id), first }));
    else seen.set(id, i);
    const nums: Partial<Record<"recencyDays" | "frequency" | "monetary", number>> = {};
    let missing = false;
    for (const key of ["recencyDays", "frequency", "monetary"] as const) {
      const v = read(key);
      const checked = checkNumber(v, at(key), key !== "monetary");
      if (checked === "missing") {
        missing = true;
        if (settings.missing === "error") {
          issues.push(issue("invalid_type", at(key), { expected: "number", received: "blank" }));
        }
      } else if (typeof checked === "number") nums[key] = checked;
      else issues.push(checked);
    }
    if (missing) {
      excluded.push({ index: i, id, reason: "missing" });
      return;
    }
    if (nums.recencyDays === undefined || nums.frequency === undefined || nums.monetary === undefined) return;
    if (nums.monetary < 0) negativeMonetary++;
    rows.push({ id, index: i, recencyDays: nums.recencyDays, frequency: nums.frequency, monetary: nums.monetary });
  });
  if (issues.length) return fail(issues);
  if (excluded.length) warnings.push(issue("rfm_missing_excluded", ["customers"], { count: excluded.length }));
  if (negativeMonetary) warnings.push(issue("rfm_negative_monetary", ["customers"], { count: negativeMonetary }));
  const population = settings.population ? readPopulation(settings.population, issues, warnings) : null;
  if (issues.length) return fail(issues);
  return scoreRfmRows(rows, settings, population, warnings, excluded);
}

/** Returns the finite number `v`, "missing" for a blank cell, or the issue. */
export function checkNumber(
  v: unknown,
  path: readonly (string | number)[],
  nonNegative: boolean,
): number | "missing" | Issue {
  if (v === null || v === undefined || v === "") return "missing";
  if (typeof v !== "number") return issue("invalid_type", path, { expected: "number", received: typeof v });
  if (!Number.isFinite(v)) return issue("not_finite", path, { received: String(v) });
  if (nonNegative && v < 0) return issue("too_small", path, { minimum: 0, inclusive: true });
  return v;
}

/** Returns the population value lists with blanks dropped (and counted), or pushes issues. */
export function readPopulation(
  population: { recencyDays: unknown[]; frequency: unknown[]; monetary: unknown[] },
  issues: Issue[],
  warnings: Warning[],
  prefix: readonly (string | number)[] = ["options", "population"],
  names: Record<RfmDimensionName, string> = { recency: "recencyDays", frequency: "frequency", monetary: "monetary" },
): Record<RfmDimensionName, number[]> {
  const out = { recency: [] as number[], frequency: [] as number[], monetary: [] as number[] };
  const keys = { recency: "recencyDays", frequency: "frequency", monetary: "monetary" } as const;
  let blanks = 0;
  for (const d of ["recency", "frequency", "monetary"] as const) {
    const list = population[keys[d]];
    list.forEach((v, i) => {
      if (issues.length >= MAX_ROW_ISSUES) return;
      const checked = checkNumber(v, [...prefix, names[d], i], d !== "monetary");
      if (checked === "missing") blanks++;
      else if (typeof checked === "number") out[d].push(checked);
      else issues.push(checked);
    });
    if (out[d].length === 0 && !issues.length) issues.push(issue("empty_input", [...prefix, names[d]]));
  }
  if (blanks) warnings.push(issue("rfm_missing_excluded", [...prefix], { count: blanks }));
  return out;
}
