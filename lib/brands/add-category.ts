import "server-only";
import { and, eq } from "drizzle-orm";
import { categories } from "../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { type Ctx, guardianOf, withTransaction } from "../context";
import { ConflictError } from "../errors";
import { parseInput } from "../validation/parse-input";
import { findBrandById } from "./find-brand";
import { AddCategoryInput } from "./schemas";

export async function addCategory({ ctx, input }: { ctx: Ctx; input: unknown }) {
  const guardian = guardianOf(ctx);
  const actor = guardian.ensureSignedIn();
  const data = parseInput(AddCategoryInput, input);
  return withTransaction(ctx, async (tx) => {
    const brand = guardian.ensureCanManageCategories(await findBrandById(tx, data.brandId, { lock: true }));
    const [clash] = await tx
      .select({ id: categories.id })
      .from(categories)
      .where(and(eq(categories.brandId, brand.id), eq(categories.slug, data.slug)));
    if (clash) throw new ConflictError("errors.slug_taken", { slug: ["errors.slug_taken"] });
    const existing = await tx.$count(categories, eq(categories.brandId, brand.id));
    const [category] = await tx
      .insert(categories)
      .values({
        brandId: brand.id,
        slug: data.slug,
        name: { es: data.nameEs || undefined, en: data.nameEn || undefined },
        description: { es: data.descriptionEs, en: data.descriptionEn },
        position: existing,
      })
      .returning();
    if (!category) throw new Error("insert returned no row");
    await recordAudit(tx, {
      actorId: actor.id,
      brandId: brand.id,
      action: "category.create",
      subjectType: "category",
      subjectId: category.id,
      after: category,
    });
    return category;
  });
}
