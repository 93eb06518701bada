import { randomInt } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Tx } from "../../db/client";
import { rateLimitCounters, type User } from "../../db/schema";
import { SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_IP } from "../auth/rate-limit";
import type { Ctx } from "../context";
import { RateLimitedError } from "../errors";
import { ANONYMOUS } from "../permissions/viewer";
import { FACTORY_PASSWORD, makeUser } from "../testing/factories";
import { inRollback } from "../testing/test-db";
import { authenticate } from "./authenticate";

// A fixed clock at midnight UTC, where every window shorter than a day starts, so "later" is exact.
const WINDOW_START = new Date(Date.UTC(2030, 0, 1));
const at = (offsetSeconds: number) => () => new Date(WINDOW_START.getTime() + offsetSeconds * 1000);
const testIp = () => `2001:db8::${randomInt(0x10000).toString(16)}:${randomInt(0x10000).toString(16)}`;

function ctx(tx: Tx, extra: Partial<Ctx> = {}): Ctx {
  return { viewer: ANONYMOUS, db: tx, ip: testIp(), now: at(0), ...extra };
}

const signIn = (c: Ctx, email: string, password: string) => authenticate({ ctx: c, input: { email, password } });

async function failTimes(c: Ctx, user: User, times: number) {
  for (let i = 0; i < times; i++) expect(await signIn(c, user.email, `wrong password ${i}`)).toBeNull();
}

async function hitsFor(tx: Tx, key: string) {
  const rows = await tx.select().from(rateLimitCounters).where(eq(rateLimitCounters.key, key));
  return rows.reduce((sum, row) => sum + row.hits, 0);
}

describe("authenticate", () => {
  it("returns the member for the right password, whatever the email's case", async () => {
    await inRollback(async (tx) => {
      const user = await makeUser(tx);
      const result = await signIn(ctx(tx), `  ${user.email.toUpperCase()}  `, FACTORY_PASSWORD);
      expect(result).toEqual({ id: user.id, email: user.email, name: user.name, handle: user.handle });
    });
  });

  it("answers a wrong password and an unknown email the same way: null", async () => {
    await inRollback(async (tx) => {
      const user = await makeUser(tx);
      const wrongPassword = await signIn(ctx(tx), user.email, "not the password at all");
      const unknownEmail = await signIn(ctx(tx), `nobody-${user.handle}@example.test`, FACTORY_PASSWORD);
      expect(wrongPassword).toBeNull();
      expect(unknownEmail).toBeNull();
    });
  });

  it("refuses a member without a password (OAuth-only) and a deleted member", async () => {
    await inRollback(async (tx) => {
      const oauthOnly = await makeUser(tx, { passwordHash: null });
      const deleted = await makeUser(tx, { deletedAt: new Date() });
      expect(await signIn(ctx(tx), oauthOnly.email, FACTORY_PASSWORD)).toBeNull();
      expect(await signIn(ctx(tx), deleted.email, FACTORY_PASSWORD)).toBeNull();
    });
  });

  it("returns null for malformed input instead of throwing", async () => {
    await inRollback(async (tx) => {
      expect(await authenticate({ ctx: ctx(tx), input: { email: "not-an-email", password: FACTORY_PASSWORD } })).toBeNull();
      expect(await authenticate({ ctx: ctx(tx), input: null })).toBeNull();
    });
  });
});

describe("sign-in rate limits", () => {
  const { limit, windowSeconds } = SIGN_IN_PER_ACCOUNT;

  it(`locks an account after ${limit} failures, even against the right password, in the database`, async () => {
    await inRollback(async (tx) => {
      const user = await makeUser(tx);
      await failTimes(ctx(tx), user, limit);
      expect(await hitsFor(tx, `sign-in:account:${user.email}`)).toBe(limit);

      const attempt = signIn(ctx(tx, { now: at(60) }), user.email, FACTORY_PASSWORD);
      await expect(attempt).rejects.toBeInstanceOf(RateLimitedError);
      await expect(attempt).rejects.toMatchObject({ code: "rate_limited", retryAfterSeconds: windowSeconds - 60 });
    });
  });

  it("counts failures per account across IPs and email spellings", async () => {
    await inRollback(async (tx) => {
      const user = await makeUser(tx);
      for (let i = 0; i < limit; i++) expect(await signIn(ctx(tx), i % 2 ? user.email.toUpperCase() : user.email, "wrong password")).toBeNull();
      await expect(signIn(ctx(tx), user.email, FACTORY_PASSWORD)).rejects.toMatchObject({ code: "rate_limited" });
    });
  });

  it("opens the account again once the window has passed", async () => {
    await inRollback(async (tx) => {
      const user = await makeUser(tx);
      await failTimes(ctx(tx), user, limit);
      await expect(signIn(ctx(tx, { now: at(windowSeconds - 1) }), user.email, FACTORY_PASSWORD)).rejects.toMatchObject({ code: "rate_limited" });
      expect(await signIn(ctx(tx, { now: at(windowSeconds) }), user.email, FACTORY_PASSWORD)).toMatchObject({ id: user.id });
    });
  });

  it("clears the account's counter on a successful sign-in", async () => {
    await inRollback(async (tx) => {
      const user = await makeUser(tx);
      await failTimes(ctx(tx), user, limit - 1);
      expect(await signIn(ctx(tx), user.email, FACTORY_PASSWORD)).toMatchObject({ id: user.id });
      expect(await hitsFor(tx, `sign-in:account:${user.email}`)).toBe(0);
      // Without the reset these would add up past the limit.
      await failTimes(ctx(tx), user, limit - 1);
      expect(await signIn(ctx(tx), user.email, FACTORY_PASSWORD)).toMatchObject({ id: user.id });
    });
  });

  it(`limits one IP to ${SIGN_IN_PER_IP.limit} failures across different emails`, { timeout: 30_000 }, async () => {
    await inRollback(async (tx) => {
      const ip = testIp();
      const victim = await makeUser(tx);
      for (let i = 0; i < SIGN_IN_PER_IP.limit; i++)
        expect(await signIn(ctx(tx, { ip }), `guess-${i}-${victim.handle}@example.test`, "wrong password")).toBeNull();
      expect(await hitsFor(tx, `sign-in:ip:${ip}`)).toBe(SIGN_IN_PER_IP.limit);

      // The victim's own account has no failures, yet this IP is refused; another IP is not.
      await expect(signIn(ctx(tx, { ip }), victim.email, FACTORY_PASSWORD)).rejects.toMatchObject({ code: "rate_limited" });
      expect(await signIn(ctx(tx), victim.email, FACTORY_PASSWORD)).toMatchObject({ id: victim.id });
    });
  });
});
