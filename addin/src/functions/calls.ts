// The bodies of the custom functions: read Excel's arguments, call the engine, shape the result for the grid.
import {
  abcTiers,
  basicFee as engineBasicFee,
  chargeableCapacity,
  demandKw as engineDemandKw,
  parseBillingOptions,
  parseRatio,
  pfAdjustment as enginePfAdjustment,
  pfAdjustmentRate as enginePfAdjustmentRate,
  powerFactor as enginePowerFactor,
  type BasicFeeInput,
  type CapacityUnit,
  gini,
  hhi,
  lifecycleStage as engineLifecycleStage,
  loyaltyQuadrant as engineLoyaltyQuadrant,
  opportunityGrade as engineOpportunityGrade,
  paretoRatio,
  quadrant as engineQuadrant,
  rfmQuantileCuts,
  rfmScoreFromCuts,
  tierOfValue,
  topShare,
  topsisMatrix,
  valueScoresMatrix,
  type Issue,
  type Result,
} from "@keylens/engine";
import {
  isBlank,
  reject,
  requireSameSize,
  reshape,
  toChoice,
  toColumn,
  toGrid,
  toNumber,
  toNumberCells,
  toNumberList,
  toNumbers,
  toOptionalNumber,
  toOptionalText,
  toOptionText,
  toTextCells,
  toTextList,
  unwrap,
} from "./cells.ts";
import { workbookLocale } from "./locale.ts";
import { rangeMemo } from "./range-cache.ts";

/** Returns the first path key of an issue when it names one of `args`, else `fallback`. */
function argFromPath(args: readonly string[], fallback?: string, rename: Record<string, string> = {}) {
  return (i: Issue): string | undefined => {
    const head = i.path[0];
    if (typeof head !== "string") return fallback;
    const name = rename[head] ?? head;
    return args.includes(name) ? name : fallback;
  };
}

// ABC tiers ----------------------------------------------------------------------------------------------------

type AbcResult = Extract<ReturnType<typeof abcTiers>, { success: true }>["data"];

const tierMethods = { value: "value", count: "count", computed: "computed", 金额: "value", 数量: "count" } as const;

function tierOptions(method: unknown, cutoffs: unknown, labels: unknown, options: unknown) {
  const engineOptions: Record<string, unknown> = {
    method: toChoice(method, "method", tierMethods, "value"),
  };
  if (cutoffs !== undefined && cutoffs !== null) {
    const list = toNumberList(cutoffs, "cutoffs", "0.8,0.95");
    if (list) engineOptions.cutoffs = list;
  }
  if (labels !== undefined && labels !== null) {
    const list = toTextList(labels, "labels");
    if (list) engineOptions.labels = list;
  }
  const extra = toOptionText(options, "options", "boundary=crossingIncluded;ties=group;rounding=halfEven");
  if (extra) for (const [k, v] of Object.entries(extra)) if (!(k in engineOptions)) engineOptions[k] = v;
  return { engineOptions, key: JSON.stringify(engineOptions) };
}

const tierArg = argFromPath(["values", "method", "cutoffs", "labels"], "options");
const tiersMemo = rangeMemo<Result<AbcResult> | "empty">();

/** Returns the ABC result of a range, ranked once per distinct (contents, options) however many cells ask. */
function rankedTiers(values: unknown, method: unknown, cutoffs: unknown, labels: unknown, options: unknown) {
  const { engineOptions, key } = tierOptions(method, cutoffs, labels, options);
  const memo = tiersMemo(values, "values", key, (cells) =>
    cells.some((c) => c !== null) ? abcTiers(cells, engineOptions) : "empty",
  );
  if (memo.value === "empty") return reject("values", "empty_range");
  return { data: unwrap(memo.value, tierArg), shape: memo.shape };
}

export function customerTier(
  value: unknown,
  values: unknown,
  method: unknown,
  cutoffs: unknown,
  labels: unknown,
  options: unknown,
): string {
  const x = toNumber(value, "value");
  const { data } = rankedTiers(values, method, cutoffs, labels, options);
  const found = tierOfValue(data, x);
  if (!found) return reject("value", "not_in_range", { got: x, other: "values" }, "na");
  return found.tier;
}

export function customerTiers(
  values: unknown,
  method: unknown,
  cutoffs: unknown,
  labels: unknown,
  options: unknown,
): string[][] {
  const { data, shape } = rankedTiers(values, method, cutoffs, labels, options);
  return reshape(
    data.tier.map((t) => t ?? ""),
    shape,
  );
}

// Pareto and concentration ---------------------------------------------------------------------------------------

export function pareto(ids: unknown, values: unknown): unknown[][] {
  const names = toTextCells(ids, "ids");
  const { cells } = toNumberCells(values, "values");
  requireSameSize(cells.length, "values", names.length, "ids");
  if (!cells.some((c) => c !== null)) reject("values", "empty_range");
  const data = unwrap(
    abcTiers(cells, { ids: names.map((n, i) => n ?? String(i + 1)) }),
    argFromPath(["values", "ids"]),
  );
  const rows: unknown[][] = [];
  for (let k = 0; k < data.order.length; k += 1) {
    const i = data.order[k]!;
    rows.push([names[i] ?? "", data.value[i], data.share[i], data.cumShare[i], data.tier[i] ?? ""]);
  }
  return rows;
}

const measures = {
  gini: "gini",
  hhi: "hhi",
  top20: "top20",
  pareto_ratio: "pareto_ratio",
  paretoratio: "pareto_ratio",
  基尼: "gini",
} as const;

export function concentration(values: unknown, measure: unknown): number {
  const which = toChoice(measure, "measure", measures, "gini");
  const numbers = toNumbers(values, "values");
  const onValues = () => "values";
  switch (which) {
    case "gini":
      return unwrap(gini(numbers), onValues).gini;
    case "hhi":
      return unwrap(hhi(numbers), onValues).hhi;
    case "top20":
      return unwrap(topShare(numbers, 0.2), onValues).share;
    case "pareto_ratio":
      return unwrap(paretoRatio(numbers), onValues).ratio;
  }
}

// Value score ----------------------------------------------------------------------------------------------------

const normalizations = {
  minmax: "minmax",
  none: "none",
  max: "max",
  zscore: "zscore",
  percentile: "percentile",
  vector: "vector",
  topsis: "topsis",
} as const;
const directionChoices = { benefit: "benefit", cost: "cost", 效益: "benefit", 成本: "cost" } as const;

export function valueScore(
  matrix: unknown,
  weights: unknown,
  directions: unknown,
  normalization: unknown,
): unknown[][] {
  const grid = toGrid(matrix, "matrix");
  const columns = grid[0]?.length ?? 0;
  const rows = grid.map((row, r) =>
    row.map((cell, c) => {
      if (isBlank(cell)) return null;
      const n = toNumberCells([[cell]], "matrix").cells[0];
      if (n === undefined) return reject("matrix", "expected_number_cell", { cell: r * columns + c + 1, got: cell });
      return n;
    }),
  );
  const w = toNumberList(weights, "weights", "0.5,0.3,0.2");
  if (!w) return reject("weights", "required");
  requireSameSize(w.length, "weights", columns, "matrix");
  const dirs = isBlank(directions) ? undefined : toTextCells(directions, "directions").filter((d) => d !== null);
  if (dirs && dirs.length === 1 && columns > 1) dirs.splice(0, 1, ...(toTextList(directions, "directions") ?? []));
  if (dirs) requireSameSize(dirs.length, "directions", columns, "matrix");
  const criteria = w.map((weight, j) => ({
    weight,
    direction: dirs ? toChoice(dirs[j], "directions", directionChoices, "benefit") : "benefit",
  }));
  const method = toChoice(normalization, "normalization", normalizations, "minmax");
  const onArgs = argFromPath(["matrix", "weights", "directions", "normalization"], "matrix", {
    criteria: "weights",
    rows: "matrix",
  });
  const column =
    method === "topsis"
      ? unwrap(topsisMatrix(rows, criteria), onArgs).closeness
      : unwrap(valueScoresMatrix(rows, criteria, { normalization: method }), onArgs).scores;
  // A row the engine cannot score is NaN there: a blank cell here, never NaN in the grid.
  return toColumn(Array.from(column, (score) => (Number.isFinite(score) ? score : null)));
}

// Quadrants, lifecycle, RFM, opportunities ------------------------------------------------------------------------

export function quadrant(x: unknown, y: unknown, xSplit: unknown, ySplit: unknown, labels: unknown): string {
  const args = [toNumber(x, "x"), toNumber(y, "y"), toNumber(xSplit, "x_split"), toNumber(ySplit, "y_split")] as const;
  const names = isBlank(labels) ? undefined : toTextList(labels, "labels");
  if (names) requireSameSize(names.length, "labels", 4, "high-x/high-y, high-x/low-y, low-x/high-y, low-x/low-y");
  const onArgs = argFromPath(["x", "y", "x_split", "y_split", "labels"], undefined, {
    xSplit: "x_split",
    ySplit: "y_split",
  });
  return unwrap(engineQuadrant(...args, names), onArgs).label;
}

export function loyaltyQuadrant(frequency: unknown, dependence: unknown, fSplit: unknown, dSplit: unknown): string {
  const args = [
    toNumber(frequency, "frequency"),
    toNumber(dependence, "dependence"),
    toNumber(fSplit, "frequency_split"),
    toNumber(dSplit, "dependence_split"),
  ] as const;
  const onArgs = argFromPath(["frequency", "dependence", "frequency_split", "dependence_split"], undefined, {
    frequencySplit: "frequency_split",
    dependenceSplit: "dependence_split",
  });
  return unwrap(engineLoyaltyQuadrant(...args, workbookLocale()), onArgs).label;
}

export function lifecycleStage(volumes: unknown, profits: unknown): string {
  const v = toNumberCells(volumes, "volumes").cells;
  const p = isBlank(profits) ? undefined : toNumberCells(profits, "profits").cells;
  if (p) requireSameSize(p.length, "profits", v.length, "volumes");
  if (!v.some((c) => c !== null)) reject("volumes", "empty_range");
  return unwrap(engineLifecycleStage(v, p), argFromPath(["volumes", "profits"])).label[workbookLocale()];
}

// RFM_SCORE filled down a column shares its three population ranges: their cut points are computed once per
// distinct (recency, frequency, monetary, bins) contents, chained through one memo per range.
let rfmEntryId = 0;
const rfmRecency = rangeMemo<{ id: number; cells: (number | null)[] }>();
const rfmFrequency = rangeMemo<{ id: number; cells: (number | null)[] }>();
const rfmMonetary = rangeMemo<ReturnType<typeof rfmQuantileCuts>>();
const rfmArgs = argFromPath(
  ["recency_days", "frequency", "monetary", "all_recency", "all_frequency", "all_monetary", "bins"],
  undefined,
  {
    recencyDays: "recency_days",
    allRecency: "all_recency",
    allFrequency: "all_frequency",
    allMonetary: "all_monetary",
  },
);

export function rfmScore(
  r: unknown,
  f: unknown,
  m: unknown,
  allR: unknown,
  allF: unknown,
  allM: unknown,
  bins: unknown,
): string {
  const customer = [toNumber(r, "recency_days"), toNumber(f, "frequency"), toNumber(m, "monetary")] as const;
  const binCount = toOptionalNumber(bins, "bins") ?? null;
  const recency = rfmRecency(allR, "all_recency", String(binCount), (cells) => ({ id: ++rfmEntryId, cells })).value;
  const frequency = rfmFrequency(allF, "all_frequency", String(recency.id), (cells) => ({
    id: ++rfmEntryId,
    cells,
  })).value;
  const cuts = rfmMonetary(allM, "all_monetary", String(frequency.id), (monetary) => {
    const present = (cells: (number | null)[]) => cells.some((c) => c !== null);
    if (!present(recency.cells)) reject("all_recency", "empty_range");
    if (!present(frequency.cells)) reject("all_frequency", "empty_range");
    if (!present(monetary)) reject("all_monetary", "empty_range");
    return rfmQuantileCuts(recency.cells, frequency.cells, monetary, binCount);
  }).value;
  return unwrap(rfmScoreFromCuts(...customer, unwrap(cuts, rfmArgs)), rfmArgs).code;
}

export function opportunityGrade(months: unknown, probability: unknown): string {
  const args = [toNumber(months, "months_to_close"), toNumber(probability, "probability")] as const;
  const onArgs = argFromPath(["months_to_close", "probability"], undefined, { monthsToClose: "months_to_close" });
  return unwrap(engineOpportunityGrade(...args), onArgs).grade;
}

// Billing --------------------------------------------------------------------------------------------------------

/** Returns a transformer ratio given as a number (120) or as text ("600/5"); undefined when omitted. */
function toRatio(cell: unknown, arg: string): number | undefined {
  if (isBlank(cell)) return undefined;
  if (typeof cell === "number") return toNumber(cell, arg);
  const text = toOptionalText(cell, arg)!;
  if (!text.includes("/")) return toNumber(text, arg);
  return unwrap(parseRatio(text, arg), () => arg);
}

export function demandKw(reading: unknown, ct: unknown, pt: unknown): number {
  const value = toNumber(reading, "reading");
  const ctRatio = toRatio(ct, "ct_ratio");
  if (ctRatio === undefined) return reject("ct_ratio", "required");
  const ptRatio = toRatio(pt, "pt_ratio");
  const onArgs = argFromPath(["reading", "ct_ratio", "pt_ratio"], undefined, {
    ctRatio: "ct_ratio",
    ptRatio: "pt_ratio",
  });
  return unwrap(engineDemandKw(value, ctRatio, ptRatio ?? 1), onArgs).demandKw;
}

const capacityFields: Record<string, string> = {
  capacityKva: "kvas",
  status: "statuses",
  interlockGroup: "interlock_groups",
};

export function chargeableKva(kvas: unknown, statuses: unknown, groups: unknown, hvMotorKw: unknown): number {
  const sizes = toNumberCells(kvas, "kvas").cells;
  const states = toTextCells(statuses, "statuses");
  requireSameSize(states.length, "statuses", sizes.length, "kvas");
  const groupCells = isBlank(groups) ? undefined : toTextCells(groups, "interlock_groups");
  if (groupCells) requireSameSize(groupCells.length, "interlock_groups", sizes.length, "kvas");
  const units: CapacityUnit[] = [];
  const rowOf: number[] = [];
  sizes.forEach((kva, i) => {
    const status = states[i] ?? null;
    if (kva === null && status === null) return;
    if (kva === null) return reject("kvas", "expected_number_cell", { cell: i + 1, got: null });
    if (status === null) return reject("statuses", "required");
    const group = groupCells?.[i];
    units.push(group ? { capacityKva: kva, status, interlockGroup: group } : { capacityKva: kva, status });
    rowOf.push(i);
  });
  if (units.length === 0) reject("kvas", "empty_range");
  const motors = isBlank(hvMotorKw)
    ? []
    : toNumberCells(hvMotorKw, "hv_motor_kw").cells.filter((c): c is number => c !== null);
  const onArgs = (i: Issue) => {
    if (i.path[0] === "hvMotors") return "hv_motor_kw";
    const field = i.path[2];
    return typeof field === "string" ? capacityFields[field] : "kvas";
  };
  return unwrap(chargeableCapacity(units, motors), onArgs).capacityKva;
}

const feeFields: Record<string, string> = {
  basis: "basis",
  quantity: "quantity",
  price: "price",
  contractKw: "contract_kw",
  capacityKva: "capacity_kva",
  billedDays: "billed_days",
};

export function basicFee(
  basis: unknown,
  quantity: unknown,
  price: unknown,
  contractKw: unknown,
  capacityKva: unknown,
  billedDays: unknown,
  options: unknown,
): number {
  const mode = toOptionalText(basis, "basis")?.toLowerCase();
  if (!mode) return reject("basis", "required");
  const input = {
    basis: mode as BasicFeeInput["basis"],
    quantity: toNumber(quantity, "quantity"),
    price: toNumber(price, "price"),
    contractKw: toOptionalNumber(contractKw, "contract_kw"),
    capacityKva: toOptionalNumber(capacityKva, "capacity_kva"),
    billedDays: toOptionalNumber(billedDays, "billed_days"),
  };
  const text = toOptionalText(options, "options");
  const settings = text ? unwrap(parseBillingOptions(text), () => "options") : undefined;
  const onArgs = (i: Issue) => {
    const head = i.path[0];
    return typeof head === "string" && head in feeFields ? feeFields[head] : "options";
  };
  return unwrap(engineBasicFee(input, settings), onArgs).amountYuan;
}

const pfArgs = (args: Record<string, string>) => (i: Issue) => {
  const head = i.path[0];
  return typeof head === "string" ? args[head] : undefined;
};

export function powerFactor(active: unknown, reactive: unknown, reverse: unknown): number {
  const args = [
    toNumber(active, "active_kwh"),
    toNumber(reactive, "reactive_kvarh"),
    toOptionalNumber(reverse, "reverse_kvarh") ?? 0,
  ] as const;
  const onArgs = pfArgs({ activeKwh: "active_kwh", reactiveKvarh: "reactive_kvarh", reverseKvarh: "reverse_kvarh" });
  return unwrap(enginePowerFactor(...args), onArgs).powerFactor;
}

export function pfAdjustmentRate(pf: unknown, standard: unknown): number {
  const args = [toNumber(pf, "power_factor"), toOptionalNumber(standard, "standard") ?? 0.9] as const;
  return unwrap(enginePfAdjustmentRate(...args), pfArgs({ powerFactor: "power_factor", standard: "standard" })).rate;
}

export function pfAdjustment(pf: unknown, standard: unknown, basic: unknown, energy: unknown): number {
  const args = [
    toNumber(pf, "power_factor"),
    toNumber(standard, "standard"),
    toNumber(basic, "basic_fee"),
    toNumber(energy, "energy_charge"),
  ] as const;
  const onArgs = pfArgs({
    powerFactor: "power_factor",
    standard: "standard",
    basicFeeYuan: "basic_fee",
    energyChargeYuan: "energy_charge",
  });
  return unwrap(enginePfAdjustment(...args), onArgs).amountYuan;
}
