import type { Locale } from "@keylens/engine";

const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

/**
 * Returns `value` in the locale's compact style: 1.2万 / 3.4亿 in zh-CN, 12K / 3.4M in en. Small numbers keep
 * their digits. Presentation only: the number itself comes from the engine or the host's data.
 */
export function formatCompact(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "–";
  if (Math.abs(value) < 10000) return formatter(locale, { maximumFractionDigits: 2 }).format(value);
  return formatter(locale, { notation: "compact", maximumFractionDigits: 1 }).format(value);
}

/** Returns `value` with grouping and at most `digits` decimals (defaults to 2). */
export function formatNumber(value: number | null | undefined, locale: Locale, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "–";
  return formatter(locale, { maximumFractionDigits: digits }).format(value);
}

/** Returns a share (0–1) as a percentage with `digits` decimals (defaults to 1): 0.8 → "80.0%". */
export function formatPercent(share: number | null | undefined, locale: Locale, digits = 1): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return "–";
  return formatter(locale, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    share,
  );
}

/** Returns an amount in yuan with two decimals and grouping: 12345.6 → "12,345.60". */
export function formatYuan(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "–";
  return formatter(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}
