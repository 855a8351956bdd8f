import * as z from "zod/mini";

/**
 * The operating status of a transformer or HV motor (变压器运行状态): running (运行), hot standby (热备用), standby
 * not sealed (冷备用未加封), cold standby sealed by the utility (冷备用已加封), suspended (暂停) or reduced (减容).
 */
export type TransformerStatus =
  "running" | "hot_standby" | "standby_unsealed" | "cold_standby_sealed" | "suspended" | "reduced";

// Excel and Chinese spellings accepted for each status (DESIGN.md CHARGEABLE_KVA).
const STATUS_SPELLINGS: Readonly<Record<string, TransformerStatus>> = {
  running: "running",
  hot_standby: "hot_standby",
  standby_unsealed: "standby_unsealed",
  standby: "standby_unsealed",
  cold_standby_sealed: "cold_standby_sealed",
  sealed: "cold_standby_sealed",
  suspended: "suspended",
  reduced: "reduced",
  运行: "running",
  热备用: "hot_standby",
  冷备用: "standby_unsealed",
  加封: "cold_standby_sealed",
  冷备用加封: "cold_standby_sealed",
  暂停: "suspended",
  减容: "reduced",
};

/** The status texts {@link TransformerStatus} accepts, canonical names first. */
export const TRANSFORMER_STATUS_SPELLINGS: readonly string[] = Object.keys(STATUS_SPELLINGS);

/** Returns the canonical status for a spelling (`"sealed"`, `"加封"`, …), or undefined when it is none. */
export function toTransformerStatus(text: unknown): TransformerStatus | undefined {
  // Own keys only: "constructor" or "__proto__" must not find Object.prototype's members.
  if (typeof text !== "string") return undefined;
  const key = text.trim();
  return Object.hasOwn(STATUS_SPELLINGS, key) ? STATUS_SPELLINGS[key] : undefined;
}

/** Statuses charged "whether used or not" (domain/billing.md §3.1). */
export function isChargedStatus(status: TransformerStatus): boolean {
  return status === "running" || status === "hot_standby" || status === "standby_unsealed";
}

/** Zod schema of a status in any accepted spelling, output canonical. */
export const TransformerStatusSchema = z.pipe(
  z.enum(Object.keys(STATUS_SPELLINGS) as [string, ...string[]]),
  z.transform((s) => STATUS_SPELLINGS[s]!),
);
