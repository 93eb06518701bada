import "server-only";
import { and, eq } from "drizzle-orm";
import { categories } from "../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { type Ctx, guardianOf, nowOf, withTransaction } from "../context";
import { NotFoundError } from "../errors";
import { parseInput } from "../validation/parse-input";
import { findBrandById } from "./find-brand";
import { UpdateCategoryInput } from "./schemas";

export async function updateCategory({ ctx, input }: { ctx: Ctx; input: unknown }) {
  const guardian = guardianOf(ctx);
  const actor = guardian.ensureSignedIn();
  const data = parseInput(UpdateCategoryInput, input);
  return withTransaction(ctx, async (tx) => {
    const brand = guardian.ensureCanManageCategories(await findBrandById(tx, data.brandId));
    // Scoped by brand: a category id from another brand is simply not found.
    const [before] = await tx
      .select()
      .from(categories)
      .where(and(eq(categories.id, data.categoryId), eq(categories.brandId, brand.id)))
      .for("update");
    if (!before) throw new NotFoundError();
    const [after] = await tx
      .update(categories)
      .set({
        name: { es: data.nameEs || undefined, en: data.nameEn || undefined },
        description: { es: data.descriptionEs, en: data.descriptionEn },
        updatedAt: nowOf(ctx),
      })
      .where(eq(categories.id, before.id))
      .returning();
    await recordAudit(tx, { actorId: actor.id, brandId: brand.id, action: "category.update", subjectType: "category", subjectId: before.id, before, after });
    return after;
  });
}
