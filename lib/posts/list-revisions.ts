import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { revisions, users } from "../../db/schema";

export async function listRevisions(db: Executor, postId: number) {
  return db
    .select({
      number: revisions.number,
      title: revisions.title,
      body: revisions.body,
      tags: revisions.tags,
      reason: revisions.reason,
      createdAt: revisions.createdAt,
      authorName: users.name,
      authorHandle: users.handle,
    })
    .from(revisions)
    .innerJoin(users, eq(users.id, revisions.authorId))
    .where(eq(revisions.postId, postId))
    .orderBy(desc(revisions.number));
}

export type RevisionRow = Awaited<ReturnType<typeof listRevisions>>[number];
