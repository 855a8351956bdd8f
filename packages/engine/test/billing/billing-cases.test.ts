import { describe, expect, it } from "vitest";
import {
  basicFee,
  computeBill,
  demandKw,
  parseBillingOptions,
  pfAdjustmentRate,
  powerFactor,
  type BillInput,
} from "../../src/index.ts";
import { data, fixture } from "./helpers.ts";

interface Case {
  id: string;
  status: string;
  inputs: Record<string, unknown> & {
    mode?: string;
    transformers?: { kva: number; status: string }[];
    suspensions?: { kva: number | string; days?: number; seal_date?: string; resume_date?: string }[];
    price_capacity_yuan_per_kva_month?: number;
    meter_reading_day?: number;
    segments?: Record<string, number | boolean>[];
  };
  expected: number;
  expected_details?: Record<string, unknown>;
}

const cases = fixture<Case[]>("billing-cases.json");

/** Returns the day after `reading day` one month before the month of `iso`, and that reading day. */
function readingPeriod(iso: string, readingDay: number): { start: string; end: string } {
  const [y, m] = iso.split("-").map(Number) as [number, number];
  const end = new Date(Date.UTC(y, m - 1, readingDay));
  const start = new Date(Date.UTC(y, m - 2, readingDay + 1));
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

/** Returns the public-API figure for a fixture case, read from its structured inputs. */
function compute(c: Case): { value: number; details: Record<string, unknown> } {
  const i = c.inputs;
  if (i.mode === "capacity") {
    const transformers = i.transformers!.map((t) => ({ capacityKva: t.kva, status: t.status }));
    const suspensions = (i.suspensions ?? []).map((s) => ({
      unit: typeof s.kva === "number" ? transformers.findIndex((t) => t.capacityKva === s.kva) : 0,
      ...(s.days !== undefined ? { days: s.days } : {}),
      ...(s.seal_date ? { sealDate: s.seal_date } : {}),
      ...(s.resume_date ? { resumeDate: s.resume_date } : {}),
    }));
    const dated = suspensions.some((s) => "sealDate" in s);
    const bill: BillInput = {
      ...(dated ? { period: readingPeriod(i.suspensions![0]!.resume_date!, i.meter_reading_day!) } : {}),
      basic: {
        basis: "capacity",
        priceYuanPerKvaMonth: i.price_capacity_yuan_per_kva_month!,
        transformers,
        suspensions,
      },
    };
    const r = data(computeBill(bill));
    return { value: r.totalYuan, details: { capacityKva: r.basic!.capacityKva } };
  }
  if (i.mode === "contract_demand") {
    const rounding = i.demand_rounding === "integer_half_up" ? "integer" : "none";
    const d = data(demandKw(i.meter_reading as number, i.ct_ratio as string, i.pt_ratio as string));
    const options = data(parseBillingOptions(`round=${rounding}`));
    const fee = data(
      basicFee(
        {
          basis: "demand",
          quantity: d.demandKw,
          price: i.price_demand_yuan_per_kw_month as number,
          contractKw: i.approved_demand_kw as number,
          billedDays: i.days_used as number,
        },
        options,
      ),
    );
    return {
      value: fee.amountYuan,
      details: {
        actual_demand_kw_raw: d.rawDemandKw,
        actual_demand_kw_rounded: fee.actualKw,
        billing_demand_kw: fee.billingQuantity,
      },
    };
  }
  if (i.segments) {
    const [s1, s2] = i.segments as [Record<string, number>, Record<string, number>];
    const bill: BillInput = {
      energy: [
        {
          id: "1",
          label: `${s1.transformer_kva} kVA`,
          totalKwh: s1.active_kwh,
          flatPriceYuanPerKwh: s1.price,
          losses: [{ name: "变损", kwh: s1.transformer_loss_kwh }],
          pfAdjusted: false,
        },
        {
          id: "2",
          label: `${s2.transformer_kva} kVA`,
          multiplier: s2.multiplier,
          totalUnits: s2.total_units,
          flatPriceYuanPerKwh: s2.flat_price,
          periods: [
            { period: "peak", units: s2.peak_units, factor: s2.peak_factor },
            { period: "valley", units: s2.valley_units, factor: s2.valley_factor },
          ],
        },
      ],
      powerFactor: { standard: s2.pf_standard!, reactiveKvarh: s2.reactive_units! * s2.multiplier! },
    };
    const r = data(computeBill(bill));
    const line = (id: string) => r.lines.find((l) => l.id === id)!.amountYuan;
    return {
      value: r.totalYuan,
      details: {
        segment1_fee: r.lines.filter((l) => l.block === "1").reduce((s, l) => s + l.amountYuan, 0),
        peak_fee: line("energy:2:peak"),
        valley_fee: line("energy:2:valley"),
        flat_fee: line("energy:2:flat"),
        pf: r.powerFactor!.powerFactor,
        pf_adjust_rate: r.powerFactor!.rate,
        pf_adjustment: line("pf"),
      },
    };
  }
  if (typeof i.pf === "number") {
    return { value: data(pfAdjustmentRate(i.pf, i.pf_standard as number)).rate, details: {} };
  }
  if (i.q_over_p_range) {
    const [lo, hi] = i.q_over_p_range as [number, number];
    const a = data(powerFactor(1, lo)).powerFactor;
    const b = data(powerFactor(1, hi)).powerFactor;
    if (a !== b) throw new Error(`range ends differ: ${a} vs ${b}`);
    const percents: Record<string, number> = {};
    for (const s of ["0.90", "0.85", "0.80"]) percents[s] = data(pfAdjustmentRate(a, Number(s))).percent;
    return { value: a, details: { adjust_percent: percents } };
  }
  throw new Error(`no mapping for fixture ${c.id}`);
}

describe("billing-cases.json through the public API", () => {
  it.each(cases)("$id reproduces its expected figure ($status)", (c) => {
    const { value, details } = compute(c);
    expect(value).toBe(c.expected);
    for (const [key, want] of Object.entries(c.expected_details ?? {})) expect(details[key]).toEqual(want);
  });
});
