// The custom functions: JSDoc for custom-functions-metadata (→ functions.json) and thin wrappers that parse Excel's
// arguments (cells.ts), call @keylens/engine and map its issues to Excel errors. No business rule lives here.
// Parameter names are the catalogue's (DESIGN.md "Excel add-in"); types are `unknown` (→ "any") so that numbers
// typed as text and blank cells reach cells.ts, which reads them, instead of Excel rejecting them without a message.
import * as calls from "./calls.ts";
import { run } from "./cells.ts";

/**
 * Returns the tier label of value among values (ABC by cumulative value share, by count quotas, or computed ABC).
 * @customfunction CUSTOMER_TIER
 * @param value The customer's value, e.g. its revenue.
 * @param values Every customer's value: the range value is ranked in. Blank cells are left out.
 * @param [method] "value" (cumulative value share, cutoffs 0.8,0.95 → A,B,C; default), "count" (cumulative count share, cutoffs 0.2,0.5,0.8 → A,B,C,D) or "computed".
 * @param [cutoffs] Cumulative cut points, as a range or comma text such as "0.8,0.95".
 * @param [labels] Tier labels, as a range or comma text such as "A,B,C" or "关键,重点,一般,维持".
 * @param [options] Conventions as text, e.g. "boundary=crossingIncluded;ties=group;rounding=halfEven".
 * @returns The tier label, e.g. "A".
 * @helpurl https://keylens.example.com/addin/help.html#CUSTOMER_TIER
 */
export function customerTier(
  value: unknown,
  values: unknown[][],
  method?: unknown,
  cutoffs?: unknown[][],
  labels?: unknown[][],
  options?: unknown,
): string {
  return run("CUSTOMER_TIER", () => calls.customerTier(value, values, method, cutoffs, labels, options));
}

/**
 * Returns the tier of every value, in input order, spilled in the shape of values.
 * @customfunction CUSTOMER_TIERS
 * @param values Every customer's value. Blank cells give a blank tier.
 * @param [method] "value" (default), "count" or "computed".
 * @param [cutoffs] Cumulative cut points, as a range or comma text such as "0.8,0.95".
 * @param [labels] Tier labels, as a range or comma text such as "A,B,C".
 * @param [options] Conventions as text, e.g. "boundary=cumLT;ties=group".
 * @returns One tier per value.
 * @helpurl https://keylens.example.com/addin/help.html#CUSTOMER_TIERS
 */
export function customerTiers(
  values: unknown[][],
  method?: unknown,
  cutoffs?: unknown[][],
  labels?: unknown[][],
  options?: unknown,
): string[][] {
  return run("CUSTOMER_TIERS", () => calls.customerTiers(values, method, cutoffs, labels, options));
}

/**
 * Returns the Pareto table sorted by value, largest first: id, value, share, cumulative share, tier.
 * @customfunction PARETO
 * @param ids Customer names or ids, one per value.
 * @param values Customer values, the same size as ids.
 * @returns A five-column table, one row per customer.
 * @helpurl https://keylens.example.com/addin/help.html#PARETO
 */
export function pareto(ids: unknown[][], values: unknown[][]): unknown[][] {
  return run("PARETO", () => calls.pareto(ids, values));
}

/**
 * Returns a concentration measure of the values: Gini (default), HHI, top-20 % share or Pareto ratio.
 * @customfunction CONCENTRATION
 * @param values Customer values.
 * @param [measure] "gini" (default), "hhi", "top20" or "pareto_ratio".
 * @returns The measure.
 * @helpurl https://keylens.example.com/addin/help.html#CONCENTRATION
 */
export function concentration(values: unknown[][], measure?: unknown): number {
  return run("CONCENTRATION", () => calls.concentration(values, measure));
}

/**
 * Returns a weighted value score per row of the matrix (0–100 for min-max; TOPSIS closeness 0–1).
 * @customfunction VALUE_SCORE
 * @param matrix One row per customer, one column per criterion.
 * @param weights One weight per column, as a range or comma text; they are renormalised to sum to 1.
 * @param [directions] "benefit" (default) or "cost" per column, as a range or comma text.
 * @param [normalization] "minmax" (default), "none", "max", "zscore", "percentile", "vector" or "topsis".
 * @returns One score per row.
 * @helpurl https://keylens.example.com/addin/help.html#VALUE_SCORE
 */
export function valueScore(
  matrix: unknown[][],
  weights: unknown[][],
  directions?: unknown[][],
  normalization?: unknown,
): unknown[][] {
  return run("VALUE_SCORE", () => calls.valueScore(matrix, weights, directions, normalization));
}

/**
 * Returns the quadrant label of (x, y) against the two splits; a value at or above its split counts as high.
 * @customfunction QUADRANT
 * @param x The customer's x measure.
 * @param y The customer's y measure.
 * @param x_split The split on x.
 * @param y_split The split on y.
 * @param [labels] Four labels in the order high-x/high-y, high-x/low-y, low-x/high-y, low-x/low-y.
 * @returns The quadrant label.
 * @helpurl https://keylens.example.com/addin/help.html#QUADRANT
 */
export function quadrant(x: unknown, y: unknown, x_split: unknown, y_split: unknown, labels?: unknown[][]): string {
  return run("QUADRANT", () => calls.quadrant(x, y, x_split, y_split, labels));
}

/**
 * Returns the loyalty quadrant from transaction frequency and dependence: high, inertia, latent or zero loyalty.
 * @customfunction LOYALTY_QUADRANT
 * @param frequency The customer's transaction frequency.
 * @param dependence The customer's dependence (share of wallet or attitude).
 * @param frequency_split The split on frequency; at or above it is high.
 * @param dependence_split The split on dependence; at or above it is high.
 * @returns The loyalty quadrant.
 * @helpurl https://keylens.example.com/addin/help.html#LOYALTY_QUADRANT
 */
export function loyaltyQuadrant(
  frequency: unknown,
  dependence: unknown,
  frequency_split: unknown,
  dependence_split: unknown,
): string {
  return run("LOYALTY_QUADRANT", () => calls.loyaltyQuadrant(frequency, dependence, frequency_split, dependence_split));
}

/**
 * Returns the customer's lifecycle stage from its period series: exploration, formation, stability or decline.
 * @customfunction LIFECYCLE_STAGE
 * @param volumes Volume per period, oldest first, as a row or a column.
 * @param [profits] Profit per period, the same size as volumes.
 * @returns The stage.
 * @helpurl https://keylens.example.com/addin/help.html#LIFECYCLE_STAGE
 */
export function lifecycleStage(volumes: unknown[][], profits?: unknown[][]): string {
  return run("LIFECYCLE_STAGE", () => calls.lifecycleStage(volumes, profits));
}

/**
 * Returns the RFM score as text, e.g. "545": recency, frequency and monetary bins among all customers.
 * @customfunction RFM_SCORE
 * @param recency_days Days since the customer's last order.
 * @param frequency The customer's number of orders.
 * @param monetary The customer's order value.
 * @param all_recency Every customer's recency in days.
 * @param all_frequency Every customer's frequency.
 * @param all_monetary Every customer's monetary value.
 * @param [bins] Bins per dimension; defaults to 5.
 * @returns The three-digit score.
 * @helpurl https://keylens.example.com/addin/help.html#RFM_SCORE
 */
export function rfmScore(
  recency_days: unknown,
  frequency: unknown,
  monetary: unknown,
  all_recency: unknown[][],
  all_frequency: unknown[][],
  all_monetary: unknown[][],
  bins?: unknown,
): string {
  return run("RFM_SCORE", () =>
    calls.rfmScore(recency_days, frequency, monetary, all_recency, all_frequency, all_monetary, bins),
  );
}

/**
 * Returns the sales opportunity grade A, B, C or D from the expected close time and the likelihood.
 * @customfunction OPPORTUNITY_GRADE
 * @param months_to_close Expected months until the deal closes.
 * @param probability Likelihood of closing, 0–1 (or a percentage such as "60%").
 * @returns The grade.
 * @helpurl https://keylens.example.com/addin/help.html#OPPORTUNITY_GRADE
 */
export function opportunityGrade(months_to_close: unknown, probability: unknown): string {
  return run("OPPORTUNITY_GRADE", () => calls.opportunityGrade(months_to_close, probability));
}

/**
 * Returns the maximum demand in kW: the meter reading times the CT ratio times the PT ratio.
 * @customfunction DEMAND_KW
 * @param reading The demand register reading.
 * @param ct_ratio Current-transformer ratio, as a number (120) or text ("600/5").
 * @param [pt_ratio] Voltage-transformer ratio, as a number or text ("10000/100"); defaults to 1.
 * @returns Maximum demand in kW.
 * @helpurl https://keylens.example.com/addin/help.html#DEMAND_KW
 */
export function demandKw(reading: unknown, ct_ratio: unknown, pt_ratio?: unknown): number {
  return run("DEMAND_KW", () => calls.demandKw(reading, ct_ratio, pt_ratio));
}

/**
 * Returns the chargeable capacity in kVA of a set of transformers and high-voltage motors.
 * @customfunction CHARGEABLE_KVA
 * @param kvas Nameplate kVA of each transformer.
 * @param statuses Status of each transformer: running, hot_standby, standby, sealed or suspended (or 运行, 热备用, 冷备用, 加封, 暂停).
 * @param [interlock_groups] Interlock group of each transformer; units in one group count as their largest member.
 * @param [hv_motor_kw] kW of high-voltage motors not fed through a transformer (1 kW = 1 kVA).
 * @returns Chargeable capacity in kVA.
 * @helpurl https://keylens.example.com/addin/help.html#CHARGEABLE_KVA
 */
export function chargeableKva(
  kvas: unknown[][],
  statuses: unknown[][],
  interlock_groups?: unknown[][],
  hv_motor_kw?: unknown[][],
): number {
  return run("CHARGEABLE_KVA", () => calls.chargeableKva(kvas, statuses, interlock_groups, hv_motor_kw));
}

/**
 * Returns the month's basic fee in yuan by capacity, contract demand or actual demand, prorated by days/30.
 * @customfunction BASIC_FEE
 * @param basis "capacity", "demand" (contract demand, 105 % rule and 40 % floor) or "actual".
 * @param quantity Chargeable kVA for capacity; the actual maximum kW for demand and actual.
 * @param price Price in yuan per kVA or per kW per month.
 * @param [contract_kw] Contract demand in kW (demand basis).
 * @param [capacity_kva] Total capacity in kVA, for the 40 % floor of the contract demand.
 * @param [billed_days] Days billed of 30; defaults to the whole month.
 * @param [options] Options as text, e.g. "round=integer;over105=V1".
 * @returns The basic fee in yuan.
 * @helpurl https://keylens.example.com/addin/help.html#BASIC_FEE
 */
export function basicFee(
  basis: unknown,
  quantity: unknown,
  price: unknown,
  contract_kw?: unknown,
  capacity_kva?: unknown,
  billed_days?: unknown,
  options?: unknown,
): number {
  return run("BASIC_FEE", () =>
    calls.basicFee(basis, quantity, price, contract_kw, capacity_kva, billed_days, options),
  );
}

/**
 * Returns the month's power factor from active and reactive energy, rounded as the 1983 rules say.
 * @customfunction POWER_FACTOR
 * @param active_kwh Active energy in kWh.
 * @param reactive_kvarh Reactive energy in kvarh.
 * @param [reverse_kvarh] Reverse reactive energy in kvarh, added in absolute value.
 * @returns The power factor, e.g. 0.9.
 * @helpurl https://keylens.example.com/addin/help.html#POWER_FACTOR
 */
export function powerFactor(active_kwh: unknown, reactive_kvarh: unknown, reverse_kvarh?: unknown): number {
  return run("POWER_FACTOR", () => calls.powerFactor(active_kwh, reactive_kvarh, reverse_kvarh));
}

/**
 * Returns the power-factor adjustment rate: positive is a surcharge (0.05 = +5 %), negative a reduction.
 * @customfunction PF_ADJUSTMENT_RATE
 * @param power_factor The month's power factor.
 * @param [standard] The customer's standard: 0.9 (default), 0.85 or 0.8.
 * @returns The signed rate.
 * @helpurl https://keylens.example.com/addin/help.html#PF_ADJUSTMENT_RATE
 */
export function pfAdjustmentRate(power_factor: unknown, standard?: unknown): number {
  return run("PF_ADJUSTMENT_RATE", () => calls.pfAdjustmentRate(power_factor, standard));
}

/**
 * Returns the power-factor adjustment in yuan: the rate times the basic fee plus the energy charge.
 * @customfunction PF_ADJUSTMENT
 * @param power_factor The month's power factor.
 * @param standard The customer's standard: 0.9, 0.85 or 0.8.
 * @param basic_fee The month's basic fee in yuan.
 * @param energy_charge The month's energy charge in yuan.
 * @returns The signed adjustment in yuan.
 * @helpurl https://keylens.example.com/addin/help.html#PF_ADJUSTMENT
 */
export function pfAdjustment(
  power_factor: unknown,
  standard: unknown,
  basic_fee: unknown,
  energy_charge: unknown,
): number {
  return run("PF_ADJUSTMENT", () => calls.pfAdjustment(power_factor, standard, basic_fee, energy_charge));
}
