import type { Locale } from "../messages/types.ts";

/**
 * The seed's four customer classes, best first: key / important / general / maintenance customers
 * (关键客户 / 重点客户 / 一般客户 / 维持客户, domain/tiering.md "Seed terms").
 */
export const SEED_CLASS_LABELS = {
  "zh-CN": ["关键客户", "重点客户", "一般客户", "维持客户"],
  en: ["Key", "Important", "General", "Maintenance"],
} as const satisfies Record<Locale, readonly string[]>;

/** Most labels the label helpers make: tierings have at most 21 tiers (docs/limits.md), so this is only a guard. */
const MAX_LABELS = 1000;

/**
 * Returns the letters A, B, C … (then T27, T28 …) for `count` classes (the engine's default tier labels); `count` is
 * truncated to an integer and kept within 0–1,000, so a wild count gives at most 1,000 labels instead of a hang.
 */
export function defaultTierLabels(count: number): string[] {
  const n = Number.isFinite(count) ? Math.min(MAX_LABELS, Math.max(0, Math.trunc(count))) : 0;
  return Array.from({ length: n }, (_, i) => (i < 26 ? String.fromCharCode(65 + i) : `T${i + 1}`));
}

/**
 * Returns `count` tier labels in `locale` (defaults to zh-CN): the seed's class names (关键客户 …) for up to four
 * classes, else the letters A, B, C ….
 */
export function tierLabels(count: number, locale: Locale = "zh-CN"): string[] {
  const seed = SEED_CLASS_LABELS[locale === "en" ? "en" : "zh-CN"];
  if (Number.isInteger(count) && count >= 1 && count <= seed.length) return seed.slice(0, count);
  return defaultTierLabels(count);
}
