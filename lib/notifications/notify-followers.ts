import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import type { NotificationType } from "../posts/constants";

// Raw SQL skips the column mappers, so the time goes in as ISO text (postgres.js cannot bind a Date here).
// One INSERT … SELECT for every follower but the one who acted, whatever the number of followers.
export async function notifyFollowers(
  tx: Executor,
  n: { questionId: number; type: NotificationType; postId: number | null; actorId: string; at: Date },
): Promise<void> {
  await tx.execute(sql`
    insert into notifications (user_id, type, question_id, post_id, actor_id, created_at)
    select f.user_id, ${n.type}, ${n.questionId}, ${n.postId}, ${n.actorId}, ${n.at.toISOString()}
    from follows f
    where f.question_id = ${n.questionId} and f.user_id <> ${n.actorId}`);
}

export async function notifyUser(
  tx: Executor,
  n: { userId: string; questionId: number; type: NotificationType; postId: number | null; actorId: string; at: Date },
): Promise<void> {
  if (n.userId === n.actorId) return;
  await tx.execute(sql`
    insert into notifications (user_id, type, question_id, post_id, actor_id, created_at)
    values (${n.userId}, ${n.type}, ${n.questionId}, ${n.postId}, ${n.actorId}, ${n.at.toISOString()})`);
}
