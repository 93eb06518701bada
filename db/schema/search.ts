import { sql } from "drizzle-orm";
import { bigint, boolean, customType, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { brands, categories } from "./brands";
import { questions } from "./qa";
import { localeEnum } from "./users";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

// The PostgreSQL search backend's documents (issue 7): one row per live question, rebuilt by the search.index job.
export const searchDocuments = pgTable(
  "search_documents",
  {
    questionId: bigint({ mode: "number" })
      .primaryKey()
      .references(() => questions.id, { onDelete: "cascade" }),
    brandId: uuid()
      .notNull()
      .references(() => brands.id),
    categoryId: uuid().references(() => categories.id),
    locale: localeEnum().notNull(),
    title: text().notNull(),
    // The question's text, kept for ts_headline snippets.
    body: text().notNull(),
    tags: text().array().notNull().default([]),
    answerCount: integer().notNull().default(0),
    accepted: boolean().notNull().default(false),
    // A verification in force when indexed; verifiedUntil (the latest expiry, null = none) keeps it honest as time passes.
    verified: boolean().notNull().default(false),
    verifiedUntil: timestamp({ withTimezone: true }),
    score: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    // Title A, tags B, question body C, answers D; built with peerdesk_spanish / peerdesk_english (unaccent + stemmer).
    document: tsvector().notNull(),
    indexedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("search_documents_document_idx").using("gin", t.document),
    index("search_documents_title_trgm_idx").using("gin", sql`peerdesk_unaccent(lower(${t.title})) gin_trgm_ops`),
    index("search_documents_brand_score_idx").on(t.brandId, t.score.desc(), t.createdAt.desc()),
    index("search_documents_score_idx").on(t.score.desc(), t.createdAt.desc()),
    index("search_documents_brand_created_idx").on(t.brandId, t.createdAt.desc()),
    index("search_documents_tags_idx").using("gin", t.tags),
  ],
);

export type SearchDocument = typeof searchDocuments.$inferSelect;
