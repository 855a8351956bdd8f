import type { ParsedBill } from "./bill-input.ts";

// A hand-written mirror of the BillInput schema that only says yes or no. A zod parse of a bill costs several µs,
// too much for hundreds of thousands of bills per second; a bill this accepts is one the schema accepts unchanged
// (canonical statuses only), and anything else goes through the schema, which reports the issues.

type Obj = Record<string, unknown>;

const isObj = (x: unknown): x is Obj => typeof x === "object" && x !== null && !Array.isArray(x);
const fin = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
const nonNeg = (x: unknown) => fin(x) && x >= 0;
const opt = (x: unknown, test: (v: unknown) => boolean) => x === undefined || test(x);
const str = (x: unknown) => typeof x === "string";
const str1 = (x: unknown) => typeof x === "string" && x.length > 0;
const key = (x: unknown) => str1(x) || (Number.isInteger(x) && (x as number) >= 0);
const bool = (x: unknown) => typeof x === "boolean";
const ratio = (x: unknown) => (fin(x) && x > 0) || str(x);
const intIn = (lo: number, hi: number) => (x: unknown) =>
  Number.isInteger(x) && (x as number) >= lo && (x as number) <= hi;
const numIn = (lo: number, hi: number) => (x: unknown) => fin(x) && x >= lo && x <= hi;
const days31 = intIn(0, 31);
const anyDays = intIn(0, Number.MAX_SAFE_INTEGER);
const months = numIn(0, 12);
const billedDays = numIn(0, 31);
const unitInterval = numIn(0, 1);
const arr = (x: unknown, test: (v: unknown) => boolean) => {
  if (!Array.isArray(x)) return false;
  for (const v of x) if (!test(v)) return false;
  return true;
};

function keysIn(o: Obj, allowed: ReadonlySet<string>): boolean {
  for (const k in o) if (!allowed.has(k)) return false;
  return true;
}

const STATUSES = new Set(["running", "hot_standby", "standby_unsealed", "cold_standby_sealed", "suspended", "reduced"]);
const status = (x: unknown) => typeof x === "string" && STATUSES.has(x);
const PERIODS = new Set(["sharp", "peak", "flat", "valley", "deepValley", "single"]);

const UNIT = new Set([
  "id",
  "capacityKva",
  "status",
  "interlockGroup",
  "route",
  "pfCorrection",
  "inServiceFrom",
  "inServiceUntil",
]);
const unit = (x: unknown) =>
  isObj(x) &&
  keysIn(x, UNIT) &&
  opt(x.id, key) &&
  nonNeg(x.capacityKva) &&
  status(x.status) &&
  opt(x.interlockGroup, key) &&
  opt(x.route, key) &&
  opt(x.pfCorrection, bool) &&
  opt(x.inServiceFrom, str) &&
  opt(x.inServiceUntil, str);

const MOTOR = new Set(["id", "capacityKw", "status", "interlockGroup", "route"]);
const motor = (x: unknown) =>
  nonNeg(x) ||
  (isObj(x) &&
    keysIn(x, MOTOR) &&
    opt(x.id, key) &&
    nonNeg(x.capacityKw) &&
    opt(x.status, status) &&
    opt(x.interlockGroup, key) &&
    opt(x.route, key));

const ROUTE = new Set(["id", "backupGroup"]);
const route = (x: unknown) => isObj(x) && keysIn(x, ROUTE) && key(x.id) && opt(x.backupGroup, key);

const METER = new Set(["route", "reading", "ctRatio", "ptRatio"]);
const meter = (x: unknown) =>
  isObj(x) && keysIn(x, METER) && opt(x.route, key) && nonNeg(x.reading) && ratio(x.ctRatio) && opt(x.ptRatio, ratio);

const SUSPENSION = new Set([
  "unit",
  "days",
  "sealDate",
  "resumeDate",
  "totalDays",
  "monthsThisYear",
  "newUserWithin2Years",
]);
const suspension = (x: unknown) =>
  isObj(x) &&
  keysIn(x, SUSPENSION) &&
  key(x.unit) &&
  opt(x.days, days31) &&
  opt(x.sealDate, str) &&
  opt(x.resumeDate, str) &&
  opt(x.totalDays, anyDays) &&
  opt(x.monthsThisYear, months) &&
  opt(x.newUserWithin2Years, bool);

const BASIC = new Set([
  "basis",
  "priceYuanPerKvaMonth",
  "priceYuanPerKwMonth",
  "capacityKva",
  "transformers",
  "hvMotors",
  "routes",
  "contractDemandKw",
  "maxDemandKw",
  "demandMeters",
  "billedDays",
  "suspensions",
  "monthlyKwh",
  "capacityChargeExempt",
]);
const basic = (x: unknown) =>
  isObj(x) &&
  keysIn(x, BASIC) &&
  (x.basis === "capacity" || x.basis === "demand" || x.basis === "actual") &&
  opt(x.priceYuanPerKvaMonth, nonNeg) &&
  opt(x.priceYuanPerKwMonth, nonNeg) &&
  opt(x.capacityKva, nonNeg) &&
  opt(x.transformers, units) &&
  opt(x.hvMotors, motors) &&
  opt(x.routes, routes) &&
  opt(x.contractDemandKw, nonNeg) &&
  opt(x.maxDemandKw, nonNeg) &&
  opt(x.demandMeters, meters) &&
  opt(x.billedDays, billedDays) &&
  opt(x.suspensions, suspensions) &&
  opt(x.monthlyKwh, nonNeg) &&
  opt(x.capacityChargeExempt, bool);

const COMPONENT = new Set(["name", "priceYuanPerKwh"]);
const component = (x: unknown) => isObj(x) && keysIn(x, COMPONENT) && str1(x.name) && fin(x.priceYuanPerKwh);
const PERIOD = new Set(["period", "kwh", "units", "priceYuanPerKwh", "factor", "components"]);
const period = (x: unknown) =>
  isObj(x) &&
  keysIn(x, PERIOD) &&
  typeof x.period === "string" &&
  PERIODS.has(x.period) &&
  opt(x.kwh, nonNeg) &&
  opt(x.units, nonNeg) &&
  opt(x.priceYuanPerKwh, nonNeg) &&
  opt(x.factor, positive) &&
  opt(x.components, components);
const FIXED = new Set(["name", "kwh", "priceYuanPerKwh"]);
const fixed = (x: unknown) =>
  isObj(x) && keysIn(x, FIXED) && str1(x.name) && nonNeg(x.kwh) && nonNeg(x.priceYuanPerKwh);
const LOSS = new Set(["name", "kwh", "units", "priceYuanPerKwh"]);
const loss = (x: unknown) =>
  isObj(x) &&
  keysIn(x, LOSS) &&
  opt(x.name, str1) &&
  opt(x.kwh, nonNeg) &&
  opt(x.units, nonNeg) &&
  opt(x.priceYuanPerKwh, nonNeg);
const BLOCK = new Set([
  "id",
  "label",
  "multiplier",
  "totalKwh",
  "totalUnits",
  "flatPriceYuanPerKwh",
  "nonFloatingYuanPerKwh",
  "periods",
  "fixedLoads",
  "losses",
  "pfAdjusted",
]);
const block = (x: unknown) =>
  isObj(x) &&
  keysIn(x, BLOCK) &&
  opt(x.id, str1) &&
  opt(x.label, str) &&
  opt(x.multiplier, ratio) &&
  opt(x.totalKwh, nonNeg) &&
  opt(x.totalUnits, nonNeg) &&
  opt(x.flatPriceYuanPerKwh, nonNeg) &&
  opt(x.nonFloatingYuanPerKwh, nonNeg) &&
  opt(x.periods, periods) &&
  opt(x.fixedLoads, fixeds) &&
  opt(x.losses, losss) &&
  opt(x.pfAdjusted, bool);

const PF = new Set(["standard", "activeKwh", "reactiveKvarh", "reverseKvarh", "powerFactor"]);
const pf = (x: unknown) =>
  isObj(x) &&
  keysIn(x, PF) &&
  fin(x.standard) &&
  opt(x.activeKwh, nonNeg) &&
  opt(x.reactiveKvarh, fin) &&
  opt(x.reverseKvarh, fin) &&
  opt(x.powerFactor, unitInterval);
const SURCHARGE = new Set(["name", "priceYuanPerKwh", "kwh"]);
const surcharge = (x: unknown) =>
  isObj(x) && keysIn(x, SURCHARGE) && str1(x.name) && nonNeg(x.priceYuanPerKwh) && opt(x.kwh, nonNeg);
const PERIOD_RANGE = new Set(["start", "end"]);
const BILL = new Set(["id", "customer", "period", "basic", "energy", "powerFactor", "surcharges"]);

/** Returns true when `bill` passes the BillInput schema unchanged (canonical statuses), without parsing it. */
export function isCanonicalBill(bill: unknown): bill is ParsedBill {
  return (
    isObj(bill) &&
    keysIn(bill, BILL) &&
    opt(bill.id, str) &&
    opt(bill.customer, str) &&
    opt(bill.period, periodRange) &&
    opt(bill.basic, basic) &&
    opt(bill.energy, blocks) &&
    opt(bill.powerFactor, pf) &&
    opt(bill.surcharges, surcharges)
  );
}

function blocks(v: unknown): boolean {
  return arr(v, block);
}

function fixeds(v: unknown): boolean {
  return arr(v, fixed);
}

function losss(v: unknown): boolean {
  return arr(v, loss);
}

function meters(v: unknown): boolean {
  return arr(v, meter);
}

function motors(v: unknown): boolean {
  return arr(v, motor);
}

function periods(v: unknown): boolean {
  return arr(v, period);
}

function routes(v: unknown): boolean {
  return arr(v, route);
}

function surcharges(v: unknown): boolean {
  return arr(v, surcharge);
}

function suspensions(v: unknown): boolean {
  return arr(v, suspension);
}

function units(v: unknown): boolean {
  return arr(v, unit);
}

function positive(v: unknown): boolean {
  return fin(v) && v > 0;
}

function components(v: unknown): boolean {
  return Array.isArray(v) && v.length > 0 && arr(v, component);
}

function periodRange(v: unknown): boolean {
  return isObj(v) && keysIn(v, PERIOD_RANGE) && str(v.start) && str(v.end);
}
