import * as z from "zod/mini";

/** A label in every language the engine speaks. */
export const LocalizedLabel = z.strictObject({
  "zh-CN": z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
export type LocalizedLabel = z.infer<typeof LocalizedLabel>;

/** One grade band: scores ≥ `min` (and below the next higher band's `min`) get `grade`. */
export const GradeBand = z.strictObject({
  min: z.number(),
  grade: z.string().check(z.minLength(1)),
  labels: z.optional(LocalizedLabel),
});
export type GradeBand = z.infer<typeof GradeBand>;

/**
 * The default grade bands on a 0–100 score, the seed's four customer classes: ≥ 85 key (关键客户), [70, 85)
 * important (重点客户), [60, 70) general (一般客户), [0, 60) maintenance (维持客户). The seed names the classes and
 * the 85 and 70 cut points (domain/tiering.md §2.4); 60 is the customary pass mark of a 100-point scale (百分制).
 */
export const DEFAULT_GRADE_BANDS: readonly GradeBand[] = [
  { min: 85, grade: "key", labels: { "zh-CN": "关键客户", en: "Key" } },
  { min: 70, grade: "important", labels: { "zh-CN": "重点客户", en: "Important" } },
  { min: 60, grade: "general", labels: { "zh-CN": "一般客户", en: "General" } },
  { min: 0, grade: "maintenance", labels: { "zh-CN": "维持客户", en: "Maintenance" } },
];
