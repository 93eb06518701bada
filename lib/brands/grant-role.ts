import "server-only";
import { sql } from "drizzle-orm";
import { brandMemberships, users } from "../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { type Ctx, guardianOf, withTransaction } from "../context";
import { ConflictError } from "../errors";
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
    const [member] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${data.email} and ${users.deletedAt} is null`);
    if (!member) throw new ConflictError("errors.no_member_with_email", { email: ["errors.no_member_with_email"] });
    const before = await brandRolesOf(tx, brand.id, member.id);
    if (before.includes(data.role)) throw new ConflictError("errors.role_already_held", { role: ["errors.role_already_held"] });
    await tx.insert(brandMemberships).values({ brandId: brand.id, userId: member.id, role: data.role, grantedById: actor.id });
    const after = await brandRolesOf(tx, brand.id, member.id);
    await recordAudit(tx, {
      actorId: actor.id,
      brandId: brand.id,
      action: "brand.role.grant",
      subjectType: "user",
      subjectId: member.id,
      before: { roles: before },
      after: { roles: after },
    });
    return { userId: member.id, roles: after };
  });
}
