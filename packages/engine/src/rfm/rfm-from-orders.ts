import * as z from "zod/mini";
import { fail, ok, parseWith, type Issue, type Result, type Warning } from "../result.ts";
import { issue } from "./issue.ts";
import { Accessor, RfmScoreOptions } from "./rfm-options.ts";
import { scoreRfmRows, type RfmResult, type RfmRow } from "./rfm-rows.ts";
import { readPopulation } from "./rfm-scores.ts";
import { tooManyItems } from "../limits.ts";

const RfmFromOrdersOptions = z.extend(RfmScoreOptions, {
  // Checked by hand so that a missing or malformed date gets one clear issue instead of a union error.
  asOf: z.unknown(),
  fields: z._default(
    z.strictObject({
      customerId: z.optional(Accessor),
      date: z.optional(Accessor),
      amount: z.optional(Accessor),
      orderId: z.optional(Accessor),
    }),
    {},
  ),
  monetaryAggregate: z._default(z.enum(["total", "mean"]), "total"),
});

/**
 * Options of {@link rfmFromOrders}: `asOf` (required, "YYYY-MM-DD" or a Date read in UTC; never defaults to today),
 * `fields` for `customerId`, `date`, `amount` and the optional `orderId` (defaults to those names),
 * `monetaryAggregate` `"total"` (the default) or `"mean"` per order, plus the scoring options of rfmScores.
 */
export type RfmFromOrdersOptions = Omit<z.input<typeof RfmFromOrdersOptions>, "asOf"> & { asOf: string | Date };

/** RFM scores from order rows, with each customer's aggregates. */
export interface RfmFromOrdersResult extends RfmResult {
  readonly asOf: string;
  readonly aggregates: readonly {
    readonly id: string | number;
    readonly lastOrderDate: string;
    readonly orderCount: number;
    readonly totalAmount: number;
  }[];
  readonly orders: { readonly used: number; readonly excludedAfterAsOf: number };
}

const DAY_MS = 86_400_000;
const MAX_ROW_ISSUES = 20;

/**
 * Returns RFM scores from order rows `{customerId, date, amount, orderId?}` aggregated per customer as of `asOf`:
 * R = whole days from the last order to `asOf`, F = distinct orders (distinct `orderId`s, or rows when there is no
 * order id), M = the total amount, or the mean per order with `monetaryAggregate: "mean"` (domain/tiering.md §2.5).
 * Orders dated after `asOf` are left out with a warning. Scoring options as in {@link rfmScores}.
 */
export function rfmFromOrders(orders: readonly unknown[], options: RfmFromOrdersOptions): Result<RfmFromOrdersResult> {
  const tooMany = tooManyItems(orders, ["orders"]);
  if (tooMany) return fail([tooMany]);
  const opts = parseWith(RfmFromOrdersOptions, options, ["options"]);
  if (!opts.success) return opts.result;
  if (!Array.isArray(orders)) {
    return fail([issue("invalid_type", ["orders"], { expected: "array", received: typeof orders })]);
  }
  const { asOf, fields, monetaryAggregate, ...settings } = opts.data;
  if (asOf === undefined || asOf === null || asOf === "") {
    return fail([
      issue("invalid_type", ["options", "asOf"], { expected: "date (YYYY-MM-DD)", received: String(asOf) }),
    ]);
  }
  const asOfDay = asOf instanceof Date || typeof asOf === "string" ? dayNumber(asOf) : null;
  if (asOfDay === null) return fail([issue("rfm_invalid_date", ["options", "asOf"], { received: shown(asOf) })]);
  const accessors = {
    customerId: fields.customerId ?? "customerId",
    date: fields.date ?? "date",
    amount: fields.amount ?? "amount",
    orderId: fields.orderId ?? "orderId",
  };
  const issues: Issue[] = [];
  const warnings: Warning[] = [];
  const byCustomer = new Map<
    string | number,
    { index: number; lastDay: number; orderIds: Set<unknown>; rows: number; total: number }
  >();
  let after = 0;
  let used = 0;
  orders.forEach((row, i) => {
    if (issues.length >= MAX_ROW_ISSUES) return;
    if (typeof row !== "object" || row === null) {
      issues.push(issue("invalid_type", ["orders", i], { expected: "object", received: String(row) }));
      return;
    }
    const read = (key: keyof typeof accessors) => {
      const a = accessors[key];
      return typeof a === "function" ? a(row, i) : (row as Record<string, unknown>)[a];
    };
    const at = (key: keyof typeof accessors) => [
      "orders",
      i,
      typeof accessors[key] === "string" ? accessors[key] : key,
    ];
    const id = read("customerId");
    const date = read("date");
    const amount = read("amount");
    const rowIssues: Issue[] = [];
    if (!(typeof id === "string" && id !== "") && !(typeof id === "number" && Number.isFinite(id))) {
      rowIssues.push(issue("invalid_type", at("customerId"), { expected: "string", received: shown(id) }));
    }
    const day = date instanceof Date || typeof date === "string" ? dayNumber(date) : null;
    if (day === null) rowIssues.push(issue("rfm_invalid_date", at("date"), { received: shown(date) }));
    if (typeof amount !== "number") {
      rowIssues.push(issue("invalid_type", at("amount"), { expected: "number", received: shown(amount) }));
    } else if (!Number.isFinite(amount))
      rowIssues.push(issue("not_finite", at("amount"), { received: String(amount) }));
    if (rowIssues.length) {
      issues.push(...rowIssues);
      return;
    }
    if ((day as number) > asOfDay) {
      after++;
      return;
    }
    used++;
    const key = id as string | number;
    const agg = byCustomer.get(key) ?? { index: i, lastDay: -Infinity, orderIds: new Set(), rows: 0, total: 0 };
    agg.lastDay = Math.max(agg.lastDay, day as number);
    const orderId = read("orderId");
    if (orderId !== undefined && orderId !== null && orderId !== "") agg.orderIds.add(orderId);
    agg.rows++;
    agg.total += amount as number;
    byCustomer.set(key, agg);
  });
  if (issues.length) return fail(issues);
  const asOfText = isoDay(asOfDay);
  if (after) warnings.push(issue("rfm_orders_after_as_of", ["orders"], { count: after, asOf: asOfText }));
  const rows: RfmRow[] = [];
  const aggregates: RfmFromOrdersResult["aggregates"][number][] = [];
  for (const [id, agg] of byCustomer) {
    const frequency = agg.orderIds.size > 0 ? agg.orderIds.size : agg.rows;
    const monetary = monetaryAggregate === "mean" ? agg.total / frequency : agg.total;
    rows.push({ id, index: agg.index, recencyDays: asOfDay - agg.lastDay, frequency, monetary });
    aggregates.push({ id, lastOrderDate: isoDay(agg.lastDay), orderCount: frequency, totalAmount: agg.total });
  }
  const negative = rows.filter((r) => r.monetary < 0).length;
  if (negative) warnings.push(issue("rfm_negative_monetary", ["orders"], { count: negative }));
  const population = settings.population ? readPopulation(settings.population, issues, warnings) : null;
  if (issues.length) return fail(issues);
  if (rows.length === 0) return fail([issue("empty_input", ["orders"])]);
  const scored = scoreRfmRows(rows, settings, population, warnings, []);
  if (!scored.success) return scored;
  return ok(
    { ...scored.data, asOf: asOfText, aggregates, orders: { used, excludedAfterAsOf: after } },
    scored.warnings,
  );
}

/** Returns whole days since 1970-01-01 of a "YYYY-MM-DD…" text or a Date (UTC), or null when it is not a date. */
function dayNumber(value: string | Date): number | null {
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isFinite(t) ? Math.floor(t / DAY_MS) : null;
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const check = new Date(t);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return t / DAY_MS;
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function shown(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value);
  return typeof value;
}
