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
 * The customer value matrix (客户价值矩阵) as data: X = current value (field `currentValue`), Y = future value
 * (field `futureValue`), e.g. the CV and FV sub-scores of domain/tiering.md §2.4. Quadrants per §2.6 and the
 * seed's general vs strategic customers.
 */
export const VALUE_PRESET: QuadrantPreset = {
  id: "value",
  name: { "zh-CN": "客户价值矩阵", en: "Customer value matrix" },
  axes: {
    x: { field: "currentValue", label: { "zh-CN": "当前价值", en: "Current value" } },
    y: { field: "futureValue", label: { "zh-CN": "未来价值（潜在价值）", en: "Future value" } },
  },
  quadrants: {
    HH: {
      segment: "strategic",
      label: { "zh-CN": "战略客户", en: "Strategic" },
      action: {
        "zh-CN": "重点投入资源，建立战略合作伙伴关系",
        en: "Invest first and build a strategic partnership",
      },
    },
    HL: {
      segment: "maintain",
      label: { "zh-CN": "维持客户", en: "Maintain" },
      action: {
        "zh-CN": "保持服务水平，守住利润，控制服务成本",
        en: "Keep the service level, protect the margin, control the cost to serve",
      },
    },
    LH: {
      segment: "develop",
      label: { "zh-CN": "发展客户", en: "Develop" },
      action: {
        "zh-CN": "加大投入，提升份额，培育成战略客户",
        en: "Invest to grow share of wallet and develop into a strategic customer",
      },
    },
    LL: {
      segment: "general",
      label: { "zh-CN": "一般客户", en: "General" },
      action: { "zh-CN": "标准化、低成本服务", en: "Standardised, low-cost service" },
    },
  },
  source: "domain/tiering.md §2.4 and §2.6 (current value × future value)",
};

/**
 * Returns the value quadrant (客户价值象限) of each record by current value × future value: strategic 战略客户
 * (high/high), maintain 维持客户 (high CV, low FV), develop 发展客户 (low CV, high FV) and general 一般客户, with
 * recommended actions. Same options and defaults as `quadrants` except `x` defaults to `"currentValue"`, `y` to
 * `"futureValue"` and `locale` to zh-CN.
 */
export function valueQuadrants<P = Readonly<Record<string, unknown>>>(
  points: readonly P[],
  options: PresetQuadrantOptions<P> = {},
): Result<PresetQuadrantResult> {
  return presetQuadrants(points, VALUE_PRESET, options);
}

/** Returns the value quadrant of one customer against given splits, labelled in `locale` (defaults to zh-CN). */
export function valueQuadrant(
  currentValue: number,
  futureValue: number,
  currentValueSplit: number,
  futureValueSplit: number,
  locale: Locale = "zh-CN",
): Result<PresetQuadrantAssignment> {
  const r = presetQuadrant(currentValue, futureValue, currentValueSplit, futureValueSplit, VALUE_PRESET, locale);
  return renameArgumentPaths(r, ["currentValue", "futureValue", "currentValueSplit", "futureValueSplit"]);
}
