import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Executor, Tx } from "../../db/client";
import { auditLog, type Brand, brandMemberships, brands, categories } from "../../db/schema";
import { loadViewer } from "../auth/load-viewer";
import type { Ctx } from "../context";
import { Guardian } from "../permissions/guardian";
import { ANONYMOUS, type Viewer } from "../permissions/viewer";
import { ctxFor, giveBrandRole, giveSiteRole, makeBrand, makeCategory, makeUser } from "../testing/factories";
import { inRollback, testDb } from "../testing/test-db";
import { addCategory } from "./add-category";
import { createBrand } from "./create-brand";
import { grantBrandRole } from "./grant-role";
import { removeCategory } from "./remove-category";
import { revokeBrandRole } from "./revoke-role";
import { updateBrand } from "./update-brand";
import { updateCategory } from "./update-category";

async function makeWorld(tx: Tx) {
  const brand = await makeBrand(tx);
  const [admin, staff, agent, member, otherAdmin, siteAdmin] = await Promise.all([
    makeUser(tx),
    makeUser(tx),
    makeUser(tx),
    makeUser(tx),
    makeUser(tx),
    makeUser(tx),
  ]);
  const otherBrand = await makeBrand(tx);
  await giveBrandRole(tx, brand, admin, "admin");
  await giveBrandRole(tx, brand, staff, "staff");
  await giveBrandRole(tx, brand, agent, "agent");
  await giveBrandRole(tx, otherBrand, otherAdmin, "admin");
  await giveSiteRole(tx, siteAdmin, "site_admin");
  const category = await makeCategory(tx, brand);
  const otherCategory = await makeCategory(tx, otherBrand);
  const users = { admin, staff, agent, member, otherAdmin, siteAdmin };
  return { tx, brand, otherBrand, category, otherCategory, users };
}
type World = Awaited<ReturnType<typeof makeWorld>>;
type Caller = keyof World["users"];

const as = (w: World, caller: Caller): Promise<Ctx> => ctxFor(w.tx, w.users[caller]);

function auditOf(db: Executor, brandId: string) {
  return db.select().from(auditLog).where(eq(auditLog.brandId, brandId)).orderBy(asc(auditLog.id));
}

// Everything a brand verb could touch, to show a refused call changed nothing.
async function snapshot(db: Executor, brandId: string) {
  return {
    brand: await db.select().from(brands).where(eq(brands.id, brandId)),
    categories: await db.select().from(categories).where(eq(categories.brandId, brandId)).orderBy(asc(categories.id)),
    memberships: await db
      .select()
      .from(brandMemberships)
      .where(eq(brandMemberships.brandId, brandId))
      .orderBy(asc(brandMemberships.userId), asc(brandMemberships.role)),
    audit: await auditOf(db, brandId),
  };
}

type Verb = (args: { ctx: Ctx; input: unknown }) => Promise<unknown>;

const BRAND_VERBS: Record<string, { run: Verb; input: (w: World) => Record<string, unknown> }> = {
  updateBrand: {
    run: updateBrand,
    input: (w) => ({ brandId: w.brand.id, name: "Renamed brand", color: "#123456", descriptionEs: "Nueva", descriptionEn: "New", defaultLocale: "en" }),
  },
  addCategory: { run: addCategory, input: (w) => ({ brandId: w.brand.id, slug: "billing", nameEs: "Facturación", nameEn: "Billing" }) },
  updateCategory: { run: updateCategory, input: (w) => ({ brandId: w.brand.id, categoryId: w.category.id, nameEs: "Cambiada", nameEn: "Changed" }) },
  removeCategory: { run: removeCategory, input: (w) => ({ brandId: w.brand.id, categoryId: w.category.id }) },
  grantBrandRole: { run: grantBrandRole, input: (w) => ({ brandId: w.brand.id, email: w.users.member.email, role: "agent" }) },
  revokeBrandRole: { run: revokeBrandRole, input: (w) => ({ brandId: w.brand.id, userId: w.users.staff.id, role: "staff" }) },
};
const VERB_NAMES = Object.keys(BRAND_VERBS);

describe("brand verbs done by a brand admin", () => {
  it("updateBrand changes the brand and audits before and after", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const after = await updateBrand({ ctx: await as(w, "admin"), input: BRAND_VERBS.updateBrand!.input(w) });
      expect(after).toMatchObject({ name: "Renamed brand", color: "#123456", description: { es: "Nueva", en: "New" }, defaultLocale: "en" });
      const audit = await auditOf(tx, w.brand.id);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        action: "brand.update",
        actorId: w.users.admin.id,
        brandId: w.brand.id,
        subjectType: "brand",
        subjectId: w.brand.id,
        before: { name: w.brand.name, color: w.brand.color },
        after: { name: "Renamed brand", color: "#123456" },
      });
    });
  });

  it("addCategory creates the category after the existing ones and audits it", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const category = await addCategory({ ctx: await as(w, "admin"), input: BRAND_VERBS.addCategory!.input(w) });
      expect(category).toMatchObject({ brandId: w.brand.id, slug: "billing", name: { es: "Facturación", en: "Billing" }, position: 1 });
      const audit = await auditOf(tx, w.brand.id);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        action: "category.create",
        actorId: w.users.admin.id,
        subjectType: "category",
        subjectId: category.id,
        after: { id: category.id, slug: "billing" },
      });
    });
  });

  it("addCategory refuses a slug already used in the brand", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const attempt = addCategory({ ctx: await as(w, "admin"), input: { brandId: w.brand.id, slug: w.category.slug.toUpperCase(), nameEn: "Again" } });
      await expect(attempt).rejects.toMatchObject({ code: "conflict", fieldErrors: { slug: ["errors.slug_taken"] } });
      expect(await auditOf(tx, w.brand.id)).toHaveLength(0);
    });
  });

  it("a NUL character in a text field is a validation error, not a database failure", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const before = await snapshot(tx, w.brand.id);
      const admin = await as(w, "admin");
      await expect(addCategory({ ctx: admin, input: { ...BRAND_VERBS.addCategory!.input(w), nameEn: "Bill\u0000ing" } })).rejects.toMatchObject({
        code: "validation",
        fieldErrors: { nameEn: ["validation.invalid"] },
      });
      await expect(updateBrand({ ctx: admin, input: { ...BRAND_VERBS.updateBrand!.input(w), name: "Re\u0000named" } })).rejects.toMatchObject({
        code: "validation",
        fieldErrors: { name: ["validation.invalid"] },
      });
      expect(await snapshot(tx, w.brand.id)).toEqual(before);
    });
  });

  it("updateCategory renames the category and audits before and after", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const after = await updateCategory({ ctx: await as(w, "admin"), input: BRAND_VERBS.updateCategory!.input(w) });
      expect(after?.name).toEqual({ es: "Cambiada", en: "Changed" });
      const audit = await auditOf(tx, w.brand.id);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        action: "category.update",
        actorId: w.users.admin.id,
        subjectType: "category",
        subjectId: w.category.id,
        before: { name: w.category.name },
        after: { name: { es: "Cambiada", en: "Changed" } },
      });
    });
  });

  it("removeCategory soft-deletes the category and audits it", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const now = new Date("2026-03-04T05:06:07.000Z");
      await removeCategory({ ctx: { ...(await as(w, "admin")), now: () => now }, input: BRAND_VERBS.removeCategory!.input(w) });
      const [row] = await tx.select().from(categories).where(eq(categories.id, w.category.id));
      expect(row?.deletedAt).toEqual(now);
      const audit = await auditOf(tx, w.brand.id);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        action: "category.remove",
        actorId: w.users.admin.id,
        subjectId: w.category.id,
        after: { deletedAt: now.toISOString() },
      });
      // Removing it twice finds nothing left to remove.
      await expect(removeCategory({ ctx: await as(w, "admin"), input: BRAND_VERBS.removeCategory!.input(w) })).rejects.toMatchObject({ code: "not_found" });
    });
  });

  it("grantBrandRole gives the role and audits the roles before and after", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      // The email is matched case-insensitively.
      const result = await grantBrandRole({
        ctx: await as(w, "admin"),
        input: { brandId: w.brand.id, email: w.users.member.email.toUpperCase(), role: "agent" },
      });
      expect(result).toEqual({ userId: w.users.member.id, roles: ["agent"] });
      const [membership] = await tx.select().from(brandMemberships).where(eq(brandMemberships.userId, w.users.member.id));
      expect(membership).toMatchObject({ brandId: w.brand.id, role: "agent", grantedById: w.users.admin.id });
      const audit = await auditOf(tx, w.brand.id);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        action: "brand.role.grant",
        actorId: w.users.admin.id,
        subjectType: "user",
        subjectId: w.users.member.id,
        before: { roles: [] },
        after: { roles: ["agent"] },
      });
    });
  });

  it("revokeBrandRole takes the role away and audits the roles before and after", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const result = await revokeBrandRole({ ctx: await as(w, "admin"), input: BRAND_VERBS.revokeBrandRole!.input(w) });
      expect(result).toEqual({ userId: w.users.staff.id, roles: [] });
      expect(await tx.$count(brandMemberships, eq(brandMemberships.userId, w.users.staff.id))).toBe(0);
      const audit = await auditOf(tx, w.brand.id);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        action: "brand.role.revoke",
        actorId: w.users.admin.id,
        subjectType: "user",
        subjectId: w.users.staff.id,
        before: { roles: ["staff"] },
        after: { roles: [] },
      });
    });
  });

  it.each(VERB_NAMES)("a site admin may also %s in any brand", async (name) => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const verb = BRAND_VERBS[name]!;
      await verb.run({ ctx: await as(w, "siteAdmin"), input: verb.input(w) });
      const audit = await auditOf(tx, w.brand.id);
      expect(audit).toHaveLength(1);
      expect(audit[0]?.actorId).toBe(w.users.siteAdmin.id);
    });
  });
});

describe("forged brand requests", () => {
  const forged = VERB_NAMES.flatMap((verb) => (["staff", "agent", "member", "otherAdmin"] as const).map((caller) => ({ verb, caller })));

  it.each(forged)("$caller calling $verb with this brand's id gets not_found and changes nothing", async ({ verb, caller }) => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const before = await snapshot(tx, w.brand.id);
      const { run, input } = BRAND_VERBS[verb]!;
      await expect(run({ ctx: await as(w, caller), input: input(w) })).rejects.toMatchObject({ code: "not_found" });
      expect(await snapshot(tx, w.brand.id)).toEqual(before);
    });
  });

  it.each(VERB_NAMES)("an anonymous caller of %s is asked to sign in and changes nothing", async (verb) => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const before = await snapshot(tx, w.brand.id);
      const { run, input } = BRAND_VERBS[verb]!;
      await expect(run({ ctx: { viewer: ANONYMOUS, db: tx }, input: input(w) })).rejects.toMatchObject({ code: "unauthenticated" });
      expect(await snapshot(tx, w.brand.id)).toEqual(before);
    });
  });

  it.each(["updateCategory", "removeCategory"])("%s with another brand's category id under this brand's id is not_found", async (verb) => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const before = { mine: await snapshot(tx, w.brand.id), theirs: await snapshot(tx, w.otherBrand.id) };
      const { run, input } = BRAND_VERBS[verb]!;
      const attempt = run({ ctx: await as(w, "admin"), input: { ...input(w), categoryId: w.otherCategory.id } });
      await expect(attempt).rejects.toMatchObject({ code: "not_found" });
      expect({ mine: await snapshot(tx, w.brand.id), theirs: await snapshot(tx, w.otherBrand.id) }).toEqual(before);
    });
  });

  it.each([
    ["grantBrandRole", "member"],
    ["grantBrandRole", "owner"],
    ["revokeBrandRole", "member"],
    ["revokeBrandRole", "owner"],
  ])("%s with the ungrantable role %s is a validation error", async (verb, role) => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const before = await snapshot(tx, w.brand.id);
      const { run, input } = BRAND_VERBS[verb]!;
      await expect(run({ ctx: await as(w, "admin"), input: { ...input(w), role } })).rejects.toMatchObject({
        code: "validation",
        fieldErrors: { role: ["validation.role_invalid"] },
      });
      expect(await snapshot(tx, w.brand.id)).toEqual(before);
    });
  });
});

describe("brand role rules", () => {
  it("granting to an email without an account is a conflict on the email field", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const attempt = grantBrandRole({
        ctx: await as(w, "admin"),
        input: { brandId: w.brand.id, email: `nobody-${randomUUID()}@example.test`, role: "staff" },
      });
      await expect(attempt).rejects.toMatchObject({ code: "conflict", fieldErrors: { email: ["errors.no_member_with_email"] } });
      expect(await auditOf(tx, w.brand.id)).toHaveLength(0);
    });
  });

  it("granting a role the member already holds is a conflict", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const before = await snapshot(tx, w.brand.id);
      const attempt = grantBrandRole({ ctx: await as(w, "admin"), input: { brandId: w.brand.id, email: w.users.staff.email, role: "staff" } });
      await expect(attempt).rejects.toMatchObject({ code: "conflict", messageKey: "errors.role_already_held" });
      expect(await snapshot(tx, w.brand.id)).toEqual(before);
    });
  });

  it("a member may hold several roles in one brand", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const result = await grantBrandRole({ ctx: await as(w, "admin"), input: { brandId: w.brand.id, email: w.users.staff.email, role: "agent" } });
      expect(result.roles).toEqual(["staff", "agent"]);
    });
  });

  it("revoking a role the member does not hold is not_found", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const attempt = revokeBrandRole({ ctx: await as(w, "admin"), input: { brandId: w.brand.id, userId: w.users.member.id, role: "staff" } });
      await expect(attempt).rejects.toMatchObject({ code: "not_found" });
    });
  });

  it("revoking the last admin is a conflict and keeps the admin", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const attempt = revokeBrandRole({ ctx: await as(w, "admin"), input: { brandId: w.brand.id, userId: w.users.admin.id, role: "admin" } });
      await expect(attempt).rejects.toMatchObject({ code: "conflict", messageKey: "errors.last_admin" });
      expect((await loadViewer(tx, w.users.admin.id)).brandRoles[w.brand.id]).toContain("admin");
      expect(await auditOf(tx, w.brand.id)).toHaveLength(0);
    });
  });

  it("an admin may be revoked while another admin remains", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await grantBrandRole({ ctx: await as(w, "admin"), input: { brandId: w.brand.id, email: w.users.member.email, role: "admin" } });
      const result = await revokeBrandRole({ ctx: await as(w, "member"), input: { brandId: w.brand.id, userId: w.users.admin.id, role: "admin" } });
      expect(result.roles).toEqual([]);
    });
  });

  it("a granted brand role shows in the session, and a revoked one is gone", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const admin = await as(w, "admin");
      expect((await loadViewer(tx, w.users.member.id)).brandRoles[w.brand.id]).toBeUndefined();

      await grantBrandRole({ ctx: admin, input: { brandId: w.brand.id, email: w.users.member.email, role: "admin" } });
      const granted = await loadViewer(tx, w.users.member.id);
      expect(granted.brandRoles[w.brand.id]).toEqual(["admin"]);
      expect(new Guardian(granted).canEditBrand(w.brand)).toBe(true);

      await revokeBrandRole({ ctx: admin, input: { brandId: w.brand.id, userId: w.users.member.id, role: "admin" } });
      const revoked = await loadViewer(tx, w.users.member.id);
      expect(revoked.brandRoles[w.brand.id]).toBeUndefined();
      expect(new Guardian(revoked).canEditBrand(w.brand)).toBe(false);
    });
  });
});

describe("an audit row and its change commit together", () => {
  it("a failure after the verb, in the caller's transaction, rolls back both the change and the audit row", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const before = await snapshot(tx, w.brand.id);
      const boom = new Error("caller failed after the verb");
      const outer = tx.transaction(async (callerTx) => {
        await grantBrandRole({ ctx: { viewer: await loadViewer(callerTx, w.users.admin.id), db: callerTx }, input: BRAND_VERBS.grantBrandRole!.input(w) });
        expect(await auditOf(callerTx, w.brand.id)).toHaveLength(1);
        throw boom;
      });
      await expect(outer).rejects.toBe(boom);
      expect(await snapshot(tx, w.brand.id)).toEqual(before);
    });
  });

  it("when the audit row cannot be written, the verb's own transaction rolls back the change", async () => {
    // Committed on purpose: this goes through a real BEGIN/ROLLBACK, not a savepoint inside a test transaction.
    const db = testDb();
    const brand: Brand = await makeBrand(db);
    try {
      // A viewer whose id is in no users row passes the guardian but breaks the audit row's actor foreign key.
      const ghost: Viewer = {
        id: randomUUID(),
        email: "ghost@example.test",
        name: "Ghost",
        handle: "ghost",
        siteRoles: [],
        brandRoles: { [brand.id]: ["admin"] },
      };
      const before = await snapshot(db, brand.id);
      const attempt = addCategory({ ctx: { viewer: ghost, db }, input: { brandId: brand.id, slug: "ghostly", nameEn: "Ghostly" } });
      await expect(attempt).rejects.toMatchObject({ cause: { constraint_name: "audit_log_actor_id_users_id_fk" } });
      expect(await snapshot(db, brand.id)).toEqual(before);
      expect(before.categories).toEqual([]);
    } finally {
      await db.delete(auditLog).where(eq(auditLog.brandId, brand.id));
      await db.delete(categories).where(eq(categories.brandId, brand.id));
      await db.delete(brands).where(eq(brands.id, brand.id));
    }
  });
});

describe("createBrand", () => {
  const input = (slug: string, adminEmail: string) => ({ slug, name: "Brand Nueva", color: "#ff0000", adminEmail, descriptionEs: "Hola", sector: "banking" });

  it("a site admin creates the brand with its first admin, audited", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const slug = `new-${randomUUID().slice(0, 8)}`;
      const brand = await createBrand({ ctx: await as(w, "siteAdmin"), input: input(slug.toUpperCase(), w.users.member.email.toUpperCase()) });
      expect(brand).toMatchObject({ slug, name: "Brand Nueva", color: "#ff0000", sector: "banking", createdById: w.users.siteAdmin.id, defaultLocale: "es" });

      const memberships = await tx.select().from(brandMemberships).where(eq(brandMemberships.brandId, brand.id));
      expect(memberships).toEqual([expect.objectContaining({ userId: w.users.member.id, role: "admin", grantedById: w.users.siteAdmin.id })]);
      const viewer = await loadViewer(tx, w.users.member.id);
      expect(new Guardian(viewer).canEditBrand(brand)).toBe(true);

      const audit = await auditOf(tx, brand.id);
      expect(audit.map((a) => [a.action, a.actorId, a.subjectId])).toEqual([
        ["brand.create", w.users.siteAdmin.id, brand.id],
        ["brand.role.grant", w.users.siteAdmin.id, w.users.member.id],
      ]);
      expect(audit[1]).toMatchObject({ before: { roles: [] }, after: { roles: ["admin"] } });
    });
  });

  it.each(["admin", "staff", "member", "otherAdmin"] as const)("%s may not create a brand (not_found)", async (caller) => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const slug = `nope-${randomUUID().slice(0, 8)}`;
      await expect(createBrand({ ctx: await as(w, caller), input: input(slug, w.users.member.email) })).rejects.toMatchObject({ code: "not_found" });
      expect(await tx.$count(brands, eq(brands.slug, slug))).toBe(0);
    });
  });

  // Unlike the other brand verbs, createBrand asks only "may you create brands?", so an anonymous caller gets not_found too.
  it("refuses an anonymous caller", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const slug = `anon-${randomUUID().slice(0, 8)}`;
      await expect(createBrand({ ctx: { viewer: ANONYMOUS, db: tx }, input: input(slug, w.users.member.email) })).rejects.toMatchObject({ code: "not_found" });
      expect(await tx.$count(brands, eq(brands.slug, slug))).toBe(0);
    });
  });

  it("a slug already taken (in any case) is a conflict on slug", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const count = await tx.$count(brands);
      const attempt = createBrand({ ctx: await as(w, "siteAdmin"), input: input(w.brand.slug.toUpperCase(), w.users.member.email) });
      await expect(attempt).rejects.toMatchObject({ code: "conflict", fieldErrors: { slug: ["errors.slug_taken"] } });
      expect(await tx.$count(brands)).toBe(count);
    });
  });

  it("an admin email without an account is a conflict on adminEmail", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const slug = `orphan-${randomUUID().slice(0, 8)}`;
      const attempt = createBrand({ ctx: await as(w, "siteAdmin"), input: input(slug, `nobody-${randomUUID()}@example.test`) });
      await expect(attempt).rejects.toMatchObject({ code: "conflict", fieldErrors: { adminEmail: ["errors.no_member_with_email"] } });
      expect(await tx.$count(brands, eq(brands.slug, slug))).toBe(0);
    });
  });
});
