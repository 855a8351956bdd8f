// The bodies of the custom functions: read Excel's arguments, call the engine, shape the result for the grid.
import {
  abcTiers,
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
import { engineFunction } from "./engine.ts";
import { workbookLocale } from "./locale.ts";
import { rangeMemo } from "./range-cache.ts";

type Engine<A extends unknown[], R> = (...args: A) => R;

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

/** Returns a number result, whether the engine gives the number itself or a record with a `value`. */
function scalar(data: unknown, field = "value"): number {
  const n = typeof data === "number" ? data : (data as Record<string, unknown> | null)?.[field];
  if (typeof n !== "number" || !Number.isFinite(n))
    throw new Error(`Expected a finite number from the engine, got ${String(n)}`);
  return n;
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
  if (method === "topsis") {
    const topsis = engineFunction<Engine<[(number | null)[][], object[]], Result<unknown>>>("topsis", "normalization");
    return toColumn(scores(unwrap(topsis(rows, criteria), onArgs), "closeness"));
  }
  const result = unwrap(valueScoresMatrix(rows, criteria, { normalization: method }), onArgs);
  // A row with no value at all has a NaN score (the engine's "no score"): a blank cell, never NaN in the grid.
  return toColumn(Array.from(result.scores, (score) => (Number.isFinite(score) ? score : null)));
}

/** Returns the per-row numbers of a columnar or row-wise engine result. */
function scores(data: unknown, field: string): (number | null)[] {
  if (Array.isArray(data)) return data.map((d) => (typeof d === "number" ? d : (d?.[field] ?? null)));
  const record = data as Record<string, unknown>;
  const column = record[field] ?? record[`${field}s`];
  if (!Array.isArray(column)) throw new Error(`Expected a ${field} column from the engine`);
  return column as (number | null)[];
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

/** Returns the data of an engine Result, or the value itself when the engine returns a plain value. */
function maybeUnwrap(value: unknown, args: readonly string[]): unknown {
  if (value && typeof value === "object" && "success" in value) {
    return unwrap(value as Result<unknown>, argFromPath(args, undefined, snakeToArg(args)));
  }
  return value;
}

/** Maps the engine's camelCase field names to the Excel argument names (fSplit → frequency_split is not guessed). */
function snakeToArg(args: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of args) out[a.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())] = a;
  return out;
}

// Billing --------------------------------------------------------------------------------------------------------

function toRatio(cell: unknown, arg: string): number | undefined {
  if (isBlank(cell)) return undefined;
  if (typeof cell === "number") return toNumber(cell, arg);
  const text = toOptionalText(cell, arg)!;
  if (!text.includes("/")) return toNumber(text, arg);
  const parseRatio = engineFunction<Engine<[string], Result<number>>>("parseRatio", arg);
  return scalar(unwrap(parseRatio(text), () => arg));
}

export function demandKw(reading: unknown, ct: unknown, pt: unknown): number {
  const ctRatio = toRatio(ct, "ct_ratio");
  if (ctRatio === undefined) return reject("ct_ratio", "required");
  const fn = engineFunction<Engine<[number, number, number | undefined], unknown>>("demandKw", "reading");
  return scalar(
    maybeUnwrap(fn(toNumber(reading, "reading"), ctRatio, toRatio(pt, "pt_ratio")), [
      "reading",
      "ct_ratio",
      "pt_ratio",
    ]),
    "demandKw",
  );
}

const statusChoices = {
  running: "running",
  hot_standby: "hot_standby",
  standby: "standby",
  sealed: "sealed",
  suspended: "suspended",
  运行: "running",
  热备用: "hot_standby",
  冷备用: "standby",
  加封: "sealed",
  暂停: "suspended",
} as const;

export function chargeableKva(kvas: unknown, statuses: unknown, groups: unknown, hvMotorKw: unknown): number {
  const sizes = toNumberCells(kvas, "kvas").cells;
  const states = toTextCells(statuses, "statuses");
  requireSameSize(states.length, "statuses", sizes.length, "kvas");
  const groupCells = isBlank(groups) ? undefined : toTextCells(groups, "interlock_groups");
  if (groupCells) requireSameSize(groupCells.length, "interlock_groups", sizes.length, "kvas");
  const units: object[] = [];
  sizes.forEach((kva, i) => {
    if (kva === null && states[i] === null) return;
    if (kva === null) return reject("kvas", "expected_number_cell", { cell: i + 1, got: null });
    const status = toChoice(states[i], "statuses", statusChoices);
    if (!status)
      return reject("statuses", "unknown_choice", { got: "", options: Object.keys(statusChoices).join(", ") });
    const group = groupCells?.[i];
    units.push(group ? { kva, status, interlockGroup: group } : { kva, status });
  });
  if (units.length === 0) reject("kvas", "empty_range");
  const motors = isBlank(hvMotorKw) ? [] : toNumberCells(hvMotorKw, "hv_motor_kw").cells.filter((c) => c !== null);
  const fn = engineFunction<Engine<[object[], number[]], unknown>>("chargeableCapacity", "kvas");
  return scalar(maybeUnwrap(fn(units, motors), ["kvas", "statuses", "interlock_groups", "hv_motor_kw"]), "capacityKva");
}

const bases = { capacity: "capacity", demand: "demand", actual: "actual", 容量: "capacity", 需量: "demand" } as const;

export function basicFee(
  basis: unknown,
  quantity: unknown,
  price: unknown,
  contractKw: unknown,
  capacityKva: unknown,
  billedDays: unknown,
  options: unknown,
): number {
  const mode = toChoice(basis, "basis", bases);
  if (!mode) return reject("basis", "required");
  const input = {
    basis: mode,
    quantity: toNumber(quantity, "quantity"),
    price: toNumber(price, "price"),
    contractKw: toOptionalNumber(contractKw, "contract_kw"),
    capacityKva: toOptionalNumber(capacityKva, "capacity_kva"),
    billedDays: toOptionalNumber(billedDays, "billed_days"),
  };
  const text = toOptionalText(options, "options");
  const parseBillingOptions = engineFunction<Engine<[string], Result<object>>>("parseBillingOptions", "options");
  const parsed = text ? unwrap(parseBillingOptions(text), () => "options") : {};
  const fn = engineFunction<Engine<[object], unknown>>("basicFee", "basis");
  return scalar(
    maybeUnwrap(fn({ ...input, options: parsed }), [
      "basis",
      "quantity",
      "price",
      "contract_kw",
      "capacity_kva",
      "billed_days",
      "options",
    ]),
    "amountYuan",
  );
}

export function powerFactor(active: unknown, reactive: unknown, reverse: unknown): number {
  const fn = engineFunction<Engine<[number, number, number | undefined], unknown>>("powerFactor", "active_kwh");
  return scalar(
    maybeUnwrap(
      fn(
        toNumber(active, "active_kwh"),
        toNumber(reactive, "reactive_kvarh"),
        toOptionalNumber(reverse, "reverse_kvarh"),
      ),
      ["active_kwh", "reactive_kvarh", "reverse_kvarh"],
    ),
    "powerFactor",
  );
}

export function pfAdjustmentRate(pf: unknown, standard: unknown): number {
  const args = [toNumber(pf, "power_factor"), toOptionalNumber(standard, "standard")] as const;
  const fn = engineFunction<Engine<[number, number | undefined], unknown>>("pfAdjustmentRate", "power_factor");
  return scalar(maybeUnwrap(fn(...args), ["power_factor", "standard"]), "rate");
}

export function pfAdjustment(pf: unknown, standard: unknown, basic: unknown, energy: unknown): number {
  const args = [
    toNumber(pf, "power_factor"),
    toNumber(standard, "standard"),
    toNumber(basic, "basic_fee"),
    toNumber(energy, "energy_charge"),
  ] as const;
  const fn = engineFunction<Engine<[number, number, number, number], unknown>>("pfAdjustment", "power_factor");
  return scalar(maybeUnwrap(fn(...args), ["power_factor", "standard", "basic_fee", "energy_charge"]), "amountYuan");
}
