import { describe, expect, it } from "vitest";
import { readJson } from "./built-functions.ts";

interface Metadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    helpUrl?: string;
    parameters: { name: string; description?: string; type: string; dimensionality?: string; optional?: boolean }[];
    result: { type?: string; dimensionality?: string };
  }[];
}

const en = readJson<Metadata>("functions.json");
const zh = readJson<Metadata>("functions.zh-CN.json");

// DESIGN.md "Excel add-in": ids, argument order and arity are fixed because workbooks depend on them.
const catalogue: Record<string, number> = {
  CUSTOMER_TIER: 6,
  CUSTOMER_TIERS: 5,
  PARETO: 2,
  CONCENTRATION: 2,
  VALUE_SCORE: 4,
  QUADRANT: 5,
  LOYALTY_QUADRANT: 4,
  LIFECYCLE_STAGE: 2,
  RFM_SCORE: 7,
  OPPORTUNITY_GRADE: 2,
  DEMAND_KW: 3,
  CHARGEABLE_KVA: 4,
  BASIC_FEE: 7,
  POWER_FACTOR: 3,
  PF_ADJUSTMENT_RATE: 2,
  PF_ADJUSTMENT: 4,
};

describe("functions.json and functions.zh-CN.json", () => {
  it("functions.json holds exactly the catalogue's ids with their arities", () => {
    expect(Object.fromEntries(en.functions.map((f) => [f.id, f.parameters.length]))).toEqual(catalogue);
  });

  it("the zh-CN metadata has the same ids, parameter counts, types and optionality as functions.json", () => {
    const shape = (m: Metadata) =>
      m.functions.map((f) => ({
        id: f.id,
        result: f.result,
        parameters: f.parameters.map((p) => [p.type, p.dimensionality ?? "scalar", p.optional ?? false]),
      }));
    expect(shape(zh)).toEqual(shape(en));
  });

  it("every function has a description and a help URL pointing at its section, in both files", () => {
    for (const m of [en, zh]) {
      for (const f of m.functions) {
        expect(f.description, f.id).toMatch(/\S/);
        expect(f.helpUrl, f.id).toMatch(new RegExp(`^https://.+/help\\.html#${f.id}$`));
        for (const p of f.parameters) expect(p.description, `${f.id}.${p.name}`).toMatch(/\S/);
      }
    }
  });

  it("the zh-CN names are Chinese, distinct, and at least three characters; the catalogue's names are kept", () => {
    const names = zh.functions.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[\p{L}][\p{L}\p{N}._]{2,}$/u);
    const byId = Object.fromEntries(zh.functions.map((f) => [f.id, f.name]));
    expect(byId).toMatchObject({
      CUSTOMER_TIER: "客户分级",
      LOYALTY_QUADRANT: "忠诚度象限",
      LIFECYCLE_STAGE: "生命周期阶段",
      DEMAND_KW: "最大需量",
      BASIC_FEE: "基本电费",
      POWER_FACTOR: "功率因数",
      PF_ADJUSTMENT_RATE: "力调电费比例",
    });
  });

  it("optional parameters come last, as Excel requires", () => {
    for (const f of en.functions) {
      const firstOptional = f.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0)
        expect(
          f.parameters.slice(firstOptional).every((p) => p.optional),
          f.id,
        ).toBe(true);
    }
  });
});
