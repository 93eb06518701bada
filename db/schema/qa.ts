import { sql } from "drizzle-orm";
import { bigint, bigserial, date, index, integer, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { NOTIFICATION_TYPES, POST_KINDS, THREAD_EVENT_TYPES } from "../../lib/posts/constants";
import { brands, categories } from "./brands";
import { localeEnum, users } from "./users";

export const postKindEnum = pgEnum("post_kind", POST_KINDS);
export const threadEventEnum = pgEnum("thread_event_type", THREAD_EVENT_TYPES);
export const notificationTypeEnum = pgEnum("notification_type", NOTIFICATION_TYPES);

// A thread: its title and metadata; the question's text is its first post (kind "question").
export const questions = pgTable(
  "questions",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    brandId: uuid()
      .notNull()
      .references(() => brands.id),
    categoryId: uuid().references(() => categories.id),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    title: text().notNull(),
    slug: text().notNull(),
    locale: localeEnum().notNull(),
    score: integer().notNull().default(0),
    answerCount: integer().notNull().default(0),
    viewCount: integer().notNull().default(0),
    acceptedAnswerId: bigint({ mode: "number" }),
    acceptedAt: timestamp({ withTimezone: true }),
    firstAnswerAt: timestamp({ withTimezone: true }),
    // Millisecond precision, so keyset cursors built from JavaScript dates match exactly.
    lastActivityAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp({ withTimezone: true }),
    deletedById: uuid().references(() => users.id),
  },
  (t) => [
    index("questions_brand_created_idx").on(t.brandId, t.createdAt.desc(), t.id.desc()),
    index("questions_brand_activity_idx").on(t.brandId, t.lastActivityAt.desc(), t.id.desc()),
    index("questions_created_idx").on(t.createdAt.desc(), t.id.desc()),
    index("questions_activity_idx").on(t.lastActivityAt.desc(), t.id.desc()),
    index("questions_author_idx").on(t.authorId),
    index("questions_title_trgm_idx").using("gin", sql`${t.title} gin_trgm_ops`),
  ],
);

// Questions and answers share one table, so votes, comments and revisions point at one kind of row.
export const posts = pgTable(
  "posts",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    questionId: bigint({ mode: "number" })
      .notNull()
      .references(() => questions.id),
    kind: postKindEnum().notNull(),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    body: text().notNull(),
    score: integer().notNull().default(0),
    upvotes: integer().notNull().default(0),
    downvotes: integer().notNull().default(0),
    commentCount: integer().notNull().default(0),
    revisionCount: integer().notNull().default(1),
    idempotencyKey: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp({ withTimezone: true }),
    deletedById: uuid().references(() => users.id),
  },
  (t) => [
    index("posts_question_idx").on(t.questionId, t.kind, t.score.desc(), t.createdAt),
    index("posts_author_idx").on(t.authorId, t.createdAt.desc()),
    uniqueIndex("posts_question_post_key").on(t.questionId).where(sql`${t.kind} = 'question'`),
    uniqueIndex("posts_idempotency_key").on(t.authorId, t.idempotencyKey),
  ],
);

export const tags = pgTable(
  "tags",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    brandId: uuid()
      .notNull()
      .references(() => brands.id),
    name: text().notNull(),
    questionCount: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("tags_brand_name_key").on(t.brandId, t.name)],
);

export const questionTags = pgTable(
  "question_tags",
  {
    questionId: bigint({ mode: "number" })
      .notNull()
      .references(() => questions.id),
    tagId: bigint({ mode: "number" })
      .notNull()
      .references(() => tags.id),
  },
  (t) => [primaryKey({ columns: [t.questionId, t.tagId] }), index().on(t.tagId)],
);

export const comments = pgTable(
  "comments",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    postId: bigint({ mode: "number" })
      .notNull()
      .references(() => posts.id),
    questionId: bigint({ mode: "number" })
      .notNull()
      .references(() => questions.id),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp({ withTimezone: true }),
    deletedById: uuid().references(() => users.id),
  },
  (t) => [index().on(t.questionId, t.createdAt), index().on(t.postId)],
);

// Every version of a post, the first included: who, when, why, the full text.
export const revisions = pgTable(
  "revisions",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    postId: bigint({ mode: "number" })
      .notNull()
      .references(() => posts.id),
    number: integer().notNull(),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    title: text(),
    body: text().notNull(),
    tags: text().array(),
    reason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("revisions_post_number_key").on(t.postId, t.number)],
);

export const votes = pgTable(
  "votes",
  {
    postId: bigint({ mode: "number" })
      .notNull()
      .references(() => posts.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    value: smallint().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId] }), index().on(t.userId)],
);

export const follows = pgTable(
  "follows",
  {
    questionId: bigint({ mode: "number" })
      .notNull()
      .references(() => questions.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.questionId, t.userId] }), index().on(t.userId)],
);

export const notifications = pgTable(
  "notifications",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    type: notificationTypeEnum().notNull(),
    questionId: bigint({ mode: "number" })
      .notNull()
      .references(() => questions.id),
    postId: bigint({ mode: "number" }).references(() => posts.id),
    actorId: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("notifications_user_unread_idx").on(t.userId, t.createdAt.desc()).where(sql`${t.readAt} is null`), index().on(t.userId, t.createdAt.desc())],
);

// The timeline that measurement counts: first answer, accept, … each with its time.
export const threadEvents = pgTable(
  "thread_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    questionId: bigint({ mode: "number" })
      .notNull()
      .references(() => questions.id),
    brandId: uuid()
      .notNull()
      .references(() => brands.id),
    type: threadEventEnum().notNull(),
    actorId: uuid().references(() => users.id),
    postId: bigint({ mode: "number" }).references(() => posts.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.brandId, t.type, t.createdAt), index().on(t.questionId, t.createdAt)],
);

// One row per viewer per day: a view is counted once however often the page is opened.
export const questionViews = pgTable(
  "question_views",
  {
    questionId: bigint({ mode: "number" })
      .notNull()
      .references(() => questions.id),
    viewerKey: text().notNull(),
    day: date().notNull(),
  },
  (t) => [primaryKey({ columns: [t.questionId, t.viewerKey, t.day] })],
);

export type Question = typeof questions.$inferSelect;
export type Post = typeof posts.$inferSelect;
export type Comment = typeof comments.$inferSelect;
export type Revision = typeof revisions.$inferSelect;
export type Tag = typeof tags.$inferSelect;
export type Notification = typeof notifications.$inferSelect;
