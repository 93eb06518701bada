import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, users } from "../../db/schema";
import { PeerdeskError } from "../errors";
import { ANONYMOUS } from "../permissions/viewer";
import { inRollback } from "../testing/test-db";
import { signUp } from "./sign-up";

describe("signUp", () => {
  it("creates the member, its audit row and the welcome job in one transaction", async () => {
    await inRollback(async (tx) => {
      const email = `New.Member+${Date.now()}@Example.test`;
      const user = await signUp({
        ctx: { viewer: ANONYMOUS, db: tx },
        input: { name: "Nueva Persona", email, password: "una frase larga y segura", locale: "es" },
      });
      expect(user.email).toBe(email.toLowerCase());
      expect(user.handle).toMatch(/^nueva-persona/);
      const [row] = await tx.select().from(users).where(eq(users.id, user.id));
      expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
      const audits = await tx.select().from(auditLog).where(eq(auditLog.subjectId, user.id));
      expect(audits.map((a) => a.action)).toEqual(["user.sign_up"]);
      const jobs = await tx.execute(sql`select name, data from pgboss.job where data->>'userId' = ${user.id}`);
      expect(jobs).toHaveLength(1);
      expect(jobs[0]).toMatchObject({ name: "mail.welcome" });
    });
  });

  it("rejects a weak password with a field error and writes nothing", async () => {
    await inRollback(async (tx) => {
      const email = `weak-${Date.now()}@example.test`;
      const attempt = signUp({ ctx: { viewer: ANONYMOUS, db: tx }, input: { name: "Ana", email, password: "1234567890" } });
      await expect(attempt).rejects.toMatchObject({ code: "validation", fieldErrors: { password: ["validation.password_common"] } });
      await expect(attempt).rejects.toBeInstanceOf(PeerdeskError);
      expect(await tx.$count(users, sql`lower(${users.email}) = ${email}`)).toBe(0);
    });
  });
});
