import type { BadgeTier } from "../reputation/constants";

export type BadgeScope = "brand" | "site";

// What a badge asks for, as data; lib/badges/criterion-sql.ts turns each kind into the query that decides it.
export type BadgeCriterion =
  | { kind: "questions"; atLeast: number }
  | { kind: "answers"; atLeast: number }
  | { kind: "accepted_answers"; atLeast: number }
  | { kind: "verified_answers"; atLeast: number }
  | { kind: "answer_score"; atLeast: number }
  | { kind: "answered_languages"; atLeast: number }
  | { kind: "helped_within"; minutes: number };

export type BadgeDefinition = {
  slug: string;
  tier: BadgeTier;
  // "brand": earned once in each brand from that brand's threads; "site": once, from every brand.
  scope: BadgeScope;
  criterion: BadgeCriterion;
};

// Names and descriptions are `badges.catalogue.<slug>.name|description` in messages/*.json.
export const BADGES = [
  { slug: "first-question", tier: "bronze", scope: "site", criterion: { kind: "questions", atLeast: 1 } },
  { slug: "first-answer", tier: "bronze", scope: "site", criterion: { kind: "answers", atLeast: 1 } },
  { slug: "first-accepted", tier: "bronze", scope: "site", criterion: { kind: "accepted_answers", atLeast: 1 } },
  { slug: "quick-helper", tier: "bronze", scope: "site", criterion: { kind: "helped_within", minutes: 60 } },
  { slug: "bilingual", tier: "silver", scope: "site", criterion: { kind: "answered_languages", atLeast: 2 } },
  { slug: "good-answer", tier: "silver", scope: "brand", criterion: { kind: "answer_score", atLeast: 10 } },
  { slug: "verified-answer", tier: "silver", scope: "brand", criterion: { kind: "verified_answers", atLeast: 1 } },
  { slug: "trusted-helper", tier: "silver", scope: "brand", criterion: { kind: "accepted_answers", atLeast: 10 } },
  { slug: "great-answer", tier: "gold", scope: "brand", criterion: { kind: "answer_score", atLeast: 25 } },
  { slug: "verified-expert", tier: "gold", scope: "brand", criterion: { kind: "verified_answers", atLeast: 10 } },
  { slug: "pillar", tier: "gold", scope: "brand", criterion: { kind: "accepted_answers", atLeast: 50 } },
] as const satisfies readonly BadgeDefinition[];

export type BadgeSlug = (typeof BADGES)[number]["slug"];

const BY_SLUG = new Map<string, BadgeDefinition>(BADGES.map((b) => [b.slug, b]));

export function badgeBySlug(slug: string): BadgeDefinition | undefined {
  return BY_SLUG.get(slug);
}

// The number a criterion's description shows: a count, a score or minutes.
export function criterionAmount(criterion: BadgeCriterion): number {
  return criterion.kind === "helped_within" ? criterion.minutes : criterion.atLeast;
}
