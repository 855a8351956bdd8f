import type { Locale } from "../messages/types.ts";
import type { Result } from "../result.ts";
import { renameArgumentPaths } from "./rename-argument-paths.ts";
import { presetQuadrant, type PresetQuadrantAssignment } from "./preset-quadrant.ts";
import {
  presetQuadrants,
  type PresetQuadrantOptions,
  type PresetQuadrantResult,
  type QuadrantPreset,
} from "./quadrant-preset.ts";

/**
 * The loyalty matrix (忠诚度矩阵) as data: X = transaction frequency (field `frequency`), Y = dependence, i.e.
 * share of wallet or attitude (field `dependence`). Names and actions from domain/tiering.md §2.6 (the seed's
 * table, matching Dick & Basu 1994, relative attitude × repeat patronage).
 */
export const LOYALTY_PRESET: QuadrantPreset = {
  id: "loyalty",
  name: { "zh-CN": "客户忠诚度矩阵", en: "Loyalty matrix" },
  axes: {
    x: { field: "frequency", label: { "zh-CN": "交易频率", en: "Transaction frequency" } },
    y: { field: "dependence", label: { "zh-CN": "依赖程度（钱包份额）", en: "Dependence (share of wallet)" } },
  },
  quadrants: {
    HH: {
      segment: "true_loyalty",
      label: { "zh-CN": "高度忠诚", en: "True loyalty" },
      action: { "zh-CN": "保持并深化关系", en: "Retain and deepen the relationship" },
    },
    HL: {
      segment: "inertia_loyalty",
      label: { "zh-CN": "惯性忠诚", en: "Inertia (spurious) loyalty" },
      action: { "zh-CN": "建立差异化与转换壁垒", en: "Create differentiation and switching barriers" },
    },
    LH: {
      segment: "latent_loyalty",
      label: { "zh-CN": "隐形忠诚", en: "Latent loyalty" },
      action: {
        "zh-CN": "消除情境障碍（可及性、渠道）",
        en: "Remove situational barriers (access, channel)",
      },
    },
    LL: {
      segment: "zero_loyalty",
      label: { "zh-CN": "零度忠诚", en: "Zero loyalty" },
      action: { "zh-CN": "降低服务成本，或放弃", en: "Lower the cost to serve, or let go" },
    },
  },
  source: "domain/tiering.md §2.6; Dick & Basu (1994), JAMS 22(2): 99–113",
};

/**
 * Returns the loyalty quadrant (忠诚度象限) of each record by transaction frequency × dependence, labelled
 * 高度 / 惯性 / 隐形 / 零度忠诚 (or English with `locale: "en"`), with recommended actions. Same options and
 * defaults as `quadrants` (median splits, ≥ split is high) except `x` defaults to `"frequency"`, `y` to
 * `"dependence"` and `locale` to zh-CN.
 */
export function loyaltyQuadrants<P = Readonly<Record<string, unknown>>>(
  points: readonly P[],
  options: PresetQuadrantOptions<P> = {},
): Result<PresetQuadrantResult> {
  return presetQuadrants(points, LOYALTY_PRESET, options);
}

/**
 * Returns the loyalty quadrant of one customer against given splits (Excel `LOYALTY_QUADRANT`): `label` is
 * 高度忠诚 / 惯性忠诚 / 隐形忠诚 / 零度忠诚 in zh-CN (the default `locale`) or the English name in `en`.
 */
export function loyaltyQuadrant(
  frequency: number,
  dependence: number,
  frequencySplit: number,
  dependenceSplit: number,
  locale: Locale = "zh-CN",
): Result<PresetQuadrantAssignment> {
  const r = presetQuadrant(frequency, dependence, frequencySplit, dependenceSplit, LOYALTY_PRESET, locale);
  return renameArgumentPaths(r, ["frequency", "dependence", "frequencySplit", "dependenceSplit"]);
}
