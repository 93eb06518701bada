import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { brandMemberships } from "../../db/schema";
import type { BrandRole } from "../permissions/roles";

export async function brandRolesOf(db: Executor, brandId: string, userId: string): Promise<BrandRole[]> {
  const rows = await db
    .select({ role: brandMemberships.role })
    .from(brandMemberships)
    .where(and(eq(brandMemberships.brandId, brandId), eq(brandMemberships.userId, userId)))
    .orderBy(brandMemberships.role);
  return rows.map((r) => r.role);
}
