import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { categories } from "../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { type Ctx, guardianOf, nowOf, withTransaction } from "../context";
import { NotFoundError } from "../errors";
import { parseInput } from "../validation/parse-input";
import { findBrandById } from "./find-brand";
import { RemoveCategoryInput } from "./schemas";

// Soft removal: questions filed under it keep their category.
export async function removeCategory({ ctx, input }: { ctx: Ctx; input: unknown }) {
  const guardian = guardianOf(ctx);
  const actor = guardian.ensureSignedIn();
  const data = parseInput(RemoveCategoryInput, input);
  return withTransaction(ctx, async (tx) => {
    const brand = guardian.ensureCanManageCategories(await findBrandById(tx, data.brandId));
    const [after] = await tx
      .update(categories)
      .set({ deletedAt: nowOf(ctx) })
      .where(and(eq(categories.id, data.categoryId), eq(categories.brandId, brand.id), isNull(categories.deletedAt)))
      .returning();
    if (!after) throw new NotFoundError();
    await recordAudit(tx, { actorId: actor.id, brandId: brand.id, action: "category.remove", subjectType: "category", subjectId: after.id, after });
    return after;
  });
}
