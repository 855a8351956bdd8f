import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BillInput,
  chargeableCapacity,
  checkBill,
  computeBill,
  formatIssue,
  type BillingOptions,
  type CapacityUnit,
} from "../../src/index.ts";
import { isCanonicalBill } from "../../src/billing/is-canonical-bill.ts";
import { data, issues } from "./helpers.ts";

const kva = (units: CapacityUnit[], motors: number[] = []) => data(chargeableCapacity(units, motors)).capacityKva;
const total = (bill: BillInput, options?: BillingOptions) => data(computeBill(bill, options)).totalYuan;

describe("chargeableCapacity", () => {
  it.each([
    ["running", 315],
    ["hot_standby", 315],
    ["standby_unsealed", 315],
    ["cold_standby_sealed", 0],
    ["suspended", 0],
    ["reduced", 0],
    ["standby", 315],
    ["sealed", 0],
    ["运行", 315],
    ["热备用", 315],
    ["冷备用", 315],
    ["加封", 0],
    ["暂停", 0],
    ["减容", 0],
  ])("chargeableCapacity([315 kVA %s]) is %i kVA", (status, expected) => {
    expect(kva([{ capacityKva: 315, status }])).toBe(expected);
  });

  it("chargeableCapacity(units and motors summing past the largest double) fails with not_finite", () => {
    const r = chargeableCapacity([{ capacityKva: 315, status: "running" }], [1.7976931348623157e308, 1e292]);
    expect(issues(r).map((i) => [i.code, i.path])).toEqual([["not_finite", ["units"]]]);
  });

  it("chargeableCapacity(daowen 12-6: running + hot standby + sealed 1000 kVA) is 2000 and says why", () => {
    const r = data(
      chargeableCapacity([
        { id: "T1", capacityKva: 1000, status: "running" },
        { id: "T2", capacityKva: 1000, status: "hot_standby" },
        { id: "T3", capacityKva: 1000, status: "cold_standby_sealed" },
      ]),
    );
    expect(r.capacityKva).toBe(2000);
    expect(r.units.map((u) => u.reason)).toEqual(["charged", "charged", "cold_standby_sealed"]);
    expect(r.floorBaseKva).toBe(3000);
  });

  it("chargeableCapacity counts interlocked units as their largest member, whatever ran", () => {
    const r = data(
      chargeableCapacity([
        { id: "T1", capacityKva: 630, status: "running", interlockGroup: "A" },
        { id: "T2", capacityKva: 800, status: "hot_standby", interlockGroup: "A" },
        { id: "T3", capacityKva: 400, status: "running" },
      ]),
    );
    expect(r.capacityKva).toBe(1200);
    expect(r.units.map((u) => u.reason)).toEqual(["interlock_smaller", "charged", "charged"]);
  });

  it("chargeableCapacity adds HV motors at 1 kW = 1 kVA and leaves PF-correction equipment out", () => {
    expect(kva([{ capacityKva: 315, status: "running" }], [500])).toBe(815);
    expect(
      kva([
        { capacityKva: 315, status: "running" },
        { capacityKva: 200, status: "running", pfCorrection: true },
      ]),
    ).toBe(315);
    const motors = data(chargeableCapacity([], [{ capacityKw: 800, status: "cold_standby_sealed" }, 300]));
    expect(motors.capacityKva).toBe(300);
  });

  it("chargeableCapacity sums routes in simultaneous use and takes the larger of mutual-backup routes", () => {
    const units: CapacityUnit[] = [
      { capacityKva: 1000, status: "running", route: "L1" },
      { capacityKva: 800, status: "running", route: "L2" },
      { capacityKva: 500, status: "running", route: "L3" },
    ];
    expect(data(chargeableCapacity(units)).capacityKva).toBe(2300);
    const r = data(
      chargeableCapacity(units, [], [{ id: "L1", backupGroup: "B" }, { id: "L2", backupGroup: "B" }, { id: "L3" }]),
    );
    expect(r.capacityKva).toBe(1500);
    expect(r.routes.filter((x) => !x.counted).map((x) => x.route)).toEqual(["L2"]);
  });

  it("chargeableCapacity(negative kVA or unknown status) fails naming the field in both languages", () => {
    const [neg] = issues(chargeableCapacity([{ capacityKva: -315, status: "running" }]));
    expect(formatIssue(neg!, "en")).toBe("units[0].capacityKva: must be at least 0");
    expect(formatIssue(neg!, "zh-CN")).toBe("units[0].capacityKva: 应不小于 0");
    const [bad] = issues(chargeableCapacity([{ capacityKva: 315, status: "broken" }]));
    expect(bad!.code).toBe("invalid_value");
    expect(formatIssue(bad!, "en")).toMatch(
      /^units\[0\]\.status: invalid value, expected one of: running, hot_standby/,
    );
    expect(formatIssue(bad!, "zh-CN")).toMatch(/^units\[0\]\.status: 取值无效，可选值：running/);
  });

  it("a sealed cold-standby transformer never changes the fee", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            capacityKva: fc.integer({ min: 0, max: 5000 }),
            status: fc.constantFrom("running", "hot_standby", "standby_unsealed", "suspended"),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 30 }),
        (units, sealedKva, days) => {
          const bill = (list: CapacityUnit[]): BillInput => ({
            basic: { basis: "capacity", priceYuanPerKvaMonth: 23.3, transformers: list, billedDays: days },
          });
          const opts = { singlePartMaxKva: 0 };
          const withSealed = [...units, { capacityKva: sealedKva, status: "cold_standby_sealed" }];
          expect(total(bill(withSealed), opts)).toBe(total(bill(units), opts));
        },
      ),
    );
  });
});

const twoUnits = (suspension: object, extra: Partial<NonNullable<BillInput["basic"]>> = {}): BillInput => ({
  basic: {
    basis: "capacity",
    priceYuanPerKvaMonth: 20,
    transformers: [
      { id: "T1", capacityKva: 315, status: "running" },
      { id: "T2", capacityKva: 250, status: "running" },
    ],
    suspensions: [{ unit: "T1", ...suspension }],
    ...extra,
  },
});

describe("computeBill: basic fee, suspensions and days", () => {
  it("computeBill(seed 3: 315 + 250 kVA, one suspended 5 days) is 11300 with a warning", () => {
    const r = computeBill(twoUnits({ days: 5 }));
    expect(data(r).totalYuan).toBe(11300);
    expect(r.success && r.warnings.map((w) => w.code)).toEqual(["billing_suspension_short"]);
    expect(data(r).basic!.suspensions[0]).toMatchObject({ days: 5, effective: false });
  });

  it("computeBill(315 kVA suspended 20 of 30 days) charges 250 kVA all month and 315 kVA for 10 days", () => {
    const r = data(computeBill(twoUnits({ days: 20 })));
    expect(r.lines.map((l) => [l.quantity, l.days, l.amountYuan, l.rule.code])).toEqual([
      [250, 30, 5000, "basic_capacity"],
      [315, 10, 2100, "basic_suspended"],
    ]);
    expect(r.totalYuan).toBe(7100);
  });

  it("computeBill({minSuspensionDays}) deducts a 10-day suspension only when the minimum is 10 or less", () => {
    expect(total(twoUnits({ days: 10 }))).toBe(11300);
    expect(total(twoUnits({ days: 10 }), { minSuspensionDays: 10 })).toBe(9200);
  });

  it("computeBill(suspension by dates) frees the sealing day and charges the resume day by default", () => {
    const bill: BillInput = {
      ...twoUnits({ sealDate: "2024-06-11", resumeDate: "2024-06-28" }),
      period: { start: "2024-06-01", end: "2024-06-30" },
    };
    const r = data(computeBill(bill));
    expect(r.basic!.suspensions[0]!.days).toBe(17);
    expect(r.totalYuan).toBe(11300 - (2 * 315 * 17 * 20) / 60);
    const notFree = data(computeBill(bill, { dayCount: { sealDayFree: false } }));
    expect(notFree.basic!.suspensions[0]!.days).toBe(16);
    const resumeFree = data(computeBill(bill, { dayCount: { resumeDayCharged: false } }));
    expect(resumeFree.basic!.suspensions[0]!.days).toBe(18);
  });

  it("computeBill(sealed June 11, no resume) suspends June 11–30 = 20 days (tk274949)", () => {
    const bill: BillInput = {
      ...twoUnits({ sealDate: "2024-06-11" }),
      period: { start: "2024-06-01", end: "2024-06-30" },
    };
    expect(data(computeBill(bill)).basic!.suspensions[0]!.days).toBe(20);
  });

  it("computeBill(new unit from Apr 14) charges it 17 days (kc22); changeDayAt 'old' gives 16", () => {
    const bill: BillInput = {
      period: { start: "2024-04-01", end: "2024-04-30" },
      basic: {
        basis: "capacity",
        priceYuanPerKvaMonth: 30,
        transformers: [
          { capacityKva: 500, status: "running" },
          { capacityKva: 300, status: "running", inServiceFrom: "2024-04-14" },
        ],
      },
    };
    const r = data(computeBill(bill));
    expect(r.lines.map((l) => [l.quantity, l.days, l.amountYuan])).toEqual([
      [500, 30, 15000],
      [300, 17, 5100],
    ]);
    expect(data(computeBill(bill, { dayCount: { changeDayAt: "old" } })).lines[1]!.days).toBe(16);
  });

  it("computeBill(31-day month, capacity added on the 25th) charges 7/30 for the new part (divisor 30)", () => {
    const bill: BillInput = {
      period: { start: "2024-08-01", end: "2024-08-31" },
      basic: {
        basis: "capacity",
        priceYuanPerKvaMonth: 30,
        transformers: [
          { capacityKva: 500, status: "running" },
          { capacityKva: 315, status: "running", inServiceFrom: "2024-08-25" },
        ],
      },
    };
    expect(data(computeBill(bill)).totalYuan).toBe(15000 + (315 * 30 * 7) / 30);
    // Calendar basis: 500 kVA for the whole month, 315 kVA for 7/31 of it.
    expect(data(computeBill(bill, { daysBasis: "calendar" })).totalYuan).toBe(17133.87);
  });

  it("computeBill(ruleVersion 1996, legacyNewUserHalfCharge) charges a new user's suspended kVA at 50 %", () => {
    const bill = twoUnits({ days: 20, newUserWithin2Years: true });
    const legacy = data(computeBill(bill, { ruleVersion: "1996", legacyNewUserHalfCharge: true }));
    expect(legacy.totalYuan).toBe(5000 + 2100 + 2100);
    expect(legacy.lines.at(-1)!.rule.code).toBe("basic_legacy_half");
    const current = computeBill(bill, { legacyNewUserHalfCharge: true });
    expect(data(current).totalYuan).toBe(7100);
    expect(current.success && current.warnings.map((w) => w.code)).toContain("billing_legacy_ignored");
  });

  it("computeBill(monthsThisYear above maxSuspensionMonthsPerYear) warns", () => {
    const r = computeBill(twoUnits({ days: 20, monthsThisYear: 7 }));
    expect(r.success && r.warnings.map((w) => w.code)).toEqual(["billing_suspension_over_cap"]);
    const ok6 = computeBill(twoUnits({ days: 20, monthsThisYear: 7 }), { maxSuspensionMonthsPerYear: 7 });
    expect(ok6.success && ok6.warnings).toEqual([]);
  });

  it("computeBill({singlePartMaxKva}) charges no basic fee when the capacity left is single-part", () => {
    const bill = twoUnits(
      { days: 30 },
      {
        transformers: [
          { id: "T1", capacityKva: 315, status: "running" },
          { capacityKva: 250, status: "running" },
        ],
      },
    );
    expect(total(bill)).toBe(5000);
    const r = computeBill(bill, { ruleVersion: "2016" });
    expect(data(r).totalYuan).toBe(0);
    expect(r.success && r.warnings.map((w) => w.code)).toContain("billing_single_part");
  });

  it("computeBill(demand basis with two demand meters on backup routes) bills the larger one", () => {
    const bill: BillInput = {
      basic: {
        basis: "demand",
        priceYuanPerKwMonth: 28,
        contractDemandKw: 300,
        capacityKva: 1000,
        routes: [
          { id: "L1", backupGroup: "B" },
          { id: "L2", backupGroup: "B" },
        ],
        demandMeters: [
          { route: "L1", reading: 1.5, ctRatio: "200/5", ptRatio: "10000/100" },
          { route: "L2", reading: 1, ctRatio: "200/5", ptRatio: "10000/100" },
        ],
      },
    };
    const r = data(computeBill(bill));
    expect(r.basic!.demand!.actualKw).toBe(6000);
    // Contract 300 kW floored at 40 % of 1000 kVA = 400 kW; V1: A + (A − 1.05 × 400).
    expect(r.basic!.demand!.effectiveContractKw).toBe(400);
    expect(r.basic!.demand!.billingQuantity).toBe(11580);
  });

  it("computeBill(demand basis without contract demand) fails naming contractDemandKw in both languages", () => {
    const [i] = issues(computeBill({ basic: { basis: "demand", priceYuanPerKwMonth: 28, maxDemandKw: 100 } }));
    expect(formatIssue(i!, "en")).toBe(
      "basic.contractDemandKw: the demand basis needs the contract (approved) demand in kW",
    );
    expect(formatIssue(i!, "zh-CN")).toBe("basic.contractDemandKw: 按需量计收时必须给出合同（核定）需量");
  });

  it("computeBill(bad inputs) names the field: negative kVA, ratio '600/', days 32, PF standard 0.7, status", () => {
    const base = (basic: object): BillInput => ({
      basic: { basis: "capacity", priceYuanPerKvaMonth: 20, ...basic } as never,
    });
    expect(issues(computeBill(base({ transformers: [{ capacityKva: -1, status: "running" }] })))[0]!.path).toEqual([
      "basic",
      "transformers",
      0,
      "capacityKva",
    ]);
    expect(issues(computeBill(base({ capacityKva: 315, billedDays: 32 })))[0]!.path).toEqual(["basic", "billedDays"]);
    expect(issues(computeBill(base({ transformers: [{ capacityKva: 1, status: "off" }] })))[0]!.path).toEqual([
      "basic",
      "transformers",
      0,
      "status",
    ]);
    const ratio = issues(computeBill({ energy: [{ multiplier: "600/", totalUnits: 1, flatPriceYuanPerKwh: 1 }] }))[0]!;
    expect(ratio.path).toEqual(["energy", 0, "multiplier"]);
    expect(formatIssue(ratio, "zh-CN")).toBe("energy[0].multiplier: 互感器变比「600/」无法识别，应写作 600/5 或数字");
    const pf = issues(
      computeBill({
        energy: [{ totalKwh: 100, flatPriceYuanPerKwh: 1 }],
        powerFactor: { standard: 0.7, reactiveKvarh: 1 },
      }),
    )[0]!;
    expect(formatIssue(pf, "en")).toBe(
      "powerFactor.standard: power-factor standard 0.7 is not valid: use 0.90, 0.85 or 0.80",
    );
  });
});

const touBill: BillInput = {
  id: "demo-demand",
  basic: { basis: "demand", priceYuanPerKwMonth: 28, contractDemandKw: 2000, maxDemandKw: 1950, capacityKva: 5000 },
  energy: [
    {
      flatPriceYuanPerKwh: 0.6,
      totalKwh: 900000,
      periods: [
        { period: "peak", kwh: 300000, factor: 1.5 },
        { period: "valley", kwh: 250000, factor: 0.5 },
      ],
      fixedLoads: [{ name: "照明", kwh: 2000, priceYuanPerKwh: 0.55 }],
    },
  ],
  powerFactor: { standard: 0.9, reactiveKvarh: 520000 },
  surcharges: [
    { name: "三峡基金", priceYuanPerKwh: 0.007 },
    { name: "农网还贷", priceYuanPerKwh: 0.02 },
  ],
};

describe("computeBill: energy, PF adjustment, surcharges and totals", () => {
  it("computeBill(TOU demand bill) lists each charge in the §6 order with its rule", () => {
    const r = data(computeBill(touBill));
    expect(r.lines.map((l) => [l.id, l.quantity, l.price, l.amountYuan])).toEqual([
      ["basic", 2000, 28, 56000],
      ["energy:peak", 300000, 0.9, 270000],
      ["energy:valley", 250000, 0.3, 75000],
      ["energy:flat", 348000, 0.6, 208800],
      ["fixedLoad:照明", 2000, 0.55, 1100],
      ["pf", 609800, 0.015, 9147],
      ["surcharge:三峡基金", 900000, 0.007, 6300],
      ["surcharge:农网还贷", 900000, 0.02, 18000],
    ]);
    expect(r.powerFactor).toMatchObject({ powerFactor: 0.87, rate: 0.015, activeKwh: 900000 });
    expect(r.subtotals).toEqual({ basicYuan: 56000, energyYuan: 554900, pfAdjustmentYuan: 9147, surchargeYuan: 24300 });
    expect(r.totalYuan).toBe(644347);
    expect(r.totalKwh).toBe(900000);
    expect(r.averagePriceYuanPerKwh).toBeCloseTo(644347 / 900000, 12);
    expect(r.lines[0]!.rule).toMatchObject({ code: "basic_contract", en: expect.stringMatching(/^Contract demand/) });
  });

  it("computeBill({pfBase}) puts the fixed load or surcharges in the PF base only when asked", () => {
    const base = (o?: BillingOptions) => data(computeBill(touBill, o)).powerFactor!.baseYuan;
    expect(base()).toBe(609800);
    expect(base({ pfBase: ["basic", "energy", "loss", "fixedLoad"] })).toBe(610900);
    expect(base({ pfBase: ["energy"] })).toBe(553800);
    expect(base({ pfBase: ["basic", "energy", "surcharge"] })).toBe(609800 + 6300 + 18000);
  });

  it("computeBill({lightingMeter: 'parallel'}) keeps a parallel sub-load out of the flat period and the PF", () => {
    const r = data(computeBill(touBill, { lightingMeter: "parallel" }));
    expect(r.lines.find((l) => l.id === "energy:flat")!.quantity).toBe(350000);
    expect(r.totalKwh).toBe(902000);
    expect(r.powerFactor!.baseYuan).toBe(611000);
  });

  it("computeBill({pfRounding: 'down'}) truncates the power factor", () => {
    const bill = { ...touBill, powerFactor: { standard: 0.9, activeKwh: 10000, reactiveKvarh: 3461 } };
    expect(data(computeBill(bill)).powerFactor!.powerFactor).toBe(0.95);
    expect(data(computeBill(bill, { pfRounding: "down" })).powerFactor!.powerFactor).toBe(0.94);
  });

  it("computeBill({moneyRounding: 'final'}) rounds only the total", () => {
    const bill: BillInput = {
      energy: [
        {
          periods: [
            { period: "single", kwh: 1, priceYuanPerKwh: 0.333 },
            { period: "peak", kwh: 1, priceYuanPerKwh: 0.333 },
          ],
        },
      ],
    };
    expect(data(computeBill(bill)).totalYuan).toBe(0.66);
    expect(data(computeBill(bill, { moneyRounding: "final" })).totalYuan).toBe(0.67);
  });

  it("computeBill(component prices per period) gives one line per component", () => {
    const bill: BillInput = {
      energy: [
        {
          periods: [
            {
              period: "peak",
              kwh: 1000,
              components: [
                { name: "购电", priceYuanPerKwh: 0.5 },
                { name: "输配", priceYuanPerKwh: 0.2 },
              ],
            },
          ],
        },
      ],
    };
    const r = data(computeBill(bill));
    expect(r.lines.map((l) => [l.id, l.amountYuan, l.rule.code])).toEqual([
      ["energy:peak:购电", 500, "energy_component"],
      ["energy:peak:输配", 200, "energy_component"],
    ]);
  });

  it("computeBill(TOU factors with funds inside the flat price) floats only the rest", () => {
    const bill: BillInput = {
      energy: [
        { flatPriceYuanPerKwh: 0.6, nonFloatingYuanPerKwh: 0.1, periods: [{ period: "peak", kwh: 100, factor: 1.5 }] },
      ],
    };
    expect(data(computeBill(bill)).lines[0]!.price).toBe(0.85);
  });

  it("computeBill(a derived flat period below zero) fails", () => {
    const bill: BillInput = {
      energy: [
        {
          flatPriceYuanPerKwh: 1,
          totalKwh: 10,
          periods: [{ period: "peak", kwh: 20, priceYuanPerKwh: 1 }, { period: "flat" }],
        },
      ],
    };
    expect(issues(computeBill(bill))[0]!.code).toBe("billing_flat_negative");
  });

  it("isCanonicalBill(bill) accepts exactly what BillInput parses unchanged", () => {
    const samples: unknown[] = [
      touBill,
      twoUnits({ days: 20 }),
      { ...touBill, extra: 1 },
      { basic: { basis: "capacity", priceYuanPerKvaMonth: 1, transformers: [{ capacityKva: 1, status: "sealed" }] } },
      { energy: [{ periods: [{ period: "noon" }] }] },
      { energy: [{ periods: [{ period: "peak", components: [] }] }] },
      { powerFactor: { standard: Infinity } },
      { basic: { basis: "capacity", suspensions: [{ unit: 0, days: 1.5 }] } },
    ];
    for (const s of samples) {
      const parsed = BillInput.safeParse(s);
      if (isCanonicalBill(s)) expect(parsed.success && parsed.data).toEqual(s);
    }
    expect(samples.map((s) => isCanonicalBill(s))).toEqual([true, true, false, false, false, false, false, false]);
    expect(data(computeBill(samples[3] as BillInput, { singlePartMaxKva: 0 })).basic!.capacity!.units[0]!.status).toBe(
      "cold_standby_sealed",
    );
  });
});

describe("checkBill", () => {
  it("checkBill(bill, printed) matches when the printed figures agree", () => {
    const r = data(checkBill(touBill, { lines: [{ line: "basic", amountYuan: 56000 }], totalYuan: 644347 }));
    expect(r.matches).toBe(true);
    expect(r.agreeing).toEqual(["basic", "total"]);
  });

  it("checkBill names 'contract demand without the 105 % surcharge'", () => {
    const bill: BillInput = {
      basic: { basis: "demand", priceYuanPerKwMonth: 10, contractDemandKw: 100, maxDemandKw: 120 },
    };
    const [d] = data(checkBill(bill, { lines: [{ line: "basic", amountYuan: 1000 }] })).differences;
    expect(d).toMatchObject({ line: "basic", printedYuan: 1000, computedYuan: 1350, differenceYuan: -350 });
    expect(d!.likelyCause!.code).toBe("contract_without_surcharge");
    expect(d!.likelyCause!.en).toBe("The printed fee equals the contract demand without the 105 % surcharge");
  });

  it("checkBill names 'basic fee not prorated'", () => {
    const bill: BillInput = {
      basic: { basis: "capacity", priceYuanPerKvaMonth: 20, capacityKva: 315, billedDays: 20 },
    };
    const [d] = data(checkBill(bill, { totalYuan: 6300 })).differences;
    expect(d!.likelyCause!.code).toBe("not_prorated");
  });

  it("checkBill names 'PF rounded down instead of half-up'", () => {
    const bill = { ...touBill, powerFactor: { standard: 0.9, activeKwh: 10000, reactiveKvarh: 3461 } };
    const computed = data(computeBill(bill, { pfRounding: "down" }));
    const printed = computed.lines.find((l) => l.id === "pf")!.amountYuan;
    const [d] = data(checkBill(bill, { lines: [{ line: "pf", amountYuan: printed }] })).differences;
    expect(d!.likelyCause!.code).toBe("pf_rounded_down");
  });

  it("checkBill names 'sealed transformer charged' on daowen 12-6 printed as 84000", () => {
    const bill: BillInput = {
      basic: {
        basis: "capacity",
        priceYuanPerKvaMonth: 28,
        transformers: [
          { capacityKva: 1000, status: "running" },
          { capacityKva: 1000, status: "hot_standby" },
          { capacityKva: 1000, status: "cold_standby_sealed" },
        ],
      },
    };
    const [d] = data(checkBill(bill, { totalYuan: 84000 })).differences;
    expect(d!.likelyCause!.code).toBe("sealed_charged");
    expect(d!.likelyCause!["zh-CN"]).toBe("已加封的冷备用变压器被计收了基本电费");
  });

  it("checkBill names 'suspension < 15 days deducted' on seed 3 printed as 10300", () => {
    const [d] = data(checkBill(twoUnits({ days: 5 }), { totalYuan: 11300 - (315 * 20 * 5) / 30 })).differences;
    expect(d!.likelyCause!.code).toBe("short_suspension_deducted");
  });

  it("checkBill names 'surcharges PF-adjusted'", () => {
    const alt = data(computeBill(touBill, { pfBase: ["basic", "energy", "loss", "surcharge"] }));
    const [d] = data(
      checkBill(touBill, { lines: [{ line: "pf", amountYuan: alt.lines.find((l) => l.id === "pf")!.amountYuan }] }),
    ).differences;
    expect(d!.likelyCause!.code).toBe("surcharges_pf_adjusted");
  });

  it("checkBill reports which option value reproduces the printed figure (over105Formula=V2)", () => {
    const bill: BillInput = {
      basic: { basis: "demand", priceYuanPerKwMonth: 10, contractDemandKw: 100, maxDemandKw: 120 },
    };
    const [d] = data(checkBill(bill, { totalYuan: 1300 })).differences;
    expect(d!.likelyCause).toMatchObject({ code: "option", option: { name: "over105Formula", value: "V2" } });
    expect(d!.likelyCause!.en).toBe("The printed figure is reproduced with over105Formula=V2");
  });

  it("checkBill(printed line that matches nothing) fails naming it", () => {
    const [i] = issues(checkBill(touBill, { lines: [{ line: "energy:noon", amountYuan: 1 }] }));
    expect(i!.code).toBe("billing_printed_line_unknown");
    expect(i!.path).toEqual(["printed", "lines", 0, "line"]);
    expect(issues(checkBill(touBill, {}))[0]!.code).toBe("billing_printed_empty");
  });
});

describe("computeBill: an empty bill", () => {
  it("computeBill({}) is a 0-yuan bill with no lines and the billing_no_lines warning in both languages", () => {
    const r = computeBill({});
    expect(data(r).totalYuan).toBe(0);
    expect(data(r).lines).toEqual([]);
    expect(r.success && r.warnings.map((w) => w.code)).toEqual(["billing_no_lines"]);
    expect(r.success && formatIssue(r.warnings[0]!, "en")).toMatch(/^the bill has no charge line/);
    expect(r.success && formatIssue(r.warnings[0]!, "zh-CN")).toMatch(/^账单没有任何计费项/);
  });
});
