import { hashPassword } from "../../lib/auth/password";
import { searchBackendFor } from "../../lib/search/backend-for-env";
import { reindexAll } from "../../lib/search/reindex-all";
import { closeDb, createDb } from "../client";
import * as schema from "../schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { DEMO_BRANDS } from "./demo-brands";
import { seedDemoBadges } from "./seed-badges";
import { seedDemoThreads } from "./seed-threads";
import { seedDemoVerifications } from "./seed-verifications";

export type SeedResult = { seeded: boolean; accounts: { role: string; email: string; password: string }[] };

// Demo content only; reference data (roles, rules) lives in code and migrations.
export async function seedDemoIfEmpty(databaseUrl: string): Promise<SeedResult> {
  const accounts = DEMO_ACCOUNTS.map((a) => ({ role: a.role, email: a.email, password: DEMO_PASSWORD }));
  const db = createDb(databaseUrl, { max: 2 });
  try {
    const existing = await db.$count(schema.users);
    if (existing > 0) return { seeded: false, accounts };
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await db.transaction(async (tx) => {
      const users = await tx
        .insert(schema.users)
        .values(
          DEMO_ACCOUNTS.map((a) => ({ email: a.email, name: a.name, handle: a.email.split("@")[0]!.replace(/\./g, "-"), locale: a.locale, passwordHash })),
        )
        .returning({ id: schema.users.id, email: schema.users.email });
      const userId = (email: string) => users.find((u) => u.email === email)!.id;
      const admin = userId("admin@peerdesk.test");

      const brands = await tx
        .insert(schema.brands)
        .values(DEMO_BRANDS.map(({ categories: _c, ...b }) => ({ ...b, createdById: admin })))
        .returning({ id: schema.brands.id, slug: schema.brands.slug });
      const brandId = (slug: string) => brands.find((b) => b.slug === slug)!.id;

      await tx
        .insert(schema.categories)
        .values(
          DEMO_BRANDS.flatMap((b) =>
            b.categories.map((c, position) => ({ brandId: brandId(b.slug), slug: c.slug, name: c.name, description: c.description ?? {}, position })),
          ),
        );
      const siteRoles = DEMO_ACCOUNTS.filter((a) => a.siteRole).map((a) => ({ userId: userId(a.email), role: a.siteRole!, grantedById: admin }));
      await tx.insert(schema.siteRoles).values(siteRoles);
      const memberships = DEMO_ACCOUNTS.filter((a) => a.brandRole).map((a) => ({
        brandId: brandId(a.brandRole!.brand),
        userId: userId(a.email),
        role: a.brandRole!.role,
        grantedById: admin,
      }));
      await tx.insert(schema.brandMemberships).values(memberships);
      await tx.insert(schema.auditLog).values(
        memberships.map((m) => ({
          actorId: admin,
          brandId: m.brandId,
          action: "brand.role.grant",
          subjectType: "user",
          subjectId: m.userId,
          before: { roles: [] },
          after: { roles: [m.role] },
        })),
      );
    });
    // Demo threads go through the real verbs, after the accounts and brands they need are committed.
    await seedDemoThreads(db, { now: new Date(), passwordHash });
    await seedDemoVerifications(db, { now: new Date() });
    await seedDemoBadges(db);
    // Search works as soon as the app is up, without waiting for the worker to drain the seed's search.index jobs.
    await reindexAll(db, searchBackendFor(db));
    return { seeded: true, accounts };
  } finally {
    await closeDb(db);
  }
}
