// Every reason a member's reputation can change; the amounts live in rules.ts.
export const REPUTATION_REASONS = [
  "question_upvoted",
  "answer_upvoted",
  "question_downvoted",
  "answer_downvoted",
  "downvote_cast",
  "answer_accepted",
  "accepted_an_answer",
  "answer_verified",
] as const;
export type ReputationReason = (typeof REPUTATION_REASONS)[number];

export const BADGE_TIERS = ["bronze", "silver", "gold"] as const;
export type BadgeTier = (typeof BADGE_TIERS)[number];
