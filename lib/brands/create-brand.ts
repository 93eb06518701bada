import "server-only";
import { sql } from "drizzle-orm";
import { brandMemberships, brands, users } from "../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { type Ctx, guardianOf, withTransaction } from "../context";
import { ConflictError } from "../errors";
import { parseInput } from "../validation/parse-input";
import { findBrandBySlug } from "./find-brand";
import { CreateBrandInput } from "./schemas";

export async function createBrand({ ctx, input }: { ctx: Ctx; input: unknown }) {
  const actor = guardianOf(ctx).ensureCanCreateBrand();
  const data = parseInput(CreateBrandInput, input);
  return withTransaction(ctx, async (tx) => {
    if (await findBrandBySlug(tx, data.slug)) throw new ConflictError("errors.slug_taken", { slug: ["errors.slug_taken"] });
    const [admin] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${data.adminEmail} and ${users.deletedAt} is null`);
    if (!admin) throw new ConflictError("errors.no_member_with_email", { adminEmail: ["errors.no_member_with_email"] });

    const [brand] = await tx
      .insert(brands)
      .values({
        slug: data.slug,
        name: data.name,
        description: { es: data.descriptionEs, en: data.descriptionEn },
        color: data.color,
        logoUrl: data.logoUrl ?? null,
        sector: data.sector ?? null,
        defaultLocale: data.defaultLocale,
        createdById: actor.id,
      })
      .returning();
    if (!brand) throw new Error("insert returned no row");
    await tx.insert(brandMemberships).values({ brandId: brand.id, userId: admin.id, role: "admin", grantedById: actor.id });

    await recordAudit(tx, { actorId: actor.id, brandId: brand.id, action: "brand.create", subjectType: "brand", subjectId: brand.id, after: brand });
    await recordAudit(tx, {
      actorId: actor.id,
      brandId: brand.id,
      action: "brand.role.grant",
      subjectType: "user",
      subjectId: admin.id,
      before: { roles: [] },
      after: { roles: ["admin"] },
    });
    return brand;
  });
}
