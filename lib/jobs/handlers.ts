import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { users } from "../../db/schema";
import { evaluateBadges } from "../badges/evaluate-badges";
import { siteUrl } from "../env";
import { sendMail } from "../mail/send-mail";
import { welcomeMail } from "../mail/welcome-mail";
import type { JobPayloads } from "./queues";

export { handleSearchIndex } from "../search/index-job";

export async function handleWelcomeMail(db: Executor, data: JobPayloads["mail.welcome"]): Promise<void> {
  const [user] = await db.select({ email: users.email, name: users.name, locale: users.locale }).from(users).where(eq(users.id, data.userId));
  if (!user) return;
  await sendMail(welcomeMail(user, siteUrl()));
}

// A burst of events for one member and brand queues many jobs; a batch judges each pair once, and a rerun is harmless.
export async function handleEvaluateBadges(db: Executor, batch: JobPayloads["badges.evaluate"][]): Promise<void> {
  const pairs = new Map(batch.map((data) => [`${data.userId}:${data.brandId}`, data]));
  for (const data of pairs.values()) await evaluateBadges(db, data.userId, data.brandId);
}
