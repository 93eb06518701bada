import "server-only";
import { and, isNull, sql } from "drizzle-orm";
import { users } from "../../db/schema";
import { timingDummyHash, verifyPassword } from "../auth/password";
import { hitRateLimit, peekRateLimit, resetRateLimit, SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_IP } from "../auth/rate-limit";
import { type Ctx, dbOf, nowOf } from "../context";
import { RateLimitedError } from "../errors";
import { SignInInput } from "./schemas";

export type AuthenticatedUser = { id: string; email: string; name: string | null; handle: string };

// Null for any wrong email or password alike, so the answer never tells whether an email exists.
export async function authenticate({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<AuthenticatedUser | null> {
  const parsed = SignInInput.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const db = dbOf(ctx);
  const now = nowOf(ctx);
  const accountKey = `sign-in:account:${email}`;
  const ipKey = ctx.ip ? `sign-in:ip:${ctx.ip}` : null;

  for (const [key, rule] of [
    [accountKey, SIGN_IN_PER_ACCOUNT],
    [ipKey, SIGN_IN_PER_IP],
  ] as const) {
    if (!key) continue;
    const state = await peekRateLimit(db, key, rule, now);
    if (state.limited) throw new RateLimitedError(state.retryAfterSeconds);
  }

  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, handle: users.handle, passwordHash: users.passwordHash })
    .from(users)
    .where(and(sql`lower(${users.email}) = ${email}`, isNull(users.deletedAt)));
  const ok = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), password);

  if (!user?.passwordHash || !ok) {
    await hitRateLimit(db, accountKey, SIGN_IN_PER_ACCOUNT, now);
    if (ipKey) await hitRateLimit(db, ipKey, SIGN_IN_PER_IP, now);
    return null;
  }
  await resetRateLimit(db, accountKey);
  return { id: user.id, email: user.email, name: user.name, handle: user.handle };
}
