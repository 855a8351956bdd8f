// The billing wrappers hand Excel's arguments to the engine in the engine's shapes: CHARGEABLE_KVA builds units with
// `capacityKva` (a unit without it is rejected by the engine's strict schema), and BASIC_FEE passes the parsed
// options as the second argument of basicFee(input, options) and `capacity_kva` as the input's `capacityKva`.
// Each expected figure is worked out by hand from domain/billing.md, so a misnamed field or an ignored option
// changes the number or turns it into an error.
import { beforeAll, describe, expect, it } from "vitest";
import { isExcelError, loadBuiltFunctions, type CustomFunction } from "./built-functions.ts";

let fns: Map<string, CustomFunction>;
beforeAll(() => {
  ({ registered: fns } = loadBuiltFunctions());
});

const column = (values: unknown[]) => values.map((v) => [v]);

function chargeableKva(...args: unknown[]): unknown {
  while (args.length < 4) args.push(null);
  return fns.get("CHARGEABLE_KVA")!(...args);
}

function basicFee(...args: unknown[]): unknown {
  while (args.length < 7) args.push(null);
  return fns.get("BASIC_FEE")!(...args);
}

describe("CHARGEABLE_KVA passes each transformer's kVA as the engine's capacityKva", () => {
  it("counts an interlocked pair as its larger unit and a sealed unit as free: 315/400 interlocked + 250 sealed = 400", () => {
    const kvas = column([315, 250, 400]);
    const statuses = column(["running", "sealed", "hot_standby"]);
    expect(chargeableKva(kvas, statuses, column(["g1", null, "g1"]))).toBe(400);
  });

  it("adds HV motors at 1 kW = 1 kVA: 400 + 100 = 500", () => {
    const kvas = column([315, 250, 400]);
    const statuses = column(["running", "sealed", "hot_standby"]);
    expect(chargeableKva(kvas, statuses, column(["g1", null, "g1"]), column([100]))).toBe(500);
  });

  it("reports the engine's check of capacityKva (negative) against the kvas argument as #NUM!", () => {
    const out = chargeableKva(column([315, -250]), column(["running", "standby"]));
    expect(isExcelError(out) && out.code).toBe("#NUM!");
    expect(isExcelError(out) && out.message).toContain("（kvas）");
  });
});

describe("BASIC_FEE passes options as the engine's second argument", () => {
  // Demand basis, actual A = 140 kW over contract C = 126 kW (1.05 C = 132.3), 28 yuan/kW, a whole month.
  it.for([
    [null, 4135.6], // V1 by default: 28 × [140 + (140 − 132.3)]
    ["over105=V1", 4135.6],
    ["over105=V2", 3959.2], // 28 × [126 + 2 × (140 − 132.3)]
    ["over105=V3legacy", 4312], // 28 × [126 + 2 × (140 − 126)]
  ] as const)("over-105 %% formula from options %s → %s yuan", ([options, yuan]) => {
    expect(basicFee("demand", 140, 28, 126, null, null, options)).toBeCloseTo(yuan, 9);
  });

  it("rejects an option value the engine does not know, naming the options argument", () => {
    const out = basicFee("demand", 140, 28, 126, null, null, "over105=V9");
    expect(isExcelError(out) && out.code).toBe("#VALUE!");
    expect(isExcelError(out) && out.message).toContain("（options）");
  });

  it("floors the contract demand at 40 % of capacity_kva: 40 % × 400 = 160 kW × 28 × 20/30 days = 2986.67", () => {
    expect(basicFee("demand", 140, 28, 126, 400, 20)).toBe(2986.67);
  });
});
