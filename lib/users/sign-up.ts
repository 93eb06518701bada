import "server-only";
import { sql } from "drizzle-orm";
import { users } from "../../db/schema";
import { hashPassword } from "../auth/password";
import { passwordWeakness } from "../auth/password-rules";
import { hitRateLimit, SIGN_UP_PER_IP } from "../auth/rate-limit";
import { type Ctx, dbOf, guardianOf, nowOf, withTransaction } from "../context";
import { ConflictError, RateLimitedError, ValidationError } from "../errors";
import { parseInput } from "../validation/parse-input";
import { uniqueHandle } from "./handle";
import { recordSignUp } from "./record-sign-up";
import { SignUpInput } from "./schemas";

export async function signUp({ ctx, input }: { ctx: Ctx; input: unknown }) {
  const guardian = guardianOf(ctx);
  if (guardian.isSignedIn()) throw new ConflictError("errors.already_signed_in");
  const data = parseInput(SignUpInput, input);
  const weakness = passwordWeakness(data.password, data.email);
  if (weakness) throw new ValidationError({ password: [weakness] });

  if (ctx.ip) {
    const limit = await hitRateLimit(dbOf(ctx), `sign-up:ip:${ctx.ip}`, SIGN_UP_PER_IP, nowOf(ctx));
    if (limit.limited) throw new RateLimitedError(limit.retryAfterSeconds);
  }

  const passwordHash = await hashPassword(data.password);
  return withTransaction(ctx, async (tx) => {
    // Deleted accounts keep their email reserved, so the unique index, not this check, is the last word.
    const [existing] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${data.email}`);
    if (existing) throw new ConflictError("errors.email_taken", { email: ["errors.email_taken"] });

    const handle = await uniqueHandle(tx, data.name, data.email);
    const [user] = await tx
      .insert(users)
      .values({ name: data.name, email: data.email, handle, passwordHash, locale: data.locale })
      .returning({ id: users.id, email: users.email, handle: users.handle, name: users.name, locale: users.locale });
    if (!user) throw new Error("insert returned no row");

    await recordSignUp(tx, user, "password");
    return user;
  });
}
