import "server-only";
import { eq } from "drizzle-orm";
import { brands } from "../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { type Ctx, guardianOf, nowOf, withTransaction } from "../context";
import { parseInput } from "../validation/parse-input";
import { reExpireVerifications } from "../verifications/re-expire-verifications";
import { brandColumns } from "./brand-columns";
import { findBrandById } from "./find-brand";
import { UpdateBrandInput } from "./schemas";

export async function updateBrand({ ctx, input }: { ctx: Ctx; input: unknown }) {
  const guardian = guardianOf(ctx);
  const actor = guardian.ensureSignedIn();
  const data = parseInput(UpdateBrandInput, input);
  return withTransaction(ctx, async (tx) => {
    const before = guardian.ensureCanEditBrand(await findBrandById(tx, data.brandId, { lock: true }));
    const [after] = await tx
      .update(brands)
      .set({ ...brandColumns(data), verificationTtlDays: data.verificationTtlDays, updatedAt: nowOf(ctx) })
      .where(eq(brands.id, before.id))
      .returning();
    const ttl = data.verificationTtlDays;
    if (ttl !== undefined && ttl !== before.verificationTtlDays) await reExpireVerifications(tx, before.id, ttl);
    await recordAudit(tx, { actorId: actor.id, brandId: before.id, action: "brand.update", subjectType: "brand", subjectId: before.id, before, after });
    return after;
  });
}
