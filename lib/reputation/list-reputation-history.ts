import "server-only";
import { and, desc, eq, inArray, isNull, lt, or, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client";
import { brands, posts, questions, reputationEvents, users } from "../../db/schema";
import type { Guardian } from "../permissions/guardian";
import type { ReputationReason } from "./constants";
import { REPUTATION_RULES } from "./rules";

export type HistoryCursor = { createdAt: Date; id: number };

export type HistoryEvent = {
  id: number;
  reason: ReputationReason;
  amount: number;
  requestedAmount: number;
  day: string;
  createdAt: Date;
  brand: { id: string; slug: string; name: string };
  // Null when the post is gone or hidden from this viewer.
  post: { id: number; kind: "question" | "answer"; questionId: number; title: string; slug: string } | null;
  // Who caused it, when that may be shown: never a downvoter.
  actor: { handle: string; name: string | null } | null;
  bit: "cap" | "floor" | null;
  // For a reversal, the event it reverses; for an event, the reversal that undid it.
  reverses: { id: number; createdAt: Date; amount: number } | null;
  reversedBy: { id: number; createdAt: Date; amount: number } | null;
};

const HIDDEN_ACTOR: readonly ReputationReason[] = ["question_downvoted", "answer_downvoted", "downvote_cast", "accepted_an_answer"];
// Whose downvote it was is private: only the member themself sees which post they voted down.
const PRIVATE_POST: readonly ReputationReason[] = ["downvote_cast"];

export function encodeCursor(cursor: HistoryCursor): string {
  return `${cursor.createdAt.getTime()}_${cursor.id}`;
}

export function decodeCursor(raw: string | undefined): HistoryCursor | null {
  const match = raw ? /^(\d{1,15})_(\d{1,15})$/.exec(raw) : null;
  return match ? { createdAt: new Date(Number(match[1])), id: Number(match[2]) } : null;
}

function bitOf(row: { reason: ReputationReason; amount: number; requestedAmount: number; reversesId: number | null }): HistoryEvent["bit"] {
  if (row.amount === row.requestedAmount) return null;
  if (row.reversesId === null && REPUTATION_RULES[row.reason].capped && row.amount < row.requestedAmount) return "cap";
  return row.amount > row.requestedAmount ? "floor" : null;
}

// A member's ledger, newest first, one page after the cursor; what the viewer may see of each row is decided here.
export async function listReputationHistory(
  db: Executor,
  guardian: Guardian,
  options: { userId: string; brandId?: string | null; before?: HistoryCursor | null; limit?: number },
): Promise<{ events: HistoryEvent[]; next: HistoryCursor | null }> {
  const limit = options.limit ?? 50;
  const actor = alias(users, "actor");
  const conditions: (SQL | undefined)[] = [
    eq(reputationEvents.userId, options.userId),
    options.brandId ? eq(reputationEvents.brandId, options.brandId) : undefined,
    guardian.isSiteAdmin() ? undefined : isNull(brands.deletedAt),
    options.before
      ? or(
          lt(reputationEvents.createdAt, options.before.createdAt),
          and(eq(reputationEvents.createdAt, options.before.createdAt), lt(reputationEvents.id, options.before.id)),
        )
      : undefined,
  ];
  const rows = await db
    .select({
      id: reputationEvents.id,
      reason: reputationEvents.reason,
      amount: reputationEvents.amount,
      requestedAmount: reputationEvents.requestedAmount,
      reversesId: reputationEvents.reversesId,
      day: reputationEvents.day,
      createdAt: reputationEvents.createdAt,
      actorId: reputationEvents.actorId,
      brand: { id: brands.id, slug: brands.slug, name: brands.name, deletedAt: brands.deletedAt },
      post: { id: posts.id, kind: posts.kind, questionId: posts.questionId, authorId: posts.authorId, deletedAt: posts.deletedAt },
      question: {
        id: questions.id,
        brandId: questions.brandId,
        authorId: questions.authorId,
        title: questions.title,
        slug: questions.slug,
        deletedAt: questions.deletedAt,
      },
      actorHandle: actor.handle,
      actorName: actor.name,
    })
    .from(reputationEvents)
    .innerJoin(brands, eq(brands.id, reputationEvents.brandId))
    .leftJoin(posts, eq(posts.id, reputationEvents.postId))
    .leftJoin(questions, eq(questions.id, posts.questionId))
    .leftJoin(actor, and(eq(actor.id, reputationEvents.actorId), isNull(actor.deletedAt)))
    .where(and(...conditions))
    .orderBy(desc(reputationEvents.createdAt), desc(reputationEvents.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);

  // Both sides of every reversal on this page, in one query.
  const reversesIds = page.flatMap((r) => (r.reversesId === null ? [] : [r.reversesId]));
  const ids = page.map((r) => r.id);
  const partners = ids.length
    ? await db
        .select({ id: reputationEvents.id, reversesId: reputationEvents.reversesId, createdAt: reputationEvents.createdAt, amount: reputationEvents.amount })
        .from(reputationEvents)
        .where(or(inArray(reputationEvents.reversesId, ids), reversesIds.length ? inArray(reputationEvents.id, reversesIds) : undefined))
    : [];
  const originals = new Map(partners.map((p) => [p.id, p]));
  const reversals = new Map(partners.flatMap((p) => (p.reversesId === null ? [] : [[p.reversesId, p] as const])));
  const self = guardian.viewer.id === options.userId;

  const events = page.map((r): HistoryEvent => {
    const visible = r.post && r.question && guardian.canSeePost(r.brand, r.question, r.post) && (self || !PRIVATE_POST.includes(r.reason));
    const original = r.reversesId === null ? null : originals.get(r.reversesId);
    const reversal = reversals.get(r.id);
    return {
      id: r.id,
      reason: r.reason,
      amount: r.amount,
      requestedAmount: r.requestedAmount,
      day: r.day,
      createdAt: r.createdAt,
      brand: { id: r.brand.id, slug: r.brand.slug, name: r.brand.name },
      post: visible ? { id: r.post!.id, kind: r.post!.kind, questionId: r.question!.id, title: r.question!.title, slug: r.question!.slug } : null,
      actor: r.actorHandle && !HIDDEN_ACTOR.includes(r.reason) && r.actorId !== options.userId ? { handle: r.actorHandle, name: r.actorName } : null,
      bit: bitOf(r),
      reverses: original ? { id: original.id, createdAt: original.createdAt, amount: original.amount } : null,
      reversedBy: reversal ? { id: reversal.id, createdAt: reversal.createdAt, amount: reversal.amount } : null,
    };
  });
  const last = page.at(-1);
  return { events, next: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null };
}
