import "server-only";
import { and, eq } from "drizzle-orm";
import { brandMemberships } from "../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { type Ctx, guardianOf, withTransaction } from "../context";
import { ConflictError, NotFoundError } from "../errors";
import { parseInput } from "../validation/parse-input";
import { findBrandById } from "./find-brand";
import { brandRolesOf } from "./roles-of";
import { RevokeRoleInput } from "./schemas";

export async function revokeBrandRole({ ctx, input }: { ctx: Ctx; input: unknown }) {
  const guardian = guardianOf(ctx);
  const actor = guardian.ensureSignedIn();
  const data = parseInput(RevokeRoleInput, input);
  return withTransaction(ctx, async (tx) => {
    const brand = guardian.ensureCanGrantBrandRole(await findBrandById(tx, data.brandId, { lock: true }), data.role);
    const before = await brandRolesOf(tx, brand.id, data.userId);
    if (!before.includes(data.role)) throw new NotFoundError();
    // The brand must keep at least one admin; the row lock on the brand serialises concurrent revokes.
    if (data.role === "admin") {
      const admins = await tx.$count(brandMemberships, and(eq(brandMemberships.brandId, brand.id), eq(brandMemberships.role, "admin")));
      if (admins <= 1) throw new ConflictError("errors.last_admin");
    }
    await tx
      .delete(brandMemberships)
      .where(and(eq(brandMemberships.brandId, brand.id), eq(brandMemberships.userId, data.userId), eq(brandMemberships.role, data.role)));
    const after = await brandRolesOf(tx, brand.id, data.userId);
    await recordAudit(tx, {
      actorId: actor.id,
      brandId: brand.id,
      action: "brand.role.revoke",
      subjectType: "user",
      subjectId: data.userId,
      before: { roles: before },
      after: { roles: after },
    });
    return { userId: data.userId, roles: after };
  });
}
