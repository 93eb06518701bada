import { bigint, customType, index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

// Whole pages as anonymous visitors see them, shared by every app server; writes to a thread delete its rows (triggers in migration 0005).
export const pageCache = pgTable(
  "page_cache",
  {
    key: text().primaryKey(),
    questionId: bigint({ mode: "number" }).notNull(),
    // Gzipped HTML: rows and transfers stay small; unzipping costs far less than a render.
    body: bytea().notNull(),
    storedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("page_cache_question_idx").on(t.questionId)],
);

// When a thread last changed, written at commit: a page rendered before that moment is never stored.
export const pageCacheInvalidations = pgTable("page_cache_invalidations", {
  questionId: bigint({ mode: "number" }).primaryKey(),
  at: timestamp({ withTimezone: true, precision: 6 }).notNull(),
});
