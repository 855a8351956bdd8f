// The public catalogue of @keylens/engine. Explicit named exports only; each area owns its block.

// results, issues, messages
export { ok, fail, issue, issuesFromZod, parseWith, assertNever } from "./result.ts";
export type { Result, Issue, Warning } from "./result.ts";
export { messages, formatIssue, formatMessage, pathText } from "./messages.ts";
export type { IssueCode } from "./messages.ts";
export type { Locale } from "./messages/types.ts";

// tiering: ABC / Pareto
export { abcTiers } from "./tiering/abc-tiers.ts";
export { customerTiers } from "./tiering/customer-tiers.ts";
export type { CustomerTiersOptions } from "./tiering/customer-tiers.ts";
export { tierOfValue } from "./tiering/tier-of-value.ts";
export type { TierLookup } from "./tiering/tier-of-value.ts";
export { abcItems } from "./tiering/abc-items.ts";
export type { AbcItem } from "./tiering/abc-items.ts";
export { abcCurve } from "./tiering/abc-curve.ts";
export { explainTier } from "./tiering/explain-tier.ts";
export type { TierExplanation } from "./tiering/explain-tier.ts";
export type { AbcCurvePoint } from "./tiering/abc-curve.ts";
export { SEED_CLASS_LABELS, tierLabels, defaultTierLabels } from "./tiering/tier-labels.ts";
export {
  AbcOptionsSchema,
  AbcMethod,
  AbcBoundary,
  AbcTies,
  AbcRounding,
  MissingPolicy,
  NonPositivePolicy,
} from "./tiering/abc-options.ts";
export type { AbcOptions } from "./tiering/abc-options.ts";
export type { AbcResult, AbcTierSummary, AbcExcluded, ExcludedReason } from "./tiering/abc-result.ts";
export type { ComputedAbcInfo, ComputedAbcMode } from "./tiering/computed-abc.ts";

// scoring: value score, TOPSIS, grades
export { valueScores } from "./scoring/value-scores.ts";
export type { ValueScoreResult } from "./scoring/value-scores.ts";
export { valueScoreRows } from "./scoring/value-score-rows.ts";
export type { ValueScoreRow, ValueScoreRowsOptions } from "./scoring/value-score-rows.ts";
export { valueScoreBreakdown } from "./scoring/value-score-breakdown.ts";
export type { CriterionContribution } from "./scoring/value-score-breakdown.ts";
export { valueScoresMatrix } from "./scoring/value-scores-matrix.ts";
export { valueScoresColumns } from "./scoring/value-scores-columns.ts";
export type { ValueScoreColumnsResult } from "./scoring/value-scores-columns.ts";
export { ValueScoreOptions } from "./scoring/value-score-options.ts";
export { Criterion, Direction, Normalization, ScoreBand } from "./scoring/criterion.ts";
export type { CriterionReport } from "./scoring/normalize-criterion.ts";
export type { ScoreBandTable } from "./scoring/score-bands.ts";
export { normalCdf } from "./scoring/normal-cdf.ts";
export { gradeByBands } from "./scoring/grade-by-bands.ts";
export type { GradeByBandsOptions, GradeByBandsResult, GradeBandReport } from "./scoring/grade-by-bands.ts";
export { DEFAULT_GRADE_BANDS, GradeBand, LocalizedLabel } from "./scoring/grade-bands.ts";
export { gradeByQuotas } from "./scoring/grade-by-quotas.ts";
export type { GradeByQuotasOptions, GradeByQuotasResult, QuotaGradeReport } from "./scoring/grade-by-quotas.ts";
export { topsis, topsisMatrix, TopsisOptions } from "./scoring/topsis.ts";
export { seedValueModel, SeedValueModelOptions, SEED_CRITERIA } from "./scoring/seed-value-model.ts";
export type {
  SeedValueModelResult,
  SeedValueCustomer,
  SeedContribution,
  SeedQuadrantCell,
  SeedCriterion,
} from "./scoring/seed-value-model.ts";
export type { TopsisResult, TopsisCriterion } from "./scoring/topsis.ts";

// quadrants
export { quadrants, quadrantsXY } from "./quadrants/quadrants.ts";
export { quadrant } from "./quadrants/quadrant.ts";
export type { QuadrantAssignment } from "./quadrants/quadrant.ts";
export { QUADRANT_KEYS, quadrantKey } from "./quadrants/quadrant-key.ts";
export type { QuadrantKey, QuadrantLabels } from "./quadrants/quadrant-key.ts";
export type { AxisSplit } from "./quadrants/axis-split.ts";
export type { Accessor, QuadrantOptions, QuadrantXYOptions } from "./quadrants/quadrant-options.ts";
export type {
  QuadrantResult,
  QuadrantPoint,
  QuadrantCell,
  QuadrantExclusion,
  QuadrantExclusionReason,
  QuadrantSplitReport,
} from "./quadrants/classify-quadrants.ts";
export { presetQuadrants } from "./quadrants/quadrant-preset.ts";
export type {
  QuadrantPreset,
  PresetQuadrant,
  PresetQuadrantOptions,
  PresetQuadrantResult,
  PresetQuadrantPoint,
  PresetQuadrantCell,
} from "./quadrants/quadrant-preset.ts";
export { presetQuadrant } from "./quadrants/preset-quadrant.ts";
export type { PresetQuadrantAssignment } from "./quadrants/preset-quadrant.ts";
export { LOYALTY_PRESET, loyaltyQuadrants, loyaltyQuadrant } from "./quadrants/loyalty-quadrants.ts";
export { VALUE_PRESET, valueQuadrants, valueQuadrant } from "./quadrants/value-quadrants.ts";
export { OPPORTUNITY_GRADES, opportunityGrade } from "./quadrants/opportunity-grade.ts";
export type { OpportunityGradeResult, OpportunityBucket } from "./quadrants/opportunity-grade.ts";
export {
  DEFAULT_MONTHS_CUTOFFS,
  DEFAULT_PROBABILITY_CUTOFFS,
  DEFAULT_OPPORTUNITY_GRID,
} from "./quadrants/opportunity-grade-options.ts";
export type { OpportunityGradeKey, OpportunityGradeOptions } from "./quadrants/opportunity-grade-options.ts";
export { opportunityGrades } from "./quadrants/opportunity-grades.ts";
export type {
  OpportunityGradesOptions,
  OpportunityGradesResult,
  OpportunityGradeRow,
} from "./quadrants/opportunity-grades.ts";

// lifecycle
export { lifecycleStage } from "./lifecycle/lifecycle-stage.ts";
export type { LifecycleStageResult, LifecycleReason } from "./lifecycle/lifecycle-stage.ts";
export { lifecycleStages } from "./lifecycle/lifecycle-stages.ts";
export type { LifecycleStagesResult, LifecycleStageRow, LifecycleCustomer } from "./lifecycle/lifecycle-stages.ts";
export type { LifecycleOptions } from "./lifecycle/lifecycle-options.ts";
export type { LifecycleMetrics, LifecycleMetricName, MetricRule } from "./lifecycle/lifecycle-metrics.ts";
export { LIFECYCLE_STAGES, RELATIONSHIP_LEVELS } from "./lifecycle/lifecycle-stage-data.ts";
export type {
  LifecycleStageKey,
  LifecycleStageInfo,
  MarketingMix,
  MarketingRole,
  RelationshipLevel,
} from "./lifecycle/lifecycle-stage-data.ts";
export { theilSenSlope } from "./lifecycle/theil-sen-slope.ts";

// rfm
export { rfmScores } from "./rfm/rfm-scores.ts";
export type { RfmScoresOptions } from "./rfm/rfm-scores.ts";
export { rfmFromOrders } from "./rfm/rfm-from-orders.ts";
export type { RfmFromOrdersOptions, RfmFromOrdersResult } from "./rfm/rfm-from-orders.ts";
export { rfmScore, rfmQuantileCuts, rfmScoreFromCuts } from "./rfm/rfm-score.ts";
export type { RfmCuts, RfmSingleScore } from "./rfm/rfm-score.ts";
export { RfmMethod, RfmScoreOptions } from "./rfm/rfm-options.ts";
export { RfmSegment, RFM_DEFAULT_SEGMENTS, RFM_FALLBACK_SEGMENT } from "./rfm/rfm-segments.ts";
export type { RfmSegmentLabel } from "./rfm/rfm-segments.ts";
export type {
  RfmCustomerScore,
  RfmDimensionName,
  RfmDimensionResult,
  RfmNestedGroup,
  RfmResult,
  RfmRow,
  RfmScoreBin,
  RfmScoreRange,
  RfmSegmentCount,
} from "./rfm/rfm-rows.ts";

// concentration
export { concentration } from "./concentration/concentration.ts";
export type { ConcentrationOptions, ConcentrationResult, ConcentrationRatio } from "./concentration/concentration.ts";
export { gini } from "./concentration/gini.ts";
export type { GiniOptions, GiniResult } from "./concentration/gini.ts";
export { hhi } from "./concentration/hhi.ts";
export type { HhiOptions, HhiResult } from "./concentration/hhi.ts";
export { topShare } from "./concentration/top-share.ts";
export type { TopShareResult } from "./concentration/top-share.ts";
export { paretoRatio } from "./concentration/pareto-ratio.ts";
export type { ParetoRatioResult } from "./concentration/pareto-ratio.ts";
export { lorenzCurve } from "./concentration/lorenz-curve.ts";
export type { CurvePoint, LorenzCurveOptions, LorenzCurveResult } from "./concentration/lorenz-curve.ts";
export { NegativePolicy } from "./concentration/share-basis.ts";

// clv
export { clvSum } from "./clv/clv-sum.ts";
export type { ClvSumOptions, ClvSumResult, ClvContribution } from "./clv/clv-sum.ts";
export { retentionClv } from "./clv/retention-clv.ts";
export type { RetentionClvInput, RetentionClvResult } from "./clv/retention-clv.ts";
export { gammaGammaExpectedValue } from "./clv/gamma-gamma-expected-value.ts";
export type { GammaGammaParams, GammaGammaCustomer, GammaGammaResult } from "./clv/gamma-gamma-expected-value.ts";

// billing
export { parseRatio } from "./billing/parse-ratio.ts";
export { demandKw } from "./billing/demand-kw.ts";
export type { DemandKwResult } from "./billing/demand-kw.ts";
export { chargeableCapacity, CapacityUnit, HvMotor, SupplyRoute } from "./billing/chargeable-capacity.ts";
export type {
  CapacityReason,
  CapacityUnitReport,
  ChargeableCapacityResult,
  RouteCapacity,
} from "./billing/chargeable-capacity.ts";
export { TRANSFORMER_STATUS_SPELLINGS, toTransformerStatus } from "./billing/transformer-status.ts";
export type { TransformerStatus } from "./billing/transformer-status.ts";
export { BillingOptions, DEFAULT_BILLING_SETTINGS, resolveBillingOptions } from "./billing/billing-options.ts";
export type { BillingSettings } from "./billing/billing-options.ts";
export { parseBillingOptions } from "./billing/parse-billing-options.ts";
export { basicFee, createBasicFeeCalculator } from "./billing/basic-fee.ts";
export type { BasicFeeBasis, BasicFeeInput, BasicFeeResult } from "./billing/basic-fee.ts";
export { powerFactor } from "./billing/power-factor.ts";
export type { PowerFactorResult } from "./billing/power-factor.ts";
export { pfAdjustment, pfAdjustmentRate, PF_STANDARDS } from "./billing/pf-adjustment-rate.ts";
export type {
  PfAdjustmentRateResult,
  PfAdjustmentResult,
  PfBandStep,
  PfStandard,
} from "./billing/pf-adjustment-rate.ts";
export type { RuleText } from "./billing/rule-text.ts";
export { computeBill } from "./billing/compute-bill.ts";
export { checkBill, PrintedBill } from "./billing/check-bill.ts";
export type { BillCheck, BillCheckCause, BillDifference } from "./billing/check-bill.ts";
export type {
  Bill,
  BillBasic,
  BillLine,
  BillLineKind,
  BillPowerFactor,
  SuspensionReport,
} from "./billing/compute-bill.ts";
export {
  BillInput,
  BillPeriod,
  BasicSection,
  DemandMeter,
  EnergyBlock,
  EnergyLoss,
  EnergyPeriod,
  FixedLoad,
  PowerFactorSection,
  Surcharge,
  Suspension,
  TouPeriod,
} from "./billing/bill-input.ts";

// sample data
export { sampleBook, SampleBookOptions, DEFAULT_SAMPLE_SEED } from "./sample/sample-book.ts";
export type { SampleBook, SampleCustomer, SampleTrajectory } from "./sample/sample-book.ts";
export type {
  SampleSupply,
  SampleTransformer,
  SampleTransformerStatus,
  SampleReading,
} from "./sample/sample-supply.ts";
export { SAMPLE_INDUSTRIES } from "./sample/sample-industries.ts";
export type { SampleIndustry, SampleIndustryProfile } from "./sample/sample-industries.ts";
export { sampleValues } from "./sample/sample-values.ts";
export { sampleBookCsv, SAMPLE_CSV_COLUMNS } from "./sample/sample-book-csv.ts";
export { sampleBills, SampleBillsOptions, SAMPLE_TARIFF } from "./sample/sample-bills.ts";
export type {
  SampleBill,
  SampleBills,
  SamplePrintedBill,
  SampleTariff,
  SamplePlantedError,
} from "./sample/sample-bills.ts";
export { randomSource } from "./sample/random-source.ts";
export type { RandomSource } from "./sample/random-source.ts";
