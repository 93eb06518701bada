import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { brandMemberships, reputationTotals, siteRoles, users } from "../../db/schema";
import type { BrandRole } from "../permissions/roles";
import { ANONYMOUS, type Viewer } from "../permissions/viewer";

// Roles come from PostgreSQL each request, so a grant or revoke shows on the very next page.
export async function loadViewer(db: Executor, userId: string | null | undefined): Promise<Viewer> {
  if (!userId) return ANONYMOUS;
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, handle: users.handle })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.deletedAt)));
  if (!user) return ANONYMOUS;
  const [site, brand, totals] = await Promise.all([
    db.select({ role: siteRoles.role }).from(siteRoles).where(eq(siteRoles.userId, userId)),
    db.select({ brandId: brandMemberships.brandId, role: brandMemberships.role }).from(brandMemberships).where(eq(brandMemberships.userId, userId)),
    db.select({ brandId: reputationTotals.brandId, total: reputationTotals.total }).from(reputationTotals).where(eq(reputationTotals.userId, userId)),
  ]);
  const brandRoles: Record<string, BrandRole[]> = {};
  for (const row of brand) {
    brandRoles[row.brandId] = [...(brandRoles[row.brandId] ?? []), row.role];
  }
  const reputation = Object.fromEntries(totals.map((row) => [row.brandId, row.total]));
  return { ...user, siteRoles: site.map((r) => r.role), brandRoles, reputation };
}
