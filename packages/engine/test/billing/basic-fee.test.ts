import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  basicFee,
  createBasicFeeCalculator,
  demandKw,
  formatIssue,
  parseBillingOptions,
  parseRatio,
  resolveBillingOptions,
  type BasicFeeInput,
  type BillingOptions,
} from "../../src/index.ts";
import { data, issues } from "./helpers.ts";

const fee = (input: BasicFeeInput, options?: BillingOptions) => data(basicFee(input, options)).amountYuan;

describe("basicFee: the seed examples in the Excel shape", () => {
  it('basicFee({basis: "capacity", quantity: 315, price: 20}) is 6300 (=KL.BASIC_FEE("capacity", 315, 20))', () => {
    const r = data(basicFee({ basis: "capacity", quantity: 315, price: 20 }));
    expect(r.amountYuan).toBe(6300);
    expect(r.rule.code).toBe("basic_capacity");
    expect(r.unit).toBe("kVA");
  });

  it("basicFee(demand 1.021 × 600/5 rounded to 123 kW, contract 126, 28 yuan, 20 of 30 days) is 2352", () => {
    const kw = data(demandKw(1.021, "600/5")).demandKw;
    expect(kw).toBe(122.52);
    const options = data(parseBillingOptions("round=integer"));
    const r = data(
      basicFee(
        { basis: "demand", quantity: kw, price: 28, contractKw: 126, capacityKva: 315, billedDays: 20 },
        options,
      ),
    );
    expect(r.actualKw).toBe(123);
    expect(r.billingQuantity).toBe(126);
    expect(r.floorKw).toBe(126);
    expect(r.amountYuan).toBe(2352);
    expect(r.rule.code).toBe("basic_contract");
  });

  it("basicFee(capacity 315 + 250 kVA, 20 yuan) is 11300: a 5-day suspension is charged in full", () => {
    expect(fee({ basis: "capacity", quantity: 315 + 250, price: 20 })).toBe(11300);
  });
});

describe("basicFee: options, both sides", () => {
  const demand = (quantity: number, options?: BillingOptions, contractKw = 100) =>
    fee({ basis: "demand", quantity, price: 10, contractKw }, options);

  it("basicFee(demand) bills the contract up to 105 % and doubles the excess above (V1 default)", () => {
    expect(demand(105)).toBe(1000);
    expect(demand(120)).toBe(1350);
    expect(demand(120, { over105Formula: "V1" })).toBe(1350);
  });

  it("basicFee(demand, {over105Formula: 'V2'}) bills C + 2(A − 1.05C): 1300 at A = 120", () => {
    expect(demand(120, { over105Formula: "V2" })).toBe(1300);
    expect(demand(104, { over105Formula: "V2" })).toBe(1000);
  });

  it("basicFee(demand, {over105Formula: 'V3legacy'}) bills C + 2(A − C) from the contract itself", () => {
    expect(demand(120, { over105Formula: "V3legacy" })).toBe(1400);
    expect(demand(104, { over105Formula: "V3legacy" })).toBe(1080);
    expect(demand(100, { over105Formula: "V3legacy" })).toBe(1000);
  });

  it("basicFee(demand, {ruleVersion: '1996'}) defaults to the V3legacy formula", () => {
    expect(demand(104, { ruleVersion: "1996" })).toBe(1080);
    expect(demand(104, { ruleVersion: "2016" })).toBe(1000);
  });

  it("basicFee(actual, {demandRounding}) keeps, rounds half-up or ceils the kW", () => {
    const actual = (q: number, demandRounding?: "none" | "integer" | "ceil") =>
      fee({ basis: "actual", quantity: q, price: 10 }, demandRounding ? { demandRounding } : undefined);
    expect(actual(122.52)).toBe(1225.2);
    expect(actual(122.52, "none")).toBe(1225.2);
    expect(actual(122.52, "integer")).toBe(1230);
    expect(actual(122.4, "integer")).toBe(1220);
    expect(actual(122.5, "integer")).toBe(1230);
    expect(actual(122.4, "ceil")).toBe(1230);
    expect(actual(122, "ceil")).toBe(1220);
  });

  it("basicFee(demand) floors the contract at 40 % of capacity; a missing capacity warns", () => {
    const r = data(basicFee({ basis: "demand", quantity: 90, price: 10, contractKw: 100, capacityKva: 315 }));
    expect(r.effectiveContractKw).toBe(126);
    expect(r.amountYuan).toBe(1260);
    expect(r.rule.code).toBe("basic_contract_floor");
    const w = basicFee({ basis: "demand", quantity: 90, price: 10, contractKw: 100 });
    expect(w.success && w.warnings.map((x) => x.code)).toEqual(["billing_floor_unchecked"]);
  });

  it("basicFee(actual, {floor40AppliesTo}) applies the 40 % floor only with contract+actual or metered", () => {
    const input: BasicFeeInput = { basis: "actual", quantity: 100, price: 10, capacityKva: 315, monthlyKwh: 0 };
    expect(fee(input)).toBe(1000);
    expect(fee(input, { floor40AppliesTo: "contract" })).toBe(1000);
    expect(fee(input, { floor40AppliesTo: "contract+actual" })).toBe(1260);
    expect(fee(input, { floor40AppliesTo: "metered" })).toBe(1260);
  });

  it("basicFee(actual, {highLoadFactorDiscount}) charges 90 % of the price at ≥ 260 kWh per kVA", () => {
    const input = (monthlyKwh: number): BasicFeeInput => ({
      basis: "actual",
      quantity: 200,
      price: 28,
      capacityKva: 1000,
      monthlyKwh,
    });
    const r = data(basicFee(input(260_000)));
    expect(r.discounted).toBe(true);
    expect(r.priceYuan).toBe(25.2);
    expect(r.amountYuan).toBe(5040);
    expect(r.rule.code).toBe("basic_actual_discount");
    expect(fee(input(259_999))).toBe(5600);
    expect(fee(input(260_000), { highLoadFactorDiscount: false })).toBe(5600);
    expect(fee(input(260_000), { highLoadFactorKwhPerKva: 300 })).toBe(5600);
    expect(fee(input(260_000), { highLoadFactorPriceFactor: 0.8 })).toBe(4480);
    const w = basicFee({ basis: "actual", quantity: 200, price: 28 });
    expect(w.success && w.warnings.map((x) => x.code)).toEqual(["billing_high_load_unchecked"]);
  });

  it("basicFee(input, {daysBasis}) divides by 30 by default and by the period's days with 'calendar'", () => {
    const input: BasicFeeInput = { basis: "capacity", quantity: 300, price: 31, billedDays: 7, periodDays: 31 };
    expect(fee(input)).toBe(2170);
    expect(fee(input, { daysBasis: 30 })).toBe(2170);
    expect(fee(input, { daysBasis: "calendar" })).toBe(2100);
    expect(issues(basicFee({ basis: "capacity", quantity: 1, price: 1 }, { daysBasis: "calendar" }))[0]!.path).toEqual([
      "periodDays",
    ]);
  });

  it("basicFee(input) counts a part day as a whole day, with a warning", () => {
    const r = basicFee({ basis: "capacity", quantity: 300, price: 10, billedDays: 9.2 });
    expect(data(r).days).toBe(10);
    expect(r.success && r.warnings[0]!.code).toBe("billing_part_day_counted");
  });

  it("basicFee(input, {moneyRounding}) rounds to 0.01 per line, or leaves the figure for the end", () => {
    const input: BasicFeeInput = { basis: "capacity", quantity: 100, price: 10, billedDays: 1 };
    expect(fee(input)).toBe(33.33);
    expect(fee(input, { moneyRounding: "perLine" })).toBe(33.33);
    expect(fee(input, { moneyRounding: "final" })).toBeCloseTo(33.3333333, 6);
  });

  it("basicFee(input) with capacityChargeExempt is 0 with a warning", () => {
    const r = basicFee({ basis: "capacity", quantity: 315, price: 20, capacityChargeExempt: true });
    expect(data(r).amountYuan).toBe(0);
    expect(data(r).rule.code).toBe("basic_exempt");
    expect(r.success && r.warnings[0]!.code).toBe("billing_capacity_charge_exempt");
  });

  it("createBasicFeeCalculator(options) validates once and gives the same fees", () => {
    const calc = data(createBasicFeeCalculator({ demandRounding: "integer", over105Formula: "V2" }));
    const input: BasicFeeInput = { basis: "demand", quantity: 119.6, price: 10, contractKw: 100 };
    expect(data(calc(input)).amountYuan).toBe(fee(input, { demandRounding: "integer", over105Formula: "V2" }));
    expect(data(calc(input)).amountYuan).toBe(1300);
    expect(issues(createBasicFeeCalculator({ over105Formula: "V4" } as never))[0]!.path).toEqual([
      "options",
      "over105Formula",
    ]);
  });

  it("resolveBillingOptions() fills the documented defaults", () => {
    const s = data(resolveBillingOptions());
    expect(s).toMatchObject({
      ruleVersion: "2024",
      dayCount: { sealDayFree: true, resumeDayCharged: true, changeDayAt: "new" },
      daysBasis: 30,
      over105Formula: "V1",
      floor40AppliesTo: "contract",
      demandRounding: "none",
      legacyNewUserHalfCharge: false,
      minSuspensionDays: 15,
      maxSuspensionMonthsPerYear: 6,
      highLoadFactorDiscount: true,
      highLoadFactorKwhPerKva: 260,
      highLoadFactorPriceFactor: 0.9,
      singlePartMaxKva: 100,
      pfBase: ["basic", "energy", "loss"],
      lightingMeter: "series",
      pfRounding: "halfUp",
      moneyRounding: "perLine",
    });
  });
});

describe("basicFee: bad input names the field in both languages", () => {
  it("basicFee(demand without contractKw) fails with billing_contract_demand_required", () => {
    const [i] = issues(basicFee({ basis: "demand", quantity: 100, price: 28 }));
    expect(i!.code).toBe("billing_contract_demand_required");
    expect(formatIssue(i!, "en")).toBe("contractKw: the demand basis needs the contract (approved) demand in kW");
    expect(formatIssue(i!, "zh-CN")).toBe("contractKw: 按需量计收时必须给出合同（核定）需量");
  });

  it("basicFee(negative kVA) fails naming quantity", () => {
    const [i] = issues(basicFee({ basis: "capacity", quantity: -315, price: 20 }));
    expect(formatIssue(i!, "en")).toBe("quantity: must be at least 0");
    expect(formatIssue(i!, "zh-CN")).toBe("quantity: 应不小于 0");
  });

  it("basicFee(billedDays 32 or −1) fails naming billedDays", () => {
    const [i] = issues(basicFee({ basis: "capacity", quantity: 315, price: 20, billedDays: 32 }));
    expect(formatIssue(i!, "en")).toBe("billedDays: must be at most 31");
    expect(formatIssue(i!, "zh-CN")).toBe("billedDays: 应不大于 31");
    expect(issues(basicFee({ basis: "capacity", quantity: 315, price: 20, billedDays: -1 }))[0]!.code).toBe(
      "too_small",
    );
  });

  it("basicFee(1e308 kVA × 20) fails with not_finite on quantity instead of returning Infinity", () => {
    const [i] = issues(basicFee({ basis: "capacity", quantity: 1e308, price: 20 }));
    expect([i!.code, formatIssue(i!, "en")]).toEqual([
      "not_finite",
      "quantity: expected a finite number, got quantity × price = Infinity",
    ]);
  });

  it("basicFee(unknown basis, NaN price, extra key) lists every problem", () => {
    const r = issues(basicFee({ basis: "kva", quantity: 1, price: NaN, extra: 1 } as never));
    expect(r.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["unrecognized_keys", ""],
      ["invalid_value", "basis"],
      ["not_finite", "price"],
    ]);
  });
});

describe("demandKw and parseRatio", () => {
  it('demandKw(0.152, 1500) is 228 kW (daowen 12-8); demandKw(1.021, "600/5", "10000/100") is 12252', () => {
    expect(data(demandKw(0.152, 1500)).demandKw).toBe(228);
    const r = data(demandKw(1.021, "600/5", "10000/100"));
    expect(r.multiplier).toBe(12000);
    expect(r.demandKw).toBe(12252);
  });

  it("demandKw(reading, ct, pt, {demandRounding}) rounds the kW figure", () => {
    expect(data(demandKw(1.021, "600/5", 1, { demandRounding: "integer" })).demandKw).toBe(123);
    expect(data(demandKw(1.021, "600/5", 1, { demandRounding: "ceil" })).demandKw).toBe(123);
    expect(data(demandKw(1.021, "600/5", 1, { demandRounding: "none" })).demandKw).toBe(122.52);
  });

  it("demandKw(reading, ct, pt) that overflows (1e308 × 120, 0 × ∞) fails with not_finite on reading", () => {
    expect(issues(demandKw(1e308, 120)).map((i) => [i.code, formatIssue(i, "en")])).toEqual([
      ["not_finite", "reading: expected a finite number, got reading × CT × PT = Infinity"],
    ]);
    expect(issues(demandKw(0, 1.8e306, "10000/100"))[0]!.code).toBe("not_finite");
  });

  it('parseRatio("600/5") is 120 and "(10000/100)×(10/5)" is 200', () => {
    expect(data(parseRatio("600/5"))).toBe(120);
    expect(data(parseRatio("(10000/100)×(10/5)"))).toBe(200);
    expect(data(parseRatio("120"))).toBe(120);
  });

  it.each([
    ["600/", "billing_ratio_invalid"],
    ["a/5", "billing_ratio_invalid"],
    ["", "billing_ratio_invalid"],
    ["600/0", "billing_ratio_zero"],
  ])('parseRatio("%s") fails with %s', (text, code) => {
    expect(issues(parseRatio(text))[0]!.code).toBe(code);
  });

  it('demandKw(1, "600/") fails naming ctRatio in both languages', () => {
    const [i] = issues(demandKw(1, "600/"));
    expect(formatIssue(i!, "en")).toBe(
      'ctRatio: cannot read the transformer ratio "600/": write it as 600/5 or a number',
    );
    expect(formatIssue(i!, "zh-CN")).toBe("ctRatio: 互感器变比「600/」无法识别，应写作 600/5 或数字");
  });
});

describe("parseBillingOptions", () => {
  it('parseBillingOptions("round=integer;over105=V1") reads the short keys', () => {
    expect(data(parseBillingOptions("round=integer;over105=V1"))).toEqual({
      demandRounding: "integer",
      over105Formula: "V1",
    });
  });

  it("parseBillingOptions reads every option, dayCount keys and lists", () => {
    const text =
      "ruleVersion=1996;daysBasis=calendar;over105Formula=V3;floor40=metered;demandRounding=ceil;" +
      "legacyNewUserHalfCharge=yes;minSuspensionDays=10;maxSuspensionMonthsPerYear=5;highLoadFactorDiscount=false;" +
      "highLoadFactorKwhPerKva=300;highLoadFactorPriceFactor=0.85;singlePartMaxKva=314;pfBase=basic,energy;" +
      "lightingMeter=parallel;pfRounding=down;money=final;sealDayFree=false;dayCount.resumeDayCharged=false;changeDayAt=old";
    expect(data(parseBillingOptions(text))).toEqual({
      ruleVersion: "1996",
      daysBasis: "calendar",
      over105Formula: "V3legacy",
      floor40AppliesTo: "metered",
      demandRounding: "ceil",
      legacyNewUserHalfCharge: true,
      minSuspensionDays: 10,
      maxSuspensionMonthsPerYear: 5,
      highLoadFactorDiscount: false,
      highLoadFactorKwhPerKva: 300,
      highLoadFactorPriceFactor: 0.85,
      singlePartMaxKva: 314,
      pfBase: ["basic", "energy"],
      lightingMeter: "parallel",
      pfRounding: "down",
      moneyRounding: "final",
      dayCount: { sealDayFree: false, resumeDayCharged: false, changeDayAt: "old" },
    });
  });

  it("parseBillingOptions reports an unknown key, a bad value and a part without '='", () => {
    const [u] = issues(parseBillingOptions("rounding=integer"));
    expect(u!.code).toBe("billing_option_unknown");
    expect(formatIssue(u!, "en")).toBe('options.rounding: unknown billing option "rounding"');
    expect(formatIssue(u!, "zh-CN")).toBe("options.rounding: 未知的计费选项「rounding」");
    const [v] = issues(parseBillingOptions("round=floor"));
    expect(v!.code).toBe("invalid_value");
    expect(v!.path).toEqual(["options", "demandRounding"]);
    expect(issues(parseBillingOptions("integer"))[0]!.code).toBe("billing_option_syntax");
    expect(issues(parseBillingOptions("minSuspensionDays=many"))[0]!.path).toEqual(["options", "minSuspensionDays"]);
  });
});

describe("basicFee properties", () => {
  const formulas = ["V1", "V2", "V3legacy"] as const;

  it("basicFee never decreases when the actual demand rises (every basis and formula)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("demand", "actual"),
        fc.constantFrom(...formulas),
        fc.constantFrom("none", "integer", "ceil"),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 1, max: 60 }),
        (basis, over105Formula, demandRounding, contractKw, a, b, price) => {
          const opts = { over105Formula, demandRounding } as const;
          const at = (q: number) =>
            fee({ basis, quantity: q / 10, price, contractKw, capacityKva: 2 * contractKw, monthlyKwh: 0 }, opts);
          expect(at(Math.max(a, b))).toBeGreaterThanOrEqual(at(Math.min(a, b)));
        },
      ),
    );
  });

  it("basicFee is exactly proportional to the billed days", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("capacity", "demand", "actual"),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 20_000 }),
        fc.integer({ min: 1, max: 5000 }),
        (basis, days, quantity, contractKw) => {
          const input: BasicFeeInput = { basis, quantity, price: 28, contractKw, capacityKva: contractKw };
          const month = data(basicFee(input, { moneyRounding: "final" }));
          const part = data(basicFee({ ...input, billedDays: days }, { moneyRounding: "final" }));
          expect(part.amountYuan).toBe((month.monthlyFeeYuan * days) / 30);
          expect(part.amountYuan * 30).toBeCloseTo(month.amountYuan * days, 6);
        },
      ),
    );
  });
});
