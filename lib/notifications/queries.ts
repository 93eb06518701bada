import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client";
import { brands, notifications, questions, users } from "../../db/schema";

export async function unreadCount(db: Executor, userId: string): Promise<number> {
  return db.$count(notifications, and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}

const actor = alias(users, "actor");

export async function listNotifications(db: Executor, userId: string, limit = 50) {
  return db
    .select({
      id: notifications.id,
      type: notifications.type,
      postId: notifications.postId,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      questionId: questions.id,
      questionSlug: questions.slug,
      questionTitle: questions.title,
      brandSlug: brands.slug,
      actorName: actor.name,
      actorHandle: actor.handle,
    })
    .from(notifications)
    .innerJoin(questions, eq(questions.id, notifications.questionId))
    .innerJoin(brands, eq(brands.id, questions.brandId))
    .leftJoin(actor, eq(actor.id, notifications.actorId))
    .where(and(eq(notifications.userId, userId), isNull(questions.deletedAt)))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}
