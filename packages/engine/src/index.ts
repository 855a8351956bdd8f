// The public catalogue of @keylens/engine. Explicit named exports only; each area owns its block.

// results, issues, messages
export { ok, fail, issue, issuesFromZod, parseWith, assertNever } from "./result.ts";
export type { Result, Issue, Warning } from "./result.ts";
export { messages, formatIssue, formatMessage, pathText } from "./messages.ts";
export type { IssueCode } from "./messages.ts";
export type { Locale } from "./messages/types.ts";

// tiering: ABC / Pareto

// scoring: value score, TOPSIS, grades
export { valueScores } from "./scoring/value-scores.ts";
export type { ValueScoreResult, ValueScoreRow } from "./scoring/value-scores.ts";
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

// quadrants

// lifecycle

// rfm

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

// billing

// sample data
