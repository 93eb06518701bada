import type { BrandRole } from "../permissions/roles";
import type { ReputationReason } from "./constants";

export type { ReputationReason } from "./constants";

// Every member starts at the floor, and no event takes a total below it.
export const REPUTATION_FLOOR = 1;

// Reputation earned from upvotes in one brand per UTC day; accepts and verifications are exempt.
export const DAILY_VOTE_CAP = 200;

export type ReputationRule = {
  readonly amount: number;
  // Counted against, and limited by, the daily cap.
  readonly capped: boolean;
};

export const REPUTATION_RULES: Readonly<Record<ReputationReason, ReputationRule>> = {
  question_upvoted: { amount: 5, capped: true },
  answer_upvoted: { amount: 10, capped: true },
  question_downvoted: { amount: -2, capped: false },
  answer_downvoted: { amount: -2, capped: false },
  downvote_cast: { amount: -1, capped: false },
  answer_accepted: { amount: 15, capped: false },
  accepted_an_answer: { amount: 2, capped: false },
  answer_verified: { amount: 25, capped: false },
};

export const PRIVILEGES = ["vote_up", "comment", "vote_down", "create_tags", "edit_posts", "review_flags"] as const;
export type Privilege = (typeof PRIVILEGES)[number];

// Reputation needed in a brand; the brand's staff and admins and site admins hold every privilege.
export const PRIVILEGE_THRESHOLDS: Readonly<Record<Privilege, number>> = {
  vote_up: 1,
  comment: 10,
  vote_down: 50,
  create_tags: 100,
  edit_posts: 500,
  review_flags: 1000,
};

// These brand roles, and site admins, hold every privilege whatever their reputation.
export const PRIVILEGED_BRAND_ROLES: readonly BrandRole[] = ["staff", "admin"];

export function ruleFor(reason: ReputationReason): ReputationRule {
  return REPUTATION_RULES[reason];
}
