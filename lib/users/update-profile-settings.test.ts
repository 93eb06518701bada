import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, profileSettings } from "../../db/schema";
import { NotFoundError, UnauthenticatedError, ValidationError } from "../errors";
import { findProfile } from "../profiles/find-profile";
import { ctxFor, giveSiteRole, makeUser } from "../testing/factories";
import { inRollback } from "../testing/test-db";
import { updateProfileSettings } from "./update-profile-settings";

describe("updateProfileSettings", () => {
  it("lets a member keep their own profile out of search engines and back, with an audit row each time", async () => {
    await inRollback(async (tx) => {
      const ana = await makeUser(tx);
      const ctx = await ctxFor(tx, ana);
      expect(await updateProfileSettings({ ctx, input: { userId: ana.id, hideFromSearchEngines: "on" } })).toEqual({ hideFromSearchEngines: true });
      expect((await findProfile(tx, ana.handle))?.hideFromSearchEngines).toBe(true);
      expect(await updateProfileSettings({ ctx, input: { userId: ana.id } })).toEqual({ hideFromSearchEngines: false });
      const rows = await tx.select().from(profileSettings).where(eq(profileSettings.userId, ana.id));
      expect(rows).toHaveLength(1);
      const audit = await tx
        .select({ before: auditLog.before, after: auditLog.after, actorId: auditLog.actorId })
        .from(auditLog)
        .where(and(eq(auditLog.action, "profile.settings.update"), eq(auditLog.subjectId, ana.id)))
        .orderBy(auditLog.id);
      expect(audit).toEqual([
        { actorId: ana.id, before: { hideFromSearchEngines: false }, after: { hideFromSearchEngines: true } },
        { actorId: ana.id, before: { hideFromSearchEngines: true }, after: { hideFromSearchEngines: false } },
      ]);
    });
  });

  it("refuses visitors, other members, site admins and forged ids, changing nothing", async () => {
    await inRollback(async (tx) => {
      const [ana, ben, admin] = await Promise.all([makeUser(tx), makeUser(tx), makeUser(tx)]);
      await giveSiteRole(tx, admin, "site_admin");
      const forged = { userId: ana.id, hideFromSearchEngines: true };
      await expect(updateProfileSettings({ ctx: await ctxFor(tx, null), input: forged })).rejects.toBeInstanceOf(UnauthenticatedError);
      await expect(updateProfileSettings({ ctx: await ctxFor(tx, ben), input: forged })).rejects.toBeInstanceOf(NotFoundError);
      await expect(updateProfileSettings({ ctx: await ctxFor(tx, admin), input: forged })).rejects.toBeInstanceOf(NotFoundError);
      await expect(updateProfileSettings({ ctx: await ctxFor(tx, ben), input: { userId: "not-a-uuid", hideFromSearchEngines: true } })).rejects.toBeInstanceOf(
        ValidationError,
      );
      expect(await tx.select().from(profileSettings).where(eq(profileSettings.userId, ana.id))).toEqual([]);
      expect(await tx.select().from(auditLog).where(eq(auditLog.subjectId, ana.id))).toEqual([]);
    });
  });
});
