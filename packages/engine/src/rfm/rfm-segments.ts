import * as z from "zod/mini";

const ScoreRange = z.tuple([z.number().check(z.int()), z.number().check(z.int())]);

/**
 * One RFM segment rule (RFM 客户分群): customers whose R, F and M scores all lie in the inclusive ranges
 * `[lo, hi]` belong to `name`. Rules are tried in order and the first match wins; `labels` gives display names.
 */
export const RfmSegment = z.strictObject({
  name: z.string().check(z.minLength(1)),
  labels: z.optional(
    z.strictObject({ "zh-CN": z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) }),
  ),
  R: ScoreRange,
  F: ScoreRange,
  M: ScoreRange,
});
export type RfmSegment = z.infer<typeof RfmSegment>;

/**
 * The rfm R package's ten segments on 1–5 scores, in its order (first match wins), with zh-CN and en labels
 * (rsquaredacademy/rfm README, fixture `rfm-quintile-rsquaredacademy-readme`).
 */
export const RFM_DEFAULT_SEGMENTS: readonly RfmSegment[] = [
  { name: "Champions", labels: { "zh-CN": "冠军客户", en: "Champions" }, R: [5, 5], F: [5, 5], M: [5, 5] },
  {
    name: "Potential Loyalist",
    labels: { "zh-CN": "潜在忠诚客户", en: "Potential Loyalist" },
    R: [3, 5],
    F: [3, 5],
    M: [2, 5],
  },
  { name: "Loyal Customers", labels: { "zh-CN": "忠诚客户", en: "Loyal Customers" }, R: [2, 4], F: [2, 4], M: [2, 4] },
  { name: "Promising", labels: { "zh-CN": "有潜力客户", en: "Promising" }, R: [3, 4], F: [1, 3], M: [3, 5] },
  { name: "New Customers", labels: { "zh-CN": "新客户", en: "New Customers" }, R: [4, 5], F: [1, 3], M: [1, 5] },
  {
    name: "Can't Lose Them",
    labels: { "zh-CN": "不能失去的客户", en: "Can't Lose Them" },
    R: [1, 2],
    F: [3, 4],
    M: [4, 5],
  },
  { name: "At Risk", labels: { "zh-CN": "流失风险客户", en: "At Risk" }, R: [1, 2], F: [2, 5], M: [4, 5] },
  {
    name: "Need Attention",
    labels: { "zh-CN": "需要关注客户", en: "Need Attention" },
    R: [1, 3],
    F: [3, 5],
    M: [3, 5],
  },
  {
    name: "About To Sleep",
    labels: { "zh-CN": "即将沉睡客户", en: "About To Sleep" },
    R: [2, 3],
    F: [1, 3],
    M: [1, 4],
  },
  { name: "Lost", labels: { "zh-CN": "已流失客户", en: "Lost" }, R: [1, 1], F: [1, 5], M: [1, 5] },
];

/** The segment for customers no rule matches (rfm's "Others"). */
export const RFM_FALLBACK_SEGMENT: RfmSegmentLabel = { name: "Others", labels: { "zh-CN": "其他客户", en: "Others" } };

/** A segment's name and display labels. */
export interface RfmSegmentLabel {
  readonly name: string;
  readonly labels?: { readonly "zh-CN": string; readonly en: string } | undefined;
}

/** Returns the index of the first rule whose ranges hold (r, f, m), or -1 when none does. */
export function rfmSegmentIndex(r: number, f: number, m: number, segments: readonly RfmSegment[]): number {
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    if (r >= s.R[0] && r <= s.R[1] && f >= s.F[0] && f <= s.F[1] && m >= s.M[0] && m <= s.M[1]) return i;
  }
  return -1;
}
