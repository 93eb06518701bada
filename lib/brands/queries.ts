import "server-only";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { auditLog, brandMemberships, brands, categories, users } from "../../db/schema";

export async function listBrands(db: Executor) {
  return db
    .select({
      id: brands.id,
      slug: brands.slug,
      name: brands.name,
      description: brands.description,
      color: brands.color,
      logoUrl: brands.logoUrl,
      sector: brands.sector,
      // Raw names: inside a correlated subquery drizzle would print the outer column unqualified.
      categoryCount: sql<number>`(select count(*)::int from categories c where c.brand_id = brands.id and c.deleted_at is null)`,
    })
    .from(brands)
    .where(isNull(brands.deletedAt))
    .orderBy(asc(brands.name));
}

export async function listCategories(db: Executor, brandId: string) {
  return db
    .select()
    .from(categories)
    .where(and(eq(categories.brandId, brandId), isNull(categories.deletedAt)))
    .orderBy(asc(categories.position), asc(categories.createdAt));
}

export async function listBrandTeam(db: Executor, brandId: string) {
  const rows = await db
    .select({ userId: users.id, name: users.name, email: users.email, handle: users.handle, role: brandMemberships.role })
    .from(brandMemberships)
    .innerJoin(users, eq(users.id, brandMemberships.userId))
    .where(and(eq(brandMemberships.brandId, brandId), sql`${brandMemberships.role} <> 'member'`))
    .orderBy(asc(users.name), asc(brandMemberships.role));
  const team = new Map<string, { userId: string; name: string | null; email: string; handle: string; roles: string[] }>();
  for (const row of rows) {
    const entry = team.get(row.userId) ?? { userId: row.userId, name: row.name, email: row.email, handle: row.handle, roles: [] };
    entry.roles.push(row.role);
    team.set(row.userId, entry);
  }
  return [...team.values()];
}

export async function listBrandAudit(db: Executor, brandId: string, limit = 20) {
  return db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      subjectType: auditLog.subjectType,
      subjectId: auditLog.subjectId,
      before: auditLog.before,
      after: auditLog.after,
      createdAt: auditLog.createdAt,
      actorName: users.name,
      actorHandle: users.handle,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(eq(auditLog.brandId, brandId))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit);
}
