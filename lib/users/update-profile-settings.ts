import "server-only";
import { eq } from "drizzle-orm";
import { profileSettings } from "../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { type Ctx, guardianOf, nowOf, withTransaction } from "../context";
import { ensureCanEditProfile } from "../permissions/profile-permissions";
import { parseInput } from "../validation/parse-input";
import { ProfileSettingsInput } from "./profile-settings-schema";

export async function updateProfileSettings({ ctx, input }: { ctx: Ctx; input: unknown }) {
  const guardian = guardianOf(ctx);
  guardian.ensureSignedIn();
  const data = parseInput(ProfileSettingsInput, input);
  const userId = ensureCanEditProfile(guardian, data.userId);
  const now = nowOf(ctx);
  return withTransaction(ctx, async (tx) => {
    const [before] = await tx.select().from(profileSettings).where(eq(profileSettings.userId, userId)).for("update");
    const [after] = await tx
      .insert(profileSettings)
      .values({ userId, hideFromSearchEngines: data.hideFromSearchEngines, updatedAt: now })
      .onConflictDoUpdate({ target: profileSettings.userId, set: { hideFromSearchEngines: data.hideFromSearchEngines, updatedAt: now } })
      .returning();
    await recordAudit(tx, {
      actorId: userId,
      action: "profile.settings.update",
      subjectType: "user",
      subjectId: userId,
      before: { hideFromSearchEngines: before?.hideFromSearchEngines ?? false },
      after: { hideFromSearchEngines: after!.hideFromSearchEngines },
    });
    return { hideFromSearchEngines: after!.hideFromSearchEngines };
  });
}
