import { randomUUID } from "node:crypto";
import type { Executor } from "../../db/client";
import { type Brand, brandMemberships, brands, categories, siteRoles, type User, users } from "../../db/schema";
import { loadViewer } from "../auth/load-viewer";
import { hashPassword } from "../auth/password";
import type { Ctx } from "../context";
import type { BrandRole, SiteRole } from "../permissions/roles";
import { ANONYMOUS, type Viewer } from "../permissions/viewer";

export const FACTORY_PASSWORD = "factory-password-2026";
let passwordHash: Promise<string> | null = null;

function unique(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function makeUser(db: Executor, overrides: Partial<typeof users.$inferInsert> = {}): Promise<User> {
  passwordHash ??= hashPassword(FACTORY_PASSWORD);
  const handle = unique("user");
  const [user] = await db
    .insert(users)
    .values({ name: `Test ${handle}`, email: `${handle}@example.test`, handle, passwordHash: await passwordHash, ...overrides })
    .returning();
  return user!;
}

export async function makeBrand(db: Executor, overrides: Partial<typeof brands.$inferInsert> = {}): Promise<Brand> {
  const slug = unique("brand");
  const [brand] = await db
    .insert(brands)
    .values({ slug, name: `Brand ${slug}`, description: { es: "Marca de prueba", en: "Test brand" }, ...overrides })
    .returning();
  return brand!;
}

export async function makeCategory(db: Executor, brand: Brand) {
  const slug = unique("cat");
  const [category] = await db
    .insert(categories)
    .values({ brandId: brand.id, slug, name: { es: `Categoría ${slug}`, en: `Category ${slug}` } })
    .returning();
  return category!;
}

export async function giveBrandRole(db: Executor, brand: Brand, user: User, role: BrandRole): Promise<void> {
  await db.insert(brandMemberships).values({ brandId: brand.id, userId: user.id, role });
}

export async function giveSiteRole(db: Executor, user: User, role: SiteRole): Promise<void> {
  await db.insert(siteRoles).values({ userId: user.id, role });
}

export async function viewerOf(db: Executor, user: User | null): Promise<Viewer> {
  return user ? loadViewer(db, user.id) : ANONYMOUS;
}

export async function ctxFor(db: Executor, user: User | null, extra: Partial<Ctx> = {}): Promise<Ctx> {
  return { viewer: await viewerOf(db, user), db, ...extra };
}
