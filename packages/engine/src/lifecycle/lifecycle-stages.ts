import { atPath, fail, ok, parseWith, type Issue, type Result, type Warning } from "../result.ts";
import { issue } from "./issue.ts";
import { LifecycleOptions } from "./lifecycle-options.ts";
import { lifecycleStage, type LifecycleStageResult } from "./lifecycle-stage.ts";
import type { LifecycleStageKey } from "./lifecycle-stage-data.ts";
import { tooManyItems } from "../limits.ts";

/** One customer's lifecycle stage, or the issues that kept it from getting one. */
export interface LifecycleStageRow {
  readonly index: number;
  readonly id?: unknown;
  /** The stage, or null when the customer's data is invalid. */
  readonly stage: LifecycleStageKey | null;
  readonly result: LifecycleStageResult | null;
  readonly warnings: readonly Warning[];
  readonly issues: readonly Issue[];
}

/** Lifecycle stages of many customers with the count per stage. */
export interface LifecycleStagesResult {
  readonly rows: readonly LifecycleStageRow[];
  /** The stage of every input customer (null when invalid), for spilling next to the input. */
  readonly stages: readonly (LifecycleStageKey | null)[];
  readonly counts: Readonly<Record<LifecycleStageKey, number>>;
  /** Customers whose data was invalid. */
  readonly invalid: number;
}

/** A customer record for `lifecycleStages`: period series oldest first, profits optional. */
export interface LifecycleCustomer {
  readonly id?: unknown;
  readonly volumes: readonly unknown[];
  readonly profits?: readonly unknown[] | null;
}

/**
 * Returns the lifecycle stage (生命周期阶段) of each customer record (`volumes`, optional `profits`, optional
 * `id`) with the count per stage; a customer with invalid data gets no stage and carries its issues (paths start
 * with `customers[i]`). Same options and defaults as `lifecycleStage`.
 */
export function lifecycleStages(
  customers: readonly LifecycleCustomer[],
  options: LifecycleOptions = {},
): Result<LifecycleStagesResult> {
  const tooMany = tooManyItems(customers, ["customers"]);
  if (tooMany) return fail([tooMany]);
  const opts = parseWith(LifecycleOptions, options, ["options"]);
  if (!opts.success) return opts.result;
  if (!Array.isArray(customers)) {
    return fail([issue("invalid_type", ["customers"], { expected: "array", received: typeof customers })]);
  }
  if (customers.length === 0) return fail([issue("empty_input", ["customers"])]);
  const counts: Record<LifecycleStageKey, number> = {
    exploration: 0,
    formation: 0,
    stability: 0,
    decline: 0,
    unclassified: 0,
    insufficient_data: 0,
  };
  const rows: LifecycleStageRow[] = [];
  let invalid = 0;
  for (let i = 0; i < customers.length; i++) {
    const c: unknown = customers[i];
    const record = c !== null && typeof c === "object" && !Array.isArray(c) ? (c as Record<string, unknown>) : null;
    const base = record && "id" in record ? { index: i, id: record.id } : { index: i };
    const r = record
      ? lifecycleStage(record.volumes as readonly unknown[], record.profits as readonly unknown[] | null, opts.data)
      : fail([issue("invalid_type", [], { expected: "object", received: c === null ? "null" : typeof c })]);
    if (r.success) {
      counts[r.data.stage]++;
      rows.push({ ...base, stage: r.data.stage, result: r.data, warnings: r.warnings, issues: [] });
    } else {
      invalid++;
      const issues = r.issues.map((x) => atPath(x, ["customers", i, ...x.path]));
      rows.push({ ...base, stage: null, result: null, warnings: [], issues });
    }
  }
  const warnings: Warning[] = invalid ? [issue("lifecycle_customers_invalid", ["customers"], { count: invalid })] : [];
  return ok({ rows, stages: rows.map((r) => r.stage), counts, invalid }, warnings);
}
