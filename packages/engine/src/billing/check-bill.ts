import * as z from "zod/mini";
import { billingMessages } from "../messages/billing.ts";
import type { MessageEntry, MessageParams } from "../messages/types.ts";
import { fail, ok, parseWith, type Issue, type Result } from "../result.ts";
import { issue } from "./issue.ts";
import { BillInput, type ParsedBill } from "./bill-input.ts";
import { resolveBillingOptions, withSetting, type BillingOptions, type BillingSettings } from "./billing-options.ts";
import { computeParsedBill, type Bill } from "./compute-bill.ts";

/** A printed bill to check: its lines by line id or group, and/or its total. */
export const PrintedBill = z.strictObject({
  /**
   * Printed amounts. `line` is a computed line id (`energy:peak`, `pf`, `surcharge:三峡基金`), a prefix of ids
   * (`energy:2` = every line of block 2), or a group: `basic`, `energy` (energy, sub-loads and losses), `pf`,
   * `surcharge`.
   */
  lines: z.optional(z.array(z.strictObject({ line: z.string().check(z.minLength(1)), amountYuan: z.number() }))),
  totalYuan: z.optional(z.number()),
  /** Differences up to this many yuan count as equal; defaults to 0.005 (the printed fen must match). */
  toleranceYuan: z.optional(z.number().check(z.minimum(0))),
});
/** A printed bill as written by the caller. */
export type PrintedBill = z.input<typeof PrintedBill>;

/** Why a printed figure may differ: a named cause or an option value, with its text in both languages. */
export interface BillCheckCause {
  readonly code:
    | "contract_without_surcharge"
    | "not_prorated"
    | "pf_rounded_down"
    | "sealed_charged"
    | "short_suspension_deducted"
    | "surcharges_pf_adjusted"
    | "option";
  readonly "zh-CN": string;
  readonly en: string;
  /** For `option`: the option and the value that reproduces the printed figure. */
  readonly option: { readonly name: string; readonly value: string } | null;
  /** The figure this cause gives for the line. */
  readonly reproducedYuan: number;
}

/** One printed figure that differs from the computed one. */
export interface BillDifference {
  /** The printed line key, or `total`. */
  readonly line: string;
  /** Ids of the computed lines the key covers. */
  readonly lineIds: readonly string[];
  readonly printedYuan: number;
  readonly computedYuan: number;
  /** printed − computed. */
  readonly differenceYuan: number;
  /** The cause when exactly one tried alternative reproduces the printed figure, else null. */
  readonly likelyCause: BillCheckCause | null;
  /** Every tried alternative that reproduces the printed figure. */
  readonly causes: readonly BillCheckCause[];
}

/** The result of checking a printed bill. */
export interface BillCheck {
  /** True when every printed figure equals the computed one. */
  readonly matches: boolean;
  readonly differences: readonly BillDifference[];
  /** Printed keys that agree. */
  readonly agreeing: readonly string[];
  readonly computed: Bill;
}

interface Alternative {
  readonly code: BillCheckCause["code"];
  readonly option?: { name: string; value: string };
  readonly bill: ParsedBill;
  readonly settings: BillingSettings;
}

const GROUPS: Readonly<Record<string, (kind: string) => boolean>> = {
  basic: (k) => k === "basic",
  energy: (k) => k === "energy" || k === "fixedLoad" || k === "loss",
  pf: (k) => k === "pfAdjustment",
  surcharge: (k) => k === "surcharge",
  surcharges: (k) => k === "surcharge",
};

/** Returns the ids of the computed lines `key` covers, or undefined when it covers none. */
function lineIdsFor(bill: Bill, key: string): string[] | undefined {
  const group = GROUPS[key];
  const ids = bill.lines
    .filter((l) => (group ? group(l.kind) : l.id === key || l.id.startsWith(`${key}:`)))
    .map((l) => l.id);
  return ids.length > 0 || group ? ids : undefined;
}

function amountOf(bill: Bill, key: string): number | undefined {
  if (key === "total") return bill.totalYuan;
  const ids = lineIdsFor(bill, key);
  if (!ids) return undefined;
  let s = 0;
  for (const l of bill.lines) if (ids.includes(l.id)) s += l.amountYuan;
  return Math.round(s * 100) / 100;
}

/**
 * Returns the differences between a printed bill (its lines and/or total) and the bill computed from `bill`, each
 * with the line it sits on and, where one alternative reproduces the printed figure, the likely cause (核对账单):
 * contract demand billed without the 105 % surcharge, the basic fee not prorated, the power factor rounded down, a
 * sealed transformer charged, a suspension under 15 days deducted, surcharges power-factor adjusted, or another
 * value of an option (over105Formula, demandRounding, floor40AppliesTo, daysBasis, dayCount, moneyRounding,
 * pfBase, lightingMeter, highLoadFactorDiscount, legacy rules).
 */
export function checkBill(
  bill: BillInput,
  printed: PrintedBill,
  options?: BillingOptions | BillingSettings,
): Result<BillCheck> {
  const o = resolveBillingOptions(options);
  if (!o.success) return o;
  const b = parseWith(BillInput, bill, ["bill"]);
  if (!b.success) return b.result;
  const p = parseWith(PrintedBill, printed, ["printed"]);
  if (!p.success) return p.result;
  const settings = o.data;
  const computedR = computeParsedBill(b.data, settings);
  if (!computedR.success) return computedR;
  const computed = computedR.data;
  const { lines = [], totalYuan, toleranceYuan = 0.005 } = p.data;
  if (lines.length === 0 && totalYuan === undefined) return fail([issue("billing_printed_empty", ["printed"])]);

  const printedFigures: { key: string; yuan: number }[] = [];
  const issues: Issue[] = [];
  lines.forEach((l, i) => {
    if (amountOf(computed, l.line) === undefined) {
      issues.push(
        issue("billing_printed_line_unknown", ["printed", "lines", i, "line"], {
          received: l.line,
          options: ["basic", "energy", "pf", "surcharge", ...computed.lines.map((x) => x.id)].join(", "),
        }),
      );
    } else printedFigures.push({ key: l.line, yuan: l.amountYuan });
  });
  if (totalYuan !== undefined) printedFigures.push({ key: "total", yuan: totalYuan });
  if (issues.length > 0) return fail(issues);

  const differing = printedFigures.filter((f) => Math.abs(f.yuan - amountOf(computed, f.key)!) > toleranceYuan);
  const alternatives = differing.length > 0 ? alternativesFor(b.data, settings, computed) : [];
  const results = alternatives.flatMap((a) => {
    const r = computeParsedBill(a.bill, a.settings);
    return r.success ? [{ a, bill: r.data }] : [];
  });
  const differences = differing.map((f): BillDifference => {
    const computedYuan = amountOf(computed, f.key)!;
    const causes: BillCheckCause[] = [];
    for (const { a, bill: alt } of results) {
      const v = amountOf(alt, f.key);
      if (v !== undefined && Math.abs(v - f.yuan) <= toleranceYuan) causes.push(cause(a, v));
    }
    return {
      line: f.key,
      lineIds: f.key === "total" ? computed.lines.map((l) => l.id) : lineIdsFor(computed, f.key)!,
      printedYuan: f.yuan,
      computedYuan,
      differenceYuan: differenceOf(f.yuan, computedYuan),
      likelyCause: causes.length === 1 ? causes[0]! : null,
      causes,
    };
  });
  // Printed and computed amounts near ±1e308 of opposite sign overflow their difference: no figure to show.
  const overflow = differences.findIndex((d) => !Number.isFinite(d.differenceYuan));
  if (overflow >= 0) {
    const d = differences[overflow]!;
    return fail([issue("not_finite", ["printed", d.line], { received: `${d.printedYuan} − ${d.computedYuan}` })]);
  }
  return ok({
    matches: differences.length === 0,
    differences,
    agreeing: printedFigures.filter((f) => !differing.includes(f)).map((f) => f.key),
    computed,
  });
}

function cause(a: Alternative, reproducedYuan: number): BillCheckCause {
  const entry: MessageEntry = billingMessages[`billing_cause_${a.code}`];
  const params: MessageParams = a.option ? { option: a.option.name, value: a.option.value } : {};
  return {
    code: a.code,
    "zh-CN": entry["zh-CN"](params),
    en: entry.en(params),
    option: a.option ?? null,
    reproducedYuan,
  };
}

function clone(bill: ParsedBill): ParsedBill {
  return JSON.parse(JSON.stringify(bill)) as ParsedBill;
}

/** Returns the alternative readings of the bill worth trying, each a changed bill or changed settings. */
function alternativesFor(bill: ParsedBill, settings: BillingSettings, computed: Bill): Alternative[] {
  const out: Alternative[] = [];
  const basic = bill.basic;
  const demand = computed.basic?.demand;
  if (basic && demand && demand.excessKw > 0 && basic.contractDemandKw !== undefined) {
    const alt = clone(bill);
    alt.basic!.maxDemandKw = demand.effectiveContractKw ?? basic.contractDemandKw;
    delete alt.basic!.demandMeters;
    out.push({ code: "contract_without_surcharge", bill: alt, settings });
  }
  if (
    basic &&
    (basic.billedDays !== undefined || basic.transformers?.some((t) => t.inServiceFrom || t.inServiceUntil))
  ) {
    const alt = clone(bill);
    delete alt.basic!.billedDays;
    for (const t of alt.basic!.transformers ?? []) {
      delete t.inServiceFrom;
      delete t.inServiceUntil;
    }
    out.push({ code: "not_prorated", bill: alt, settings });
  }
  if (bill.powerFactor && settings.pfRounding === "halfUp") {
    out.push({ code: "pf_rounded_down", bill, settings: withSetting(settings, { pfRounding: "down" }) });
  }
  if (basic?.transformers?.some((t) => t.status === "cold_standby_sealed")) {
    const alt = clone(bill);
    for (const t of alt.basic!.transformers!) if (t.status === "cold_standby_sealed") t.status = "standby_unsealed";
    out.push({ code: "sealed_charged", bill: alt, settings });
  }
  if (computed.basic?.suspensions.some((s) => !s.effective)) {
    out.push({ code: "short_suspension_deducted", bill, settings: withSetting(settings, { minSuspensionDays: 0 }) });
  }
  if (bill.powerFactor && bill.surcharges?.length && !settings.pfBase.includes("surcharge")) {
    out.push({
      code: "surcharges_pf_adjusted",
      bill,
      settings: withSetting(settings, { pfBase: [...settings.pfBase, "surcharge"] }),
    });
  }
  const option = (name: string, value: string, patch: Partial<BillingSettings>) =>
    out.push({ code: "option", option: { name, value }, bill, settings: withSetting(settings, patch) });
  for (const v of ["V1", "V2", "V3legacy"] as const) {
    if (v !== settings.over105Formula) option("over105Formula", v, { over105Formula: v });
  }
  for (const v of ["none", "integer", "ceil"] as const) {
    if (v !== settings.demandRounding) option("demandRounding", v, { demandRounding: v });
  }
  for (const v of ["contract", "contract+actual", "metered"] as const) {
    if (v !== settings.floor40AppliesTo) option("floor40AppliesTo", v, { floor40AppliesTo: v });
  }
  if (bill.period) {
    const v = settings.daysBasis === 30 ? "calendar" : 30;
    option("daysBasis", String(v), { daysBasis: v });
  }
  const dc = settings.dayCount;
  option("sealDayFree", String(!dc.sealDayFree), { dayCount: { ...dc, sealDayFree: !dc.sealDayFree } });
  option("resumeDayCharged", String(!dc.resumeDayCharged), {
    dayCount: { ...dc, resumeDayCharged: !dc.resumeDayCharged },
  });
  const change = dc.changeDayAt === "new" ? "old" : "new";
  option("changeDayAt", change, { dayCount: { ...dc, changeDayAt: change } });
  option("moneyRounding", settings.moneyRounding === "perLine" ? "final" : "perLine", {
    moneyRounding: settings.moneyRounding === "perLine" ? "final" : "perLine",
  });
  option("lightingMeter", settings.lightingMeter === "series" ? "parallel" : "series", {
    lightingMeter: settings.lightingMeter === "series" ? "parallel" : "series",
  });
  for (const part of ["fixedLoad", "loss", "basic"] as const) {
    const has = settings.pfBase.includes(part);
    const pfBase = has ? settings.pfBase.filter((x) => x !== part) : [...settings.pfBase, part];
    option("pfBase", pfBase.join(","), { pfBase });
  }
  option("highLoadFactorDiscount", String(!settings.highLoadFactorDiscount), {
    highLoadFactorDiscount: !settings.highLoadFactorDiscount,
  });
  if (settings.ruleVersion !== "1996") {
    option("ruleVersion", "1996", { ruleVersion: "1996", legacyNewUserHalfCharge: true, over105Formula: "V3legacy" });
  }
  return out;
}

/** printed − computed to the fen; beyond 10^13 yuan a double has no fen digits left, so it is returned as is. */
function differenceOf(printedYuan: number, computedYuan: number): number {
  const d = printedYuan - computedYuan;
  return Math.abs(d) < 1e13 ? Math.round(d * 100) / 100 : d;
}
