import type { Locale } from "../messages/types.ts";

/**
 * The seed's four customer classes, best first: key / important / general / maintenance customers
 * (关键客户 / 重点客户 / 一般客户 / 维持客户, domain/tiering.md "Seed terms").
 */
export const SEED_CLASS_LABELS = {
  "zh-CN": ["关键客户", "重点客户", "一般客户", "维持客户"],
  en: ["Key", "Important", "General", "Maintenance"],
} as const satisfies Record<Locale, readonly string[]>;

/** Returns the letters A, B, C … for `count` classes (the engine's default tier labels). */
export function defaultTierLabels(count: number): string[] {
  return Array.from({ length: Math.max(0, count) }, (_, i) => (i < 26 ? String.fromCharCode(65 + i) : `T${i + 1}`));
}

/**
 * Returns `count` tier labels in `locale` (defaults to zh-CN): the seed's class names (关键客户 …) for up to four
 * classes, else the letters A, B, C ….
 */
export function tierLabels(count: number, locale: Locale = "zh-CN"): string[] {
  if (count >= 1 && count <= SEED_CLASS_LABELS[locale].length) return SEED_CLASS_LABELS[locale].slice(0, count);
  return defaultTierLabels(count);
}
