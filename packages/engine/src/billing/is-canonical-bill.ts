import type { ParsedBill } from "./bill-input.ts";

// A hand-written mirror of the BillInput schema that only says yes or no. A zod parse of a bill costs several µs,
// too much for hundreds of thousands of bills per second; a bill this accepts is one the schema accepts unchanged
// (canonical statuses only), and anything else goes through the schema, which reports the issues.
// Written for speed, as it runs on every bill: optional fields are tested in place (`x.f === undefined || …`) and
// arrays by one loop per element kind, never through a helper handed the test (it would see a dozen tests and
// inline none); unknown keys are found by a `switch` over each object's keys, several times quicker than a Set
// lookup per key.

type Obj = Record<string, unknown>;

function isObj(x: unknown): x is Obj {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function fin(x: unknown): x is number {
  return typeof x === "number" && Number.isFinite(x);
}

/** A finite number ≥ 0 (NaN fails `x >= 0`, ∞ fails `x < Infinity`). */
function nonNeg(x: unknown): boolean {
  return typeof x === "number" && x >= 0 && x < Infinity;
}

function positive(x: unknown): boolean {
  return typeof x === "number" && x > 0 && x < Infinity;
}

function str1(x: unknown): boolean {
  return typeof x === "string" && x.length > 0;
}

/** An id: non-empty text or an integer ≥ 0. */
function key(x: unknown): boolean {
  return typeof x === "string" ? x.length > 0 : Number.isInteger(x) && (x as number) >= 0;
}

function ratio(x: unknown): boolean {
  return typeof x === "string" || positive(x);
}

function intIn(x: unknown, lo: number, hi: number): boolean {
  return Number.isInteger(x) && (x as number) >= lo && (x as number) <= hi;
}

function numIn(x: unknown, lo: number, hi: number): boolean {
  return typeof x === "number" && x >= lo && x <= hi;
}

const STATUSES = new Set(["running", "hot_standby", "standby_unsealed", "cold_standby_sealed", "suspended", "reduced"]);
const PERIODS = new Set(["sharp", "peak", "flat", "valley", "deepValley", "single"]);

function status(x: unknown): boolean {
  return typeof x === "string" && STATUSES.has(x);
}

function unit(x: unknown): boolean {
  return (
    isObj(x) &&
    unitKeys(x) &&
    (x.id === undefined || key(x.id)) &&
    nonNeg(x.capacityKva) &&
    status(x.status) &&
    (x.interlockGroup === undefined || key(x.interlockGroup)) &&
    (x.route === undefined || key(x.route)) &&
    (x.pfCorrection === undefined || typeof x.pfCorrection === "boolean") &&
    (x.inServiceFrom === undefined || typeof x.inServiceFrom === "string") &&
    (x.inServiceUntil === undefined || typeof x.inServiceUntil === "string")
  );
}

function motor(x: unknown): boolean {
  return (
    nonNeg(x) ||
    (isObj(x) &&
      motorKeys(x) &&
      (x.id === undefined || key(x.id)) &&
      nonNeg(x.capacityKw) &&
      (x.status === undefined || status(x.status)) &&
      (x.interlockGroup === undefined || key(x.interlockGroup)) &&
      (x.route === undefined || key(x.route)))
  );
}

function route(x: unknown): boolean {
  return isObj(x) && routeKeys(x) && key(x.id) && (x.backupGroup === undefined || key(x.backupGroup));
}

function meter(x: unknown): boolean {
  return (
    isObj(x) &&
    meterKeys(x) &&
    (x.route === undefined || key(x.route)) &&
    nonNeg(x.reading) &&
    ratio(x.ctRatio) &&
    (x.ptRatio === undefined || ratio(x.ptRatio))
  );
}

function suspension(x: unknown): boolean {
  return (
    isObj(x) &&
    suspensionKeys(x) &&
    key(x.unit) &&
    (x.days === undefined || intIn(x.days, 0, 31)) &&
    (x.sealDate === undefined || typeof x.sealDate === "string") &&
    (x.resumeDate === undefined || typeof x.resumeDate === "string") &&
    (x.totalDays === undefined || intIn(x.totalDays, 0, Number.MAX_SAFE_INTEGER)) &&
    (x.monthsThisYear === undefined || numIn(x.monthsThisYear, 0, 12)) &&
    (x.newUserWithin2Years === undefined || typeof x.newUserWithin2Years === "boolean")
  );
}

function basic(x: unknown): boolean {
  return (
    isObj(x) &&
    basicKeys(x) &&
    (x.basis === "capacity" || x.basis === "demand" || x.basis === "actual") &&
    (x.priceYuanPerKvaMonth === undefined || nonNeg(x.priceYuanPerKvaMonth)) &&
    (x.priceYuanPerKwMonth === undefined || nonNeg(x.priceYuanPerKwMonth)) &&
    (x.capacityKva === undefined || nonNeg(x.capacityKva)) &&
    (x.transformers === undefined || units(x.transformers)) &&
    (x.hvMotors === undefined || motors(x.hvMotors)) &&
    (x.routes === undefined || routes(x.routes)) &&
    (x.contractDemandKw === undefined || nonNeg(x.contractDemandKw)) &&
    (x.maxDemandKw === undefined || nonNeg(x.maxDemandKw)) &&
    (x.demandMeters === undefined || meters(x.demandMeters)) &&
    (x.billedDays === undefined || numIn(x.billedDays, 0, 31)) &&
    (x.suspensions === undefined || suspensions(x.suspensions)) &&
    (x.monthlyKwh === undefined || nonNeg(x.monthlyKwh)) &&
    (x.capacityChargeExempt === undefined || typeof x.capacityChargeExempt === "boolean")
  );
}

function component(x: unknown): boolean {
  return isObj(x) && componentKeys(x) && str1(x.name) && fin(x.priceYuanPerKwh);
}

function period(x: unknown): boolean {
  return (
    isObj(x) &&
    periodKeys(x) &&
    typeof x.period === "string" &&
    PERIODS.has(x.period) &&
    (x.kwh === undefined || nonNeg(x.kwh)) &&
    (x.units === undefined || nonNeg(x.units)) &&
    (x.priceYuanPerKwh === undefined || nonNeg(x.priceYuanPerKwh)) &&
    (x.factor === undefined || positive(x.factor)) &&
    (x.components === undefined || (Array.isArray(x.components) && x.components.length > 0 && components(x.components)))
  );
}

function fixedLoad(x: unknown): boolean {
  return isObj(x) && fixedLoadKeys(x) && str1(x.name) && nonNeg(x.kwh) && nonNeg(x.priceYuanPerKwh);
}

function loss(x: unknown): boolean {
  return (
    isObj(x) &&
    lossKeys(x) &&
    (x.name === undefined || str1(x.name)) &&
    (x.kwh === undefined || nonNeg(x.kwh)) &&
    (x.units === undefined || nonNeg(x.units)) &&
    (x.priceYuanPerKwh === undefined || nonNeg(x.priceYuanPerKwh))
  );
}

function block(x: unknown): boolean {
  return (
    isObj(x) &&
    blockKeys(x) &&
    (x.id === undefined || str1(x.id)) &&
    (x.label === undefined || typeof x.label === "string") &&
    (x.multiplier === undefined || ratio(x.multiplier)) &&
    (x.totalKwh === undefined || nonNeg(x.totalKwh)) &&
    (x.totalUnits === undefined || nonNeg(x.totalUnits)) &&
    (x.flatPriceYuanPerKwh === undefined || nonNeg(x.flatPriceYuanPerKwh)) &&
    (x.nonFloatingYuanPerKwh === undefined || nonNeg(x.nonFloatingYuanPerKwh)) &&
    (x.periods === undefined || periods(x.periods)) &&
    (x.fixedLoads === undefined || fixedLoads(x.fixedLoads)) &&
    (x.losses === undefined || losses(x.losses)) &&
    (x.pfAdjusted === undefined || typeof x.pfAdjusted === "boolean")
  );
}

function pf(x: unknown): boolean {
  return (
    isObj(x) &&
    pfKeys(x) &&
    fin(x.standard) &&
    (x.activeKwh === undefined || nonNeg(x.activeKwh)) &&
    (x.reactiveKvarh === undefined || fin(x.reactiveKvarh)) &&
    (x.reverseKvarh === undefined || fin(x.reverseKvarh)) &&
    (x.powerFactor === undefined || numIn(x.powerFactor, 0, 1))
  );
}

function surcharge(x: unknown): boolean {
  return (
    isObj(x) && surchargeKeys(x) && str1(x.name) && nonNeg(x.priceYuanPerKwh) && (x.kwh === undefined || nonNeg(x.kwh))
  );
}

function periodRange(x: unknown): boolean {
  return isObj(x) && periodRangeKeys(x) && typeof x.start === "string" && typeof x.end === "string";
}

/** Returns true when `bill` passes the BillInput schema unchanged (canonical statuses), without parsing it. */
export function isCanonicalBill(bill: unknown): bill is ParsedBill {
  return (
    isObj(bill) &&
    billKeys(bill) &&
    (bill.id === undefined || typeof bill.id === "string") &&
    (bill.customer === undefined || typeof bill.customer === "string") &&
    (bill.period === undefined || periodRange(bill.period)) &&
    (bill.basic === undefined || basic(bill.basic)) &&
    (bill.energy === undefined || blocks(bill.energy)) &&
    (bill.powerFactor === undefined || pf(bill.powerFactor)) &&
    (bill.surcharges === undefined || surcharges(bill.surcharges))
  );
}

// Arrays of each kind.

function units(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (!unit(x[i])) return false;
  return true;
}

function motors(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (!motor(x[i])) return false;
  return true;
}

function routes(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (!route(x[i])) return false;
  return true;
}

function meters(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (!meter(x[i])) return false;
  return true;
}

function suspensions(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (!suspension(x[i])) return false;
  return true;
}

function components(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (!component(x[i])) return false;
  return true;
}

function periods(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (!period(x[i])) return false;
  return true;
}

function fixedLoads(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (!fixedLoad(x[i])) return false;
  return true;
}

function losses(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (!loss(x[i])) return false;
  return true;
}

function blocks(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (!block(x[i])) return false;
  return true;
}

function surcharges(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (!surcharge(x[i])) return false;
  return true;
}

// The keys each kind of object may have (the schema's strictObject keys).

function unitKeys(x: Obj): boolean {
  for (const k in x) {
    switch (k) {
      case "id":
      case "capacityKva":
      case "status":
      case "interlockGroup":
      case "route":
      case "pfCorrection":
      case "inServiceFrom":
      case "inServiceUntil":
        continue;
      default:
        return false;
    }
  }
  return true;
}

function motorKeys(x: Obj): boolean {
  for (const k in x) {
    switch (k) {
      case "id":
      case "capacityKw":
      case "status":
      case "interlockGroup":
      case "route":
        continue;
      default:
        return false;
    }
  }
  return true;
}

function routeKeys(x: Obj): boolean {
  for (const k in x) {
    switch (k) {
      case "id":
      case "backupGroup":
        continue;
      default:
        return false;
    }
  }
  return true;
}

function meterKeys(x: Obj): boolean {
  for (const k in x) {
    switch (k) {
      case "route":
      case "reading":
      case "ctRatio":
      case "ptRatio":
        continue;
      default:
        return false;
    }
  }
  return true;
}

function suspensionKeys(x: Obj): boolean {
  for (const k in x) {
    switch (k) {
      case "unit":
      case "days":
      case "sealDate":
      case "resumeDate":
      case "totalDays":
      case "monthsThisYear":
      case "newUserWithin2Years":
        continue;
      default:
        return false;
    }
  }
  return true;
}

function basicKeys(x: Obj): boolean {
  for (const k in x) {
    switch (k) {
      case "basis":
      case "priceYuanPerKvaMonth":
      case "priceYuanPerKwMonth":
      case "capacityKva":
      case "transformers":
      case "hvMotors":
      case "routes":
      case "contractDemandKw":
      case "maxDemandKw":
      case "demandMeters":
      case "billedDays":
      case "suspensions":
      case "monthlyKwh":
      case "capacityChargeExempt":
        continue;
      default:
        return false;
    }
  }
  return true;
}

function componentKeys(x: Obj): boolean {
  for (const k in x) {
    switch (k) {
      case "name":
      case "priceYuanPerKwh":
        continue;
      default:
        return false;
    }
  }
  return true;
}

function periodKeys(x: Obj): boolean {
  for (const k in x) {
    switch (k) {
      case "period":
      case "kwh":
      case "units":
      case "priceYuanPerKwh":
      case "factor":
      case "components":
        continue;
      default:
        return false;
    }
  }
  return true;
}

function fixedLoadKeys(x: Obj): boolean {
  for (const k in x) {
    switch (k) {
      case "name":
      case "kwh":
      case "priceYuanPerKwh":
        continue;
      default:
        return false;
    }
  }
  return true;
}

function lossKeys(x: Obj): boolean {
  for (const k in x) {
    switch (k) {
      case "name":
      case "kwh":
      case "units":
      case "priceYuanPerKwh":
        continue;
      default:
        return false;
    }
  }
  return true;
}

function blockKeys(x: Obj): boolean {
  for (const k in x) {
    switch (k) {
      case "id":
      case "label":
      case "multiplier":
      case "totalKwh":
      case "totalUnits":
      case "flatPriceYuanPerKwh":
      case "nonFloatingYuanPerKwh":
      case "periods":
      case "fixedLoads":
      case "losses":
      case "pfAdjusted":
        continue;
      default:
        return false;
    }
  }
  return true;
}

function pfKeys(x: Obj): boolean {
  for (const k in x) {
    switch (k) {
      case "standard":
      case "activeKwh":
      case "reactiveKvarh":
      case "reverseKvarh":
      case "powerFactor":
        continue;
      default:
        return false;
    }
  }
  return true;
}

function surchargeKeys(x: Obj): boolean {
  for (const k in x) {
    switch (k) {
      case "name":
      case "priceYuanPerKwh":
      case "kwh":
        continue;
      default:
        return false;
    }
  }
  return true;
}

function periodRangeKeys(x: Obj): boolean {
  for (const k in x) {
    switch (k) {
      case "start":
      case "end":
        continue;
      default:
        return false;
    }
  }
  return true;
}

function billKeys(x: Obj): boolean {
  for (const k in x) {
    switch (k) {
      case "id":
      case "customer":
      case "period":
      case "basic":
      case "energy":
      case "powerFactor":
      case "surcharges":
        continue;
      default:
        return false;
    }
  }
  return true;
}
