// The largest range each argument of the custom functions accepts (addin/README.md "Limits"). Beyond it a function
// returns #VALUE! at once, saying how many cells it got and how many it takes, instead of computing for minutes on
// a range no customer book holds.

/** Rows in an Excel sheet: a whole column, the most customers one range can list. */
export const EXCEL_ROWS = 1_048_576;
/** Columns in an Excel sheet: a whole row. */
export const EXCEL_COLUMNS = 16_384;

/** Most cells per range argument, by argument name; a range argument not named here takes one whole column. */
export const maxCellsByArgument: Readonly<Record<string, number>> = {
  // VALUE_SCORE: one row per customer, one column per criterion: a whole column of customers with 4 criteria,
  // or fewer customers with more criteria.
  matrix: 4 * EXCEL_ROWS,
  // LIFECYCLE_STAGE: one customer's periods, a whole row (16,384 months is over 1,300 years).
  volumes: EXCEL_COLUMNS,
  profits: EXCEL_COLUMNS,
  // Lists: cut points, labels, weights, directions (the engine itself takes at most 20 cut points and 21 labels).
  cutoffs: EXCEL_COLUMNS,
  labels: EXCEL_COLUMNS,
  weights: EXCEL_COLUMNS,
  directions: EXCEL_COLUMNS,
  // CHARGEABLE_KVA: one customer's transformers and motors; a site has tens, the largest a few hundred.
  kvas: 10_000,
  statuses: 10_000,
  interlock_groups: 10_000,
  hv_motor_kw: 10_000,
};

/** Returns the most cells the range argument `argument` accepts. */
export function maxCells(argument: string): number {
  return maxCellsByArgument[argument] ?? EXCEL_ROWS;
}
