import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { brands, questions } from "../../db/schema";

// Capped at the sitemap protocol's 50,000 URLs per file.
export async function listPublicThreads(db: Executor, limit = 50_000) {
  return db
    .select({ id: questions.id, slug: questions.slug, locale: questions.locale, lastActivityAt: questions.lastActivityAt, brandSlug: brands.slug })
    .from(questions)
    .innerJoin(brands, eq(brands.id, questions.brandId))
    .where(and(isNull(questions.deletedAt), isNull(brands.deletedAt)))
    .orderBy(desc(questions.lastActivityAt))
    .limit(limit);
}
