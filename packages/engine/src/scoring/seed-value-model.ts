import * as z from "zod/mini";
import type { LocalizedText } from "../quadrants/quadrant-preset.ts";
import type { QuadrantKey } from "../quadrants/quadrant-key.ts";
import type { QuadrantSplitReport } from "../quadrants/classify-quadrants.ts";
import { VALUE_PRESET, valueQuadrants } from "../quadrants/value-quadrants.ts";
import { atPath, fail, ok, parseWith, type Issue, type Result, type Warning } from "../result.ts";
import { issue } from "./issue.ts";
import { isBlank } from "./criterion-columns.ts";
import type { Normalization } from "./criterion.ts";
import { competitionRanksDesc } from "../math/rank.ts";
import { gradeBandTable, gradeScores, type GradeByBandsResult } from "./grade-by-bands.ts";
import { gradeByQuotas } from "./grade-by-quotas.ts";
import { DEFAULT_GRADE_BANDS, GradeBand, type LocalizedLabel } from "./grade-bands.ts";
import { roundForRank } from "./round-for-rank.ts";
import { contributionsOf } from "./value-score-breakdown.ts";
import { valueScoresColumns, type ValueScoreColumnsResult } from "./value-scores-columns.ts";
import { tooManyItems } from "../limits.ts";

/** The six criteria of the seed's model: three of current value, three of future value. */
export const SEED_CRITERIA = [
  "grossProfit",
  "revenue",
  "marketingCost",
  "industryPosition",
  "cooperationYears",
  "satisfaction",
] as const;
export type SeedCriterion = (typeof SEED_CRITERIA)[number];

const weight = z.number().check(z.minimum(0));

/** Options of {@link seedValueModel}. */
export const SeedValueModelOptions = z.strictObject({
  /** Record field of each measure; defaults to the sample book's names (the key itself, e.g. `grossProfit`). */
  fields: z._default(
    z.partial(
      z.strictObject({
        id: z.string().check(z.minLength(1)),
        name: z.string().check(z.minLength(1)),
        grossProfit: z.string().check(z.minLength(1)),
        revenue: z.string().check(z.minLength(1)),
        marketingCost: z.string().check(z.minLength(1)),
        discounts: z.string().check(z.minLength(1)),
        financialCost: z.string().check(z.minLength(1)),
        industryPosition: z.string().check(z.minLength(1)),
        cooperationYears: z.string().check(z.minLength(1)),
        satisfaction: z.string().check(z.minLength(1)),
      }),
    ),
    {},
  ),
  /** Relative weights: of the two sub-scores in the total, and of the criteria within each; all 1 by default. */
  weights: z._default(
    z.partial(
      z.strictObject({
        currentValue: weight,
        futureValue: weight,
        grossProfit: weight,
        revenue: weight,
        marketingCost: weight,
        industryPosition: weight,
        cooperationYears: weight,
        satisfaction: weight,
      }),
    ),
    {},
  ),
  /** Normalisation of every criterion; defaults to `minmax` (`none` is not offered: sub-scores must be 0–100). */
  normalization: z._default(
    z.enum(["minmax", "max", "zscore", "percentile", "vector"] as const satisfies readonly Normalization[]),
    "minmax",
  ),
  /** Missing values: `renormalize` (default) or `zero`, within each sub-score and between them. */
  missing: z._default(z.enum(["renormalize", "zero"]), "renormalize"),
  /** Satisfaction's scale: `auto` (1–5 when no value exceeds 5, the default), `0-100` or `1-5` (mapped to 0–100). */
  satisfactionScale: z._default(z.enum(["auto", "0-100", "1-5"]), "auto"),
  /** Clip each criterion at p1/p99 before normalising; defaults to false. */
  winsorize: z._default(z.boolean(), false),
  /** Grade bands of the total; defaults to DEFAULT_GRADE_BANDS (≥ 85 关键, 70–85 重点, 60–70 一般, < 60 维持). */
  gradeBands: z.optional(z.array(GradeBand).check(z.minLength(1))),
  /**
   * `bands` (the default) grades the total by `gradeBands`; `quotas` grades it by count quotas `gradeQuotas`
   * (defaults to the seed's 20/30/30/20), naming the grades after `gradeBands` best first.
   */
  grading: z._default(z.enum(["bands", "quotas"]), "bands"),
  gradeQuotas: z.optional(z.array(z.number()).check(z.minLength(2))),
  /** Splits of the CV × FV matrix (as `quadrants`' xSplit / ySplit); the median of each by default. */
  currentValueSplit: z.optional(z.unknown()),
  futureValueSplit: z.optional(z.unknown()),
});
export type SeedValueModelOptions = z.input<typeof SeedValueModelOptions>;

/** One criterion's part in a customer's score. */
export interface SeedContribution {
  readonly criterion: SeedCriterion;
  readonly subScore: "currentValue" | "futureValue";
  /** The value used (satisfaction on 0–100); null when missing. */
  readonly value: number | null;
  /** Rating r, 0–1; null when missing (0 under `zero`). */
  readonly normalized: number | null;
  /** Weight within the sub-score, as used for this customer. */
  readonly weight: number;
  /** Points of the sub-score (0–100) this criterion gave. */
  readonly contribution: number;
  /** Points of the total this criterion gave. */
  readonly totalContribution: number;
}

/** One customer in the seed's value model. */
export interface SeedValueCustomer {
  readonly index: number;
  readonly id: unknown;
  readonly name: unknown;
  /** Current value CV (当前价值), 0–100; null when no CV criterion has a value. */
  readonly currentValue: number | null;
  /** Future value FV (未来价值), 0–100; null when no FV criterion has a value. */
  readonly futureValue: number | null;
  /** Total = wCV·CV + wFV·FV, 0–100 (renormalised over the present sub-scores). */
  readonly score: number | null;
  readonly rank: number | null;
  /** Share of the total weight with a value. */
  readonly coverage: number;
  /** Grade id (`key`, `important`, `general`, `maintenance` by default) and its labels. */
  readonly grade: string | null;
  readonly gradeLabel: LocalizedLabel | null;
  /** Cell of the CV × FV matrix: strategic / develop / maintain / general (null when CV or FV is missing). */
  readonly quadrant: string | null;
  readonly quadrantKey: QuadrantKey | null;
  readonly quadrantLabel: LocalizedText | null;
  /** Recommended action for the cell. */
  readonly action: LocalizedText | null;
  readonly contributions: readonly SeedContribution[];
}

/** A CV × FV cell with its count. */
export interface SeedQuadrantCell {
  readonly key: QuadrantKey;
  readonly segment: string;
  readonly label: LocalizedText;
  readonly action: LocalizedText;
  readonly count: number;
}

/** The seed's value model over a customer book. */
export interface SeedValueModelResult {
  readonly customers: readonly SeedValueCustomer[];
  /** Weights used, renormalised: sub-scores in the total and criteria within each sub-score. */
  readonly weights: Readonly<Record<"currentValue" | "futureValue" | SeedCriterion, number>>;
  readonly satisfactionScale: "0-100" | "1-5";
  /** The value scores behind CV and FV (criteria reports: min, max … per criterion). */
  readonly currentValue: ValueScoreColumnsResult;
  readonly futureValue: ValueScoreColumnsResult;
  /** Grades per customer and per grade; with `grading: "quotas"` each grade's min / max are its lowest and
   * highest score. */
  readonly grades: GradeByBandsResult;
  /** The CV and FV split values (≥ split is high) and the customers per cell. */
  readonly splits: { readonly currentValue: QuadrantSplitReport; readonly futureValue: QuadrantSplitReport } | null;
  readonly quadrants: readonly SeedQuadrantCell[];
}

const CV: readonly SeedCriterion[] = ["grossProfit", "revenue", "marketingCost"];
const FV: readonly SeedCriterion[] = ["industryPosition", "cooperationYears", "satisfaction"];

/**
 * Returns the seed's customer value model (客户价值评估): current value CV from gross profit ↑, sales volume
 * (revenue) ↑ and marketing cost ↓ (= discounts + financial cost when `marketingCost` is absent), future value FV
 * from industry position (1–5) ↑, cooperation years ↑ and satisfaction (0–100 or 1–5) ↑, each sub-score 0–100;
 * total = wCV·CV + wFV·FV, graded by score bands into 关键 / 重点 / 一般 / 维持; and each customer's cell of the
 * CV × FV matrix split at the medians (≥ is high): strategic 战略, develop 发展, maintain 维持, general 一般, with
 * the recommended action in zh-CN and en (the quadrants area's VALUE_PRESET).
 *
 * Defaults: equal weights within each sub-score and 0.5 / 0.5 between them, `normalization` "minmax", `missing`
 * "renormalize", `satisfactionScale` "auto", `grading` "bands" with DEFAULT_GRADE_BANDS, median splits. Averages
 * of six ratings rarely reach 85 on a real book (min-max on heavy-tailed money values keeps most CVs low); use
 * `grading: "quotas"` for the seed's 20/30/30/20 by count.
 */
export function seedValueModel(
  customers: readonly Readonly<Record<string, unknown>>[],
  options: SeedValueModelOptions = {},
): Result<SeedValueModelResult> {
  const tooMany = tooManyItems(customers, ["customers"]);
  if (tooMany) return fail([tooMany]);
  const opts = parseWith(SeedValueModelOptions, options, ["options"]);
  if (!opts.success) return opts.result;
  const o = opts.data;
  if (!Array.isArray(customers)) {
    return fail([issue("invalid_type", ["customers"], { expected: "array", received: typeof customers })]);
  }
  const n = customers.length;
  if (n === 0) return fail([issue("empty_input", ["customers"])]);
  for (let i = 0; i < n; i++) {
    const c: unknown = customers[i];
    if (c === null || typeof c !== "object" || Array.isArray(c)) {
      return fail([issue("invalid_type", ["customers", i], { expected: "object", received: typeof c })]);
    }
  }
  const f = {
    id: "id",
    name: "name",
    discounts: "discounts",
    financialCost: "financialCost",
    ...Object.fromEntries(SEED_CRITERIA.map((k) => [k, k])),
    ...o.fields,
  } as Record<SeedCriterion | "id" | "name" | "discounts" | "financialCost", string>;

  const warnings: Warning[] = [];
  const nonNumeric: Partial<Record<SeedCriterion, number>> = {};
  const read = (key: SeedCriterion | "discounts" | "financialCost"): Float64Array => {
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = customers[i]![f[key]];
      if (typeof v === "number" && Number.isFinite(v)) x[i] = v;
      else {
        x[i] = NaN;
        if (!isBlank(v) && key !== "discounts" && key !== "financialCost") {
          nonNumeric[key] = (nonNumeric[key] ?? 0) + 1;
        }
      }
    }
    return x;
  };
  const columns = Object.fromEntries(SEED_CRITERIA.map((k) => [k, read(k)])) as Record<SeedCriterion, Float64Array>;

  const cost = columns.marketingCost;
  const discounts = read("discounts");
  const financial = read("financialCost");
  let partial = 0;
  for (let i = 0; i < n; i++) {
    if (cost[i] === cost[i]) continue;
    const d = discounts[i]!;
    const fc = financial[i]!;
    if (d === d && fc === fc) cost[i] = d + fc;
    else if (d === d || fc === fc) {
      cost[i] = d === d ? d : fc;
      partial++;
    }
  }
  if (partial > 0) warnings.push(issue("scoring_marketing_cost_partial", ["customers"], { count: partial }));

  const sat = columns.satisfaction;
  let satMax = -Infinity;
  for (let i = 0; i < n; i++) if (sat[i]! > satMax) satMax = sat[i]!;
  // The seed collects satisfaction either as a 0–100 survey score or a 1–5 rating; ≤ 5 everywhere means a rating.
  const satisfactionScale = o.satisfactionScale === "auto" ? (satMax <= 5 ? "1-5" : "0-100") : o.satisfactionScale;
  if (satisfactionScale === "1-5") {
    for (let i = 0; i < n; i++) if (sat[i] === sat[i]) sat[i] = ((sat[i]! - 1) / 4) * 100;
  }

  const w = o.weights;
  const relative = (keys: readonly string[]) => {
    const raw = keys.map((k) => (w as Record<string, number | undefined>)[k] ?? 1);
    const sum = raw.reduce((a, b) => a + b, 0);
    return raw.map((v) => (sum > 0 ? v / sum : NaN));
  };
  const cvWeights = relative(CV);
  const fvWeights = relative(FV);
  const totalWeights = relative(["currentValue", "futureValue"]);
  const issues: Issue[] = [];
  for (const [group, ws, keys] of [
    ["currentValue", cvWeights, CV],
    ["futureValue", fvWeights, FV],
    ["total", totalWeights, ["currentValue", "futureValue"]],
  ] as const) {
    if (ws.some((v) => v !== v)) {
      issues.push(issue("scoring_weights_zero", ["options", "weights"], { group, criteria: keys.join(", ") }));
    }
  }
  if (issues.length) return fail(issues);

  const scoreOptions = { normalization: o.normalization, missing: o.missing, winsorize: o.winsorize } as const;
  const sub = (keys: readonly SeedCriterion[], ws: number[]) =>
    valueScoresColumns(
      keys.map((k) => columns[k]),
      keys.map((k, j) => ({
        label: k,
        weight: ws[j]!,
        direction: k === "marketingCost" ? ("cost" as const) : ("benefit" as const),
      })),
      scoreOptions,
    );
  const cv = sub(CV, cvWeights);
  const fv = sub(FV, fvWeights);
  if (!cv.success || !fv.success) {
    return fail([...(cv.success ? [] : cv.issues), ...(fv.success ? [] : fv.issues)]);
  }
  // The sub-scores run on internal columns: re-issue their warnings against the customers.
  const relabel = (ws: readonly Warning[]) => ws.map((x) => atPath(x, ["customers"]));
  warnings.push(...relabel(cv.warnings), ...relabel(fv.warnings));
  for (const [key, count] of Object.entries(nonNumeric)) {
    warnings.push(issue("scoring_non_numeric", ["customers"], { criterion: key, count }));
  }

  const [wCv, wFv] = totalWeights as [number, number];
  const total = new Float64Array(n);
  const coverage = new Float64Array(n);
  const cvShare = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = cv.data.scores[i]!;
    const b = fv.data.scores[i]!;
    const wa = a === a ? wCv : 0;
    const wb = b === b ? wFv : 0;
    const present = wa + wb;
    coverage[i] = roundForRank(wCv * cv.data.coverage[i]! + wFv * fv.data.coverage[i]!, 10);
    if (present === 0) {
      total[i] = NaN;
      continue;
    }
    total[i] = roundForRank(((a === a ? wa * a : 0) + (b === b ? wb * b : 0)) / present, 10);
    cvShare[i] = wa / present;
  }
  const ranks = competitionRanksDesc(total);
  const bands = gradeBandTable(o.gradeBands ?? DEFAULT_GRADE_BANDS, ["options", "gradeBands"]);
  if (!bands.success) return fail(bands.issues);
  let graded: { result: GradeByBandsResult; warnings: Warning[] };
  if (o.grading === "quotas") {
    const quotas = o.gradeQuotas ?? [0.2, 0.3, 0.3, 0.2];
    if (quotas.length !== bands.bands.length) {
      return fail([
        issue("length_mismatch", ["options", "gradeQuotas"], { expected: bands.bands.length, received: quotas.length }),
      ]);
    }
    const byQuota = gradeByQuotas(total, quotas, { labels: bands.bands.map((b) => b.grade) });
    if (!byQuota.success) return fail(byQuota.issues.map((x) => atPath(x, ["options", "gradeQuotas"])));
    const counts = new Map(byQuota.data.bands.map((b) => [b.grade, b]));
    graded = {
      result: {
        grades: byQuota.data.grades,
        ungraded: byQuota.data.ungraded,
        bands: bands.bands.map((b) => ({
          grade: b.grade,
          labels: b.labels ?? null,
          min: counts.get(b.grade)?.minScore ?? b.min,
          max: counts.get(b.grade)?.maxScore ?? null,
          count: counts.get(b.grade)?.count ?? 0,
        })),
      },
      warnings: byQuota.warnings.filter((x) => x.code !== "tier_missing_values").map((x) => atPath(x, ["customers"])),
    };
  } else graded = gradeScores(total, bands.bands, 10);
  warnings.push(...graded.warnings);
  const bandByGrade = new Map(bands.bands.map((b) => [b.grade, b]));

  const points = Array.from({ length: n }, (_, i) => ({
    currentValue: nullable(cv.data.scores[i]!),
    futureValue: nullable(fv.data.scores[i]!),
  }));
  const q = valueQuadrants(points, {
    ...(o.currentValueSplit !== undefined ? { xSplit: o.currentValueSplit as never } : {}),
    ...(o.futureValueSplit !== undefined ? { ySplit: o.futureValueSplit as never } : {}),
  });
  if (!q.success) {
    const optionIssues = q.issues.filter((x) => x.path[0] === "options");
    if (optionIssues.length) return fail(optionIssues);
    warnings.push(issue("scoring_no_quadrants", ["customers"]));
  } else warnings.push(...relabel(q.warnings));
  const keys = q.success ? q.data.keys : null;

  const cvContrib = (i: number) => contributionsOf(cv.data, i);
  const fvContrib = (i: number) => contributionsOf(fv.data, i);
  const out: SeedValueCustomer[] = [];
  for (let i = 0; i < n; i++) {
    const s = total[i]!;
    const key = keys?.[i] ?? null;
    const cell = key ? VALUE_PRESET.quadrants[key] : null;
    const grade = graded.result.grades[i] ?? null;
    const share = s === s ? cvShare[i]! : 0;
    const contributions: SeedContribution[] = [
      ...cvContrib(i).map((c, j) => toSeed(c, CV[j]!, "currentValue", share)),
      ...fvContrib(i).map((c, j) => toSeed(c, FV[j]!, "futureValue", s === s ? 1 - share : 0)),
    ];
    out.push({
      index: i,
      id: customers[i]![f.id],
      name: customers[i]![f.name],
      currentValue: nullable(cv.data.scores[i]!),
      futureValue: nullable(fv.data.scores[i]!),
      score: nullable(s),
      rank: s === s ? ranks[i]! : null,
      coverage: coverage[i]!,
      grade,
      gradeLabel: grade ? (bandByGrade.get(grade)?.labels ?? null) : null,
      quadrant: cell?.segment ?? null,
      quadrantKey: key,
      quadrantLabel: cell?.label ?? null,
      action: cell?.action ?? null,
      contributions,
    });
  }
  const weights = {
    currentValue: wCv,
    futureValue: wFv,
    ...Object.fromEntries(CV.map((k, j) => [k, cvWeights[j]!])),
    ...Object.fromEntries(FV.map((k, j) => [k, fvWeights[j]!])),
  } as SeedValueModelResult["weights"];
  return ok(
    {
      customers: out,
      weights,
      satisfactionScale,
      currentValue: cv.data,
      futureValue: fv.data,
      grades: graded.result,
      splits: q.success ? { currentValue: q.data.splits.x, futureValue: q.data.splits.y } : null,
      quadrants: (["HH", "LH", "HL", "LL"] as const).map((k) => ({
        key: k,
        segment: VALUE_PRESET.quadrants[k].segment,
        label: VALUE_PRESET.quadrants[k].label,
        action: VALUE_PRESET.quadrants[k].action,
        count: q.success ? q.data.counts[k] : 0,
      })),
    },
    warnings,
  );
}

function toSeed(
  c: ReturnType<typeof contributionsOf>[number],
  criterion: SeedCriterion,
  subScore: SeedContribution["subScore"],
  share: number,
): SeedContribution {
  return {
    criterion,
    subScore,
    value: c.value,
    normalized: c.normalized,
    weight: c.weight,
    contribution: c.contribution,
    totalContribution: roundForRank(c.contribution * share, 10),
  };
}

function nullable(x: number): number | null {
  return x === x ? x : null;
}
