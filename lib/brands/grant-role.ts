import "server-only";
import { brandMemberships } from "../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { type Ctx, guardianOf, withTransaction } from "../context";
import { ConflictError } from "../errors";
import { findActiveUserIdByEmail } from "../users/find-user";
import { parseInput } from "../validation/parse-input";
import { findBrandById } from "./find-brand";
import { brandRolesOf } from "./roles-of";
import { GrantRoleInput } from "./schemas";

export async function grantBrandRole({ ctx, input }: { ctx: Ctx; input: unknown }) {
  const guardian = guardianOf(ctx);
  const actor = guardian.ensureSignedIn();
  const data = parseInput(GrantRoleInput, input);
  return withTransaction(ctx, async (tx) => {
    const brand = guardian.ensureCanGrantBrandRole(await findBrandById(tx, data.brandId, { lock: true }), data.role);
    const memberId = await findActiveUserIdByEmail(tx, data.email);
    if (!memberId) throw new ConflictError("errors.no_member_with_email", { email: ["errors.no_member_with_email"] });
    const before = await brandRolesOf(tx, brand.id, memberId);
    if (before.includes(data.role)) throw new ConflictError("errors.role_already_held", { role: ["errors.role_already_held"] });
    await tx.insert(brandMemberships).values({ brandId: brand.id, userId: memberId, role: data.role, grantedById: actor.id });
    const after = await brandRolesOf(tx, brand.id, memberId);
    await recordAudit(tx, {
      actorId: actor.id,
      brandId: brand.id,
      action: "brand.role.grant",
      subjectType: "user",
      subjectId: memberId,
      before: { roles: before },
      after: { roles: after },
    });
    return { userId: memberId, roles: after };
  });
}
