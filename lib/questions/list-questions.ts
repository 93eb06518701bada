import "server-only";
import { and, desc, eq, exists, gte, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { brands, categories, posts, questions, questionTags, tags, users } from "../../db/schema";
import type { Locale } from "../i18n/locales";
import { questionSolved, questionVerified } from "./solved";

export const LIST_SORTS = ["newest", "active", "unanswered", "top"] as const;
export type ListSort = (typeof LIST_SORTS)[number];
export const TOP_PERIODS = ["week", "month", "all"] as const;
export type TopPeriod = (typeof TOP_PERIODS)[number];
export const LIST_STATUSES = ["solved", "unsolved"] as const;
export type ListStatus = (typeof LIST_STATUSES)[number];

export type ListFilters = {
  brandId?: string;
  sort: ListSort;
  period?: TopPeriod;
  tag?: string;
  categoryId?: string;
  locale?: Locale;
  status?: ListStatus;
  cursor?: string;
  limit?: number;
  now?: Date;
};

type Cursor = { v: string | number; id: number };

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString("base64url");
}

function decodeCursor(raw: string | undefined): Cursor | null {
  if (!raw) return null;
  try {
    const c = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    return typeof c?.id === "number" && (typeof c.v === "number" || typeof c.v === "string") ? c : null;
  } catch {
    return null;
  }
}

const PERIOD_DAYS: Record<TopPeriod, number | null> = { week: 7, month: 30, all: null };

function sortKey(sort: ListSort) {
  if (sort === "active") return questions.lastActivityAt;
  if (sort === "top") return questions.score;
  return questions.createdAt;
}

// "Unanswered" as Stack Overflow means it, with "solved" as Peerdesk means it: not solved and no answer with a positive score.
function unanswered(now?: Date): SQL {
  return sql`not ${questionSolved(now)} and not exists (select 1 from posts a where a.question_id = ${questions.id} and a.kind = 'answer' and a.deleted_at is null and a.score > 0)`;
}

function filtersOf(f: ListFilters): SQL[] {
  const where: SQL[] = [isNull(questions.deletedAt), isNull(brands.deletedAt)];
  if (f.brandId) where.push(eq(questions.brandId, f.brandId));
  if (f.categoryId) where.push(eq(questions.categoryId, f.categoryId));
  if (f.locale) where.push(eq(questions.locale, f.locale));
  if (f.tag) {
    // exists() wraps a query builder but not raw SQL, so the subquery brings its own parentheses.
    where.push(exists(sql`(select 1 from ${questionTags} qt join ${tags} t on t.id = qt.tag_id where qt.question_id = ${questions.id} and t.name = ${f.tag})`));
  }
  if (f.sort === "unanswered") where.push(unanswered(f.now));
  if (f.status === "solved") where.push(questionSolved(f.now));
  if (f.status === "unsolved") where.push(sql`not ${questionSolved(f.now)}`);
  const days = f.sort === "top" ? PERIOD_DAYS[f.period ?? "week"] : null;
  if (days) where.push(gte(questions.createdAt, new Date((f.now ?? new Date()).getTime() - days * 86_400_000)));
  return where;
}

export async function listQuestions(db: Executor, f: ListFilters) {
  const limit = Math.min(Math.max(f.limit ?? 20, 1), 50);
  const key = sortKey(f.sort);
  const where = filtersOf(f);
  const cursor = decodeCursor(f.cursor);
  const page = [...where];
  if (cursor) {
    const value = f.sort === "top" ? Number(cursor.v) : new Date(String(cursor.v));
    const after = or(lt(key, value), and(eq(key, value), lt(questions.id, cursor.id)));
    if (after) page.push(after);
  }
  const [rows, [counted]] = await Promise.all([
    db
      .select({
        id: questions.id,
        slug: questions.slug,
        title: questions.title,
        locale: questions.locale,
        score: questions.score,
        answerCount: questions.answerCount,
        viewCount: questions.viewCount,
        accepted: sql<boolean>`${questions.acceptedAnswerId} is not null`,
        verified: sql<boolean>`${questionVerified(f.now)}`,
        createdAt: questions.createdAt,
        lastActivityAt: questions.lastActivityAt,
        brandSlug: brands.slug,
        brandName: brands.name,
        brandColor: brands.color,
        categoryName: categories.name,
        authorName: users.name,
        authorHandle: users.handle,
        excerpt: sql<string>`left(${posts.body}, 240)`,
        tags: sql<
          string[]
        >`coalesce((select array_agg(t.name order by t.name) from question_tags qt join tags t on t.id = qt.tag_id where qt.question_id = ${questions.id}), '{}')`,
      })
      .from(questions)
      .innerJoin(brands, eq(brands.id, questions.brandId))
      .innerJoin(users, eq(users.id, questions.authorId))
      .innerJoin(posts, and(eq(posts.questionId, questions.id), eq(posts.kind, "question")))
      .leftJoin(categories, eq(categories.id, questions.categoryId))
      .where(and(...page))
      .orderBy(desc(key), desc(questions.id))
      .limit(limit + 1),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(questions)
      .innerJoin(brands, eq(brands.id, questions.brandId))
      .where(and(...where)),
  ]);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? encodeCursor({ v: f.sort === "top" ? last.score : (f.sort === "active" ? last.lastActivityAt : last.createdAt).toISOString(), id: last.id })
      : null;
  return { items, nextCursor, total: counted?.total ?? 0 };
}

export type QuestionListItem = Awaited<ReturnType<typeof listQuestions>>["items"][number];
