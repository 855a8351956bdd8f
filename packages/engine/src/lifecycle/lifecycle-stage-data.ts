import type { Locale } from "../messages/types.ts";

type Text = Readonly<Record<Locale, string>>;

/** A stage of the customer relationship lifecycle, or why none was given. */
export type LifecycleStageKey =
  "exploration" | "formation" | "stability" | "decline" | "unclassified" | "insufficient_data";

/** How much a stage leans on one kind of marketing. */
export type MarketingRole = "primary" | "secondary" | "none";

/** The recommended marketing mix of a stage: relationship vs brand marketing. */
export interface MarketingMix {
  readonly relationship: MarketingRole;
  readonly brand: MarketingRole;
  readonly summary: Text;
}

/** A level of the supplier–customer relationship, lowest first. */
export type RelationshipLevel = "supplier" | "preferred_supplier" | "extended_enterprise" | "partner";

/** The relationship levels (关系层级), lowest first, in both languages (domain/tiering.md seed terms). */
export const RELATIONSHIP_LEVELS: Readonly<Record<RelationshipLevel, { readonly label: Text }>> = {
  supplier: { label: { "zh-CN": "供应商", en: "Supplier" } },
  preferred_supplier: { label: { "zh-CN": "优先供应商", en: "Preferred supplier" } },
  extended_enterprise: { label: { "zh-CN": "延伸企业", en: "Extended enterprise" } },
  partner: { label: { "zh-CN": "合作伙伴", en: "Partner" } },
};

/** What a lifecycle stage means for the account plan. */
export interface LifecycleStageInfo {
  readonly label: Text;
  /** The seed's marketing mix for the stage, or null when no stage was given. */
  readonly marketingMix: MarketingMix | null;
  /** The relationship level to aim for in the stage, or null when no stage was given. */
  readonly relationshipLevel: RelationshipLevel | null;
}

/**
 * The customer relationship lifecycle stages (客户关系生命周期: 考察期 / 形成期 / 稳定期 / 退化期) as data, with the
 * seed's marketing mix per stage (domain/tiering.md seed terms: exploration and decline relationship marketing;
 * formation relationship first, brand second; stability brand first, relationship second). The relationship
 * levels are this engine's suggestion: supplier while exploring, preferred supplier while forming, partner when
 * stable, back to preferred supplier (defend the relationship) in decline; extended enterprise is left for
 * accounts an analyst integrates deliberately.
 */
export const LIFECYCLE_STAGES: Readonly<Record<LifecycleStageKey, LifecycleStageInfo>> = {
  exploration: {
    label: { "zh-CN": "考察期", en: "Exploration" },
    marketingMix: {
      relationship: "primary",
      brand: "none",
      summary: { "zh-CN": "以关系营销为主", en: "Relationship marketing" },
    },
    relationshipLevel: "supplier",
  },
  formation: {
    label: { "zh-CN": "形成期", en: "Formation" },
    marketingMix: {
      relationship: "primary",
      brand: "secondary",
      summary: { "zh-CN": "关系营销为主，品牌营销为辅", en: "Relationship marketing first, brand marketing second" },
    },
    relationshipLevel: "preferred_supplier",
  },
  stability: {
    label: { "zh-CN": "稳定期", en: "Stability" },
    marketingMix: {
      relationship: "secondary",
      brand: "primary",
      summary: { "zh-CN": "品牌营销为主，关系营销为辅", en: "Brand marketing first, relationship marketing second" },
    },
    relationshipLevel: "partner",
  },
  decline: {
    label: { "zh-CN": "退化期", en: "Decline" },
    marketingMix: {
      relationship: "primary",
      brand: "none",
      summary: { "zh-CN": "以关系营销为主", en: "Relationship marketing" },
    },
    relationshipLevel: "preferred_supplier",
  },
  unclassified: { label: { "zh-CN": "未分类", en: "Unclassified" }, marketingMix: null, relationshipLevel: null },
  insufficient_data: {
    label: { "zh-CN": "数据不足", en: "Insufficient data" },
    marketingMix: null,
    relationshipLevel: null,
  },
};
