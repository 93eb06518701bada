import { sql } from "drizzle-orm";
import { bigint, bigserial, boolean, date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { REPUTATION_REASONS } from "../../lib/reputation/constants";
import { brands } from "./brands";
import { posts, questions } from "./qa";
import { users } from "./users";

export const reputationReasonEnum = pgEnum("reputation_reason", REPUTATION_REASONS);

// The append-only ledger: totals are derived from it; a withdrawal is a reversal row, never a delete.
export const reputationEvents = pgTable(
  "reputation_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    brandId: uuid()
      .notNull()
      .references(() => brands.id),
    reason: reputationReasonEnum().notNull(),
    // What the rules asked for, and what was applied after the daily cap and the floor.
    requestedAmount: integer().notNull(),
    amount: integer().notNull(),
    reversesId: bigint({ mode: "number" }),
    postId: bigint({ mode: "number" }).references(() => posts.id),
    questionId: bigint({ mode: "number" }).references(() => questions.id),
    actorId: uuid().references(() => users.id),
    // The UTC day the daily cap counts against.
    day: date().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index("reputation_events_user_brand_idx").on(t.userId, t.brandId, t.createdAt.desc()),
    index("reputation_events_user_created_idx").on(t.userId, t.createdAt.desc()),
    index("reputation_events_brand_created_idx").on(t.brandId, t.createdAt),
    index("reputation_events_post_idx").on(t.postId),
    uniqueIndex("reputation_events_reverses_key").on(t.reversesId).where(sql`${t.reversesId} is not null`),
  ],
);

// The cached total per member and brand, written in the same transaction as its event, under a row lock.
export const reputationTotals = pgTable(
  "reputation_totals",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id),
    brandId: uuid()
      .notNull()
      .references(() => brands.id),
    total: integer().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.brandId] }), index("reputation_totals_brand_total_idx").on(t.brandId, t.total.desc())],
);

// Brand staff vouch for an answer; several answers of a question may be verified.
export const answerVerifications = pgTable(
  "answer_verifications",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    postId: bigint({ mode: "number" })
      .notNull()
      .references(() => posts.id),
    questionId: bigint({ mode: "number" })
      .notNull()
      .references(() => questions.id),
    brandId: uuid()
      .notNull()
      .references(() => brands.id),
    verifiedById: uuid()
      .notNull()
      .references(() => users.id),
    note: text(),
    appliesTo: text(),
    verifiedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }),
    // Set when the answer is edited after it was verified: shown as "under review" until staff look again.
    reviewSince: timestamp({ withTimezone: true }),
    withdrawnAt: timestamp({ withTimezone: true }),
    withdrawnById: uuid().references(() => users.id),
    withdrawReason: text(),
  },
  (t) => [
    uniqueIndex("answer_verifications_live_post_key").on(t.postId).where(sql`${t.withdrawnAt} is null`),
    index("answer_verifications_question_idx").on(t.questionId).where(sql`${t.withdrawnAt} is null`),
    index("answer_verifications_brand_idx").on(t.brandId, t.verifiedAt.desc()).where(sql`${t.withdrawnAt} is null`),
  ],
);

// Badges awarded; their criteria are data in lib/badges. brandId is null for site-wide badges.
export const userBadges = pgTable(
  "user_badges",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    badge: text().notNull(),
    brandId: uuid().references(() => brands.id),
    postId: bigint({ mode: "number" }).references(() => posts.id),
    awardedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("user_badges_once_key").on(t.userId, t.badge, t.brandId).nullsNotDistinct(), index().on(t.badge, t.awardedAt.desc())],
);

// A member's profile choices.
export const profileSettings = pgTable("profile_settings", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  hideFromSearchEngines: boolean().notNull().default(false),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type ReputationEvent = typeof reputationEvents.$inferSelect;
export type AnswerVerification = typeof answerVerifications.$inferSelect;
export type UserBadge = typeof userBadges.$inferSelect;
