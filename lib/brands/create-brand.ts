import "server-only";
import { brandMemberships, brands } from "../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { type Ctx, guardianOf, withTransaction } from "../context";
import { ConflictError } from "../errors";
import { findActiveUserIdByEmail } from "../users/find-user";
import { parseInput } from "../validation/parse-input";
import { brandColumns } from "./brand-columns";
import { findBrandBySlug } from "./find-brand";
import { CreateBrandInput } from "./schemas";

export async function createBrand({ ctx, input }: { ctx: Ctx; input: unknown }) {
  const actor = guardianOf(ctx).ensureCanCreateBrand();
  const data = parseInput(CreateBrandInput, input);
  return withTransaction(ctx, async (tx) => {
    if (await findBrandBySlug(tx, data.slug)) throw new ConflictError("errors.slug_taken", { slug: ["errors.slug_taken"] });
    const adminId = await findActiveUserIdByEmail(tx, data.adminEmail);
    if (!adminId) throw new ConflictError("errors.no_member_with_email", { adminEmail: ["errors.no_member_with_email"] });

    const [brand] = await tx
      .insert(brands)
      .values({ ...brandColumns(data), slug: data.slug, createdById: actor.id })
      .returning();
    if (!brand) throw new Error("insert returned no row");
    await tx.insert(brandMemberships).values({ brandId: brand.id, userId: adminId, role: "admin", grantedById: actor.id });

    await recordAudit(tx, { actorId: actor.id, brandId: brand.id, action: "brand.create", subjectType: "brand", subjectId: brand.id, after: brand });
    await recordAudit(tx, {
      actorId: actor.id,
      brandId: brand.id,
      action: "brand.role.grant",
      subjectType: "user",
      subjectId: adminId,
      before: { roles: [] },
      after: { roles: ["admin"] },
    });
    return brand;
  });
}
