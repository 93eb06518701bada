import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { notifications } from "../../db/schema";
import { type Ctx, dbOf, guardianOf, nowOf } from "../context";

// A member's own inbox state: no audit row, nothing anyone else can see.
export async function markAllNotificationsRead(ctx: Ctx): Promise<number> {
  const actor = guardianOf(ctx).ensureSignedIn();
  const rows = await dbOf(ctx)
    .update(notifications)
    .set({ readAt: nowOf(ctx) })
    .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
