import {
  basicFee,
  chargeableKva,
  concentration,
  customerTier,
  customerTiers,
  demandKw,
  lifecycleStage,
  loyaltyQuadrant,
  opportunityGrade,
  pareto,
  pfAdjustment,
  pfAdjustmentRate,
  powerFactor,
  quadrant,
  rfmScore,
  valueScore,
} from "./functions.ts";

export { setLocale, workbookLocale } from "./locale.ts";

/** Every custom function by its id (the ids in functions.json; workbooks depend on them, never rename one). */
export const functionsById = {
  CUSTOMER_TIER: customerTier,
  CUSTOMER_TIERS: customerTiers,
  PARETO: pareto,
  CONCENTRATION: concentration,
  VALUE_SCORE: valueScore,
  QUADRANT: quadrant,
  LOYALTY_QUADRANT: loyaltyQuadrant,
  LIFECYCLE_STAGE: lifecycleStage,
  RFM_SCORE: rfmScore,
  OPPORTUNITY_GRADE: opportunityGrade,
  DEMAND_KW: demandKw,
  CHARGEABLE_KVA: chargeableKva,
  BASIC_FEE: basicFee,
  POWER_FACTOR: powerFactor,
  PF_ADJUSTMENT_RATE: pfAdjustmentRate,
  PF_ADJUSTMENT: pfAdjustment,
} as const;

/** A custom function id. */
export type FunctionId = keyof typeof functionsById;

/**
 * Registers every function with CustomFunctions.associate. Under Vite nothing does this for us (the webpack
 * plugin's loader would), and a function left out shows as #N/A (shared/notes/excel-addin.md §8.2).
 */
export function registerFunctions(customFunctions: Pick<typeof CustomFunctions, "associate"> = CustomFunctions): void {
  for (const [id, fn] of Object.entries(functionsById)) customFunctions.associate(id, fn);
}
