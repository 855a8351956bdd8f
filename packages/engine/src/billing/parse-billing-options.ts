import { fail, ok, parseWith, type Issue, type Result } from "../result.ts";
import { issue } from "./issue.ts";
import { BillingOptions } from "./billing-options.ts";

type Kind = "enum" | "boolean" | "number" | "list" | "days";

// Text key (full option name or the short form used in Excel option text) → option path and value kind.
const KEYS: Readonly<Record<string, { path: readonly [string] | readonly [string, string]; kind: Kind }>> = {
  ruleversion: { path: ["ruleVersion"], kind: "enum" },
  rules: { path: ["ruleVersion"], kind: "enum" },
  daysbasis: { path: ["daysBasis"], kind: "days" },
  days: { path: ["daysBasis"], kind: "days" },
  over105formula: { path: ["over105Formula"], kind: "enum" },
  over105: { path: ["over105Formula"], kind: "enum" },
  floor40appliesto: { path: ["floor40AppliesTo"], kind: "enum" },
  floor40: { path: ["floor40AppliesTo"], kind: "enum" },
  demandrounding: { path: ["demandRounding"], kind: "enum" },
  round: { path: ["demandRounding"], kind: "enum" },
  legacynewuserhalfcharge: { path: ["legacyNewUserHalfCharge"], kind: "boolean" },
  minsuspensiondays: { path: ["minSuspensionDays"], kind: "number" },
  maxsuspensionmonthsperyear: { path: ["maxSuspensionMonthsPerYear"], kind: "number" },
  highloadfactordiscount: { path: ["highLoadFactorDiscount"], kind: "boolean" },
  highloadfactorkwhperkva: { path: ["highLoadFactorKwhPerKva"], kind: "number" },
  highloadfactorpricefactor: { path: ["highLoadFactorPriceFactor"], kind: "number" },
  singlepartmaxkva: { path: ["singlePartMaxKva"], kind: "number" },
  pfbase: { path: ["pfBase"], kind: "list" },
  lightingmeter: { path: ["lightingMeter"], kind: "enum" },
  pfrounding: { path: ["pfRounding"], kind: "enum" },
  moneyrounding: { path: ["moneyRounding"], kind: "enum" },
  money: { path: ["moneyRounding"], kind: "enum" },
  sealdayfree: { path: ["dayCount", "sealDayFree"], kind: "boolean" },
  resumedaycharged: { path: ["dayCount", "resumeDayCharged"], kind: "boolean" },
  changedayat: { path: ["dayCount", "changeDayAt"], kind: "enum" },
};

// Spellings people type for the enum values, mapped to the option values.
const VALUE_ALIASES: Readonly<Record<string, string>> = {
  v3: "V3legacy",
  v3legacy: "V3legacy",
  v1: "V1",
  v2: "V2",
  int: "integer",
  integer_half_up: "integer",
  halfup: "halfUp",
  perline: "perLine",
  none: "none",
  ceil: "ceil",
  contract: "contract",
  "contract+actual": "contract+actual",
  metered: "metered",
  series: "series",
  parallel: "parallel",
  new: "new",
  old: "old",
  final: "final",
  down: "down",
};

const TRUE = new Set(["true", "yes", "1", "on", "是"]);
const FALSE = new Set(["false", "no", "0", "off", "否"]);

/**
 * Returns billing options read from Excel-style option text `"round=integer;over105=V1;pfBase=basic,energy"`
 * (keys are the option names of {@link BillingOptions}, case-insensitive, or the short forms `round`, `over105`,
 * `floor40`, `rules`, `days`, `money`; `sealDayFree`, `resumeDayCharged` and `changeDayAt` fill `dayCount`). Unknown
 * keys, malformed parts and invalid values are issues whose path names the key.
 */
export function parseBillingOptions(text: string): Result<BillingOptions> {
  if (typeof text !== "string") {
    return fail([issue("invalid_type", ["options"], { expected: "string", received: typeof text })]);
  }
  const out: Record<string, unknown> = {};
  const issues: Issue[] = [];
  for (const raw of text.split(/[;；\n]/)) {
    const part = raw.trim();
    if (part === "") continue;
    const eq = part.search(/[=:：]/);
    if (eq <= 0) {
      issues.push(issue("billing_option_syntax", ["options"], { received: part }));
      continue;
    }
    const keyText = part.slice(0, eq).trim();
    const valueText = part.slice(eq + 1).trim();
    const spec = KEYS[keyText.toLowerCase().replace(/^daycount\./, "")];
    if (!spec) {
      issues.push(issue("billing_option_unknown", ["options", keyText], { received: keyText }));
      continue;
    }
    const value = readValue(spec.kind, valueText);
    if (spec.path.length === 1) out[spec.path[0]] = value;
    else {
      const group = (out[spec.path[0]] ??= {}) as Record<string, unknown>;
      group[spec.path[1]] = value;
    }
  }
  if (issues.length > 0) return fail(issues);
  const parsed = parseWith(BillingOptions, out, ["options"]);
  if (!parsed.success) return parsed.result;
  return ok(parsed.data);
}

function readValue(kind: Kind, text: string): unknown {
  const lower = text.toLowerCase();
  switch (kind) {
    case "boolean":
      return TRUE.has(lower) ? true : FALSE.has(lower) ? false : text;
    case "number":
      return text !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
    case "days":
      return text === "30" ? 30 : lower === "calendar" ? "calendar" : text;
    case "list":
      return text
        .split(/[,，+|]/)
        .map((s) => s.trim())
        .filter((s) => s !== "");
    case "enum":
      return VALUE_ALIASES[lower] ?? text;
  }
}
