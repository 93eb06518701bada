import { describe, expect, it } from "vitest";
import { NotFoundError, UnauthenticatedError } from "../errors";
import { type GuardedBrand, Guardian } from "./guardian";
import type { BrandRole, SiteRole } from "./roles";
import { ANONYMOUS, type Viewer } from "./viewer";

const BRAND: GuardedBrand = { id: "11111111-1111-4111-8111-111111111111", deletedAt: null };
const DELETED_BRAND: GuardedBrand = { id: BRAND.id, deletedAt: new Date("2026-01-01T00:00:00Z") };
const OTHER_BRAND_ID = "22222222-2222-4222-8222-222222222222";

function signedIn(name: string, siteRoles: SiteRole[] = [], brandRoles: Record<string, BrandRole[]> = {}): Viewer {
  return { id: `00000000-0000-4000-8000-${name.padStart(12, "0")}`, email: `${name}@example.test`, name, handle: name, siteRoles, brandRoles };
}

const VIEWERS = {
  anonymous: ANONYMOUS,
  member: signedIn("member"),
  staff: signedIn("staff", [], { [BRAND.id]: ["staff"] }),
  agent: signedIn("agent", [], { [BRAND.id]: ["agent"] }),
  admin: signedIn("admin", [], { [BRAND.id]: ["admin"] }),
  otherAdmin: signedIn("otheradmin", [], { [OTHER_BRAND_ID]: ["admin"] }),
  siteAdmin: signedIn("siteadmin", ["site_admin"]),
  recruiter: signedIn("recruiter", ["recruiter"]),
} satisfies Record<string, Viewer>;

type Role = keyof typeof VIEWERS;
const ROLES = Object.keys(VIEWERS) as Role[];

type Check = {
  can: (g: Guardian) => boolean;
  // The throwing twin and what it hands back when allowed.
  ensure?: (g: Guardian) => unknown;
  returns?: "brand" | "viewer";
};

const CHECKS = {
  "canSeeBrand(live)": { can: (g) => g.canSeeBrand(BRAND), ensure: (g) => g.ensureCanSeeBrand(BRAND), returns: "brand" },
  "canSeeBrand(soft-deleted)": { can: (g) => g.canSeeBrand(DELETED_BRAND), ensure: (g) => g.ensureCanSeeBrand(DELETED_BRAND), returns: "brand" },
  canViewBrandSettings: { can: (g) => g.canViewBrandSettings(BRAND), ensure: (g) => g.ensureCanViewBrandSettings(BRAND), returns: "brand" },
  canEditBrand: { can: (g) => g.canEditBrand(BRAND), ensure: (g) => g.ensureCanEditBrand(BRAND), returns: "brand" },
  "canEditBrand(soft-deleted)": { can: (g) => g.canEditBrand(DELETED_BRAND), ensure: (g) => g.ensureCanEditBrand(DELETED_BRAND), returns: "brand" },
  canManageCategories: { can: (g) => g.canManageCategories(BRAND), ensure: (g) => g.ensureCanManageCategories(BRAND), returns: "brand" },
  "canGrantBrandRole(staff)": { can: (g) => g.canGrantBrandRole(BRAND, "staff"), ensure: (g) => g.ensureCanGrantBrandRole(BRAND, "staff"), returns: "brand" },
  "canGrantBrandRole(agent)": { can: (g) => g.canGrantBrandRole(BRAND, "agent"), ensure: (g) => g.ensureCanGrantBrandRole(BRAND, "agent"), returns: "brand" },
  "canGrantBrandRole(admin)": { can: (g) => g.canGrantBrandRole(BRAND, "admin"), ensure: (g) => g.ensureCanGrantBrandRole(BRAND, "admin"), returns: "brand" },
  "canGrantBrandRole(member)": {
    can: (g) => g.canGrantBrandRole(BRAND, "member"),
    ensure: (g) => g.ensureCanGrantBrandRole(BRAND, "member"),
    returns: "brand",
  },
  "canGrantBrandRole(owner)": { can: (g) => g.canGrantBrandRole(BRAND, "owner"), ensure: (g) => g.ensureCanGrantBrandRole(BRAND, "owner"), returns: "brand" },
  canViewAudit: { can: (g) => g.canViewAudit(BRAND), ensure: (g) => g.ensureCanViewAudit(BRAND), returns: "brand" },
  canModeratePosts: { can: (g) => g.canModeratePosts(BRAND) },
  canCreateBrand: { can: (g) => g.canCreateBrand(), ensure: (g) => g.ensureCanCreateBrand(), returns: "viewer" },
  canManageSiteRoles: { can: (g) => g.canManageSiteRoles(), ensure: (g) => g.ensureCanManageSiteRoles(), returns: "viewer" },
  canSearchTalent: { can: (g) => g.canSearchTalent() },
} satisfies Record<string, Check>;

type Action = keyof typeof CHECKS;
const T = true;
const F = false;

// biome-ignore format: the decision table reads best as aligned columns
const MATRIX: Record<Action, [anonymous: boolean, member: boolean, staff: boolean, agent: boolean, admin: boolean, otherAdmin: boolean, siteAdmin: boolean, recruiter: boolean]> = {
  //                              anon  member staff agent admin other site  recruiter
  "canSeeBrand(live)":          [ T,    T,     T,    T,    T,    T,    T,    T ],
  "canSeeBrand(soft-deleted)":  [ F,    F,     F,    F,    F,    F,    T,    F ],
  canViewBrandSettings:         [ F,    F,     F,    F,    T,    F,    T,    F ],
  canEditBrand:                 [ F,    F,     F,    F,    T,    F,    T,    F ],
  "canEditBrand(soft-deleted)": [ F,    F,     F,    F,    F,    F,    T,    F ],
  canManageCategories:          [ F,    F,     F,    F,    T,    F,    T,    F ],
  "canGrantBrandRole(staff)":   [ F,    F,     F,    F,    T,    F,    T,    F ],
  "canGrantBrandRole(agent)":   [ F,    F,     F,    F,    T,    F,    T,    F ],
  "canGrantBrandRole(admin)":   [ F,    F,     F,    F,    T,    F,    T,    F ],
  "canGrantBrandRole(member)":  [ F,    F,     F,    F,    F,    F,    F,    F ],
  "canGrantBrandRole(owner)":   [ F,    F,     F,    F,    F,    F,    F,    F ],
  canViewAudit:                 [ F,    F,     T,    F,    T,    F,    T,    F ],
  canModeratePosts:             [ F,    F,     T,    F,    T,    F,    T,    F ],
  canCreateBrand:               [ F,    F,     F,    F,    F,    F,    T,    F ],
  canManageSiteRoles:           [ F,    F,     F,    F,    F,    F,    T,    F ],
  canSearchTalent:              [ F,    F,     F,    F,    F,    F,    T,    T ],
};

const CASES = (Object.keys(MATRIX) as Action[]).flatMap((action) => ROLES.map((role, i) => ({ action, role, expected: MATRIX[action][i] as boolean })));

describe("guardian decision table", () => {
  it.each(CASES)("$role · $action → $expected", ({ action, role, expected }) => {
    expect(CHECKS[action].can(new Guardian(VIEWERS[role]))).toBe(expected);
  });

  const ensureCases = CASES.filter(({ action }) => "ensure" in CHECKS[action]);

  it.each(ensureCases.filter((c) => !c.expected))("$role · ensure twin of $action throws not_found", ({ action, role }) => {
    const check: Check = CHECKS[action];
    const attempt = () => check.ensure?.(new Guardian(VIEWERS[role]));
    expect(attempt).toThrow(NotFoundError);
    expect(attempt).toThrow(expect.objectContaining({ code: "not_found" }));
  });

  it.each(ensureCases.filter((c) => c.expected))("$role · ensure twin of $action hands back what it checked", ({ action, role }) => {
    const check: Check = CHECKS[action];
    const viewer = VIEWERS[role];
    const result = check.ensure?.(new Guardian(viewer));
    const brand = action.includes("soft-deleted") ? DELETED_BRAND : BRAND;
    expect(result).toBe(check.returns === "brand" ? brand : viewer);
  });
});

describe("guardian edge cases", () => {
  it("treats a missing viewer as anonymous", () => {
    const guardian = new Guardian(null);
    expect(guardian.viewer).toBe(ANONYMOUS);
    expect(guardian.isSignedIn()).toBe(false);
    expect(guardian.canSeeBrand(BRAND)).toBe(true);
    expect(guardian.canEditBrand(BRAND)).toBe(false);
  });

  it("answers no about a brand that does not exist, even to a site admin", () => {
    const guardian = new Guardian(VIEWERS.siteAdmin);
    expect(guardian.canSeeBrand(null)).toBe(false);
    expect(guardian.canEditBrand(undefined)).toBe(false);
    expect(() => guardian.ensureCanSeeBrand(null)).toThrow(NotFoundError);
  });

  it("asks an anonymous viewer to sign in and hands a signed-in viewer back", () => {
    expect(() => new Guardian(ANONYMOUS).ensureSignedIn()).toThrow(UnauthenticatedError);
    expect(() => new Guardian(ANONYMOUS).ensureSignedIn()).toThrow(expect.objectContaining({ code: "unauthenticated" }));
    expect(new Guardian(VIEWERS.member).ensureSignedIn()).toBe(VIEWERS.member);
  });

  it("grants nothing to a viewer without an id even if it claims brand roles", () => {
    const forged: Viewer = { ...ANONYMOUS, brandRoles: { [BRAND.id]: ["admin", "staff"] } };
    const guardian = new Guardian(forged);
    expect(guardian.canEditBrand(BRAND)).toBe(false);
    expect(guardian.canViewAudit(BRAND)).toBe(false);
    expect(guardian.canGrantBrandRole(BRAND, "staff")).toBe(false);
  });

  it("keeps a role held in one brand out of every other brand", () => {
    const guardian = new Guardian(VIEWERS.otherAdmin);
    expect(guardian.canEditBrand({ id: OTHER_BRAND_ID, deletedAt: null })).toBe(true);
    expect(guardian.canEditBrand(BRAND)).toBe(false);
  });
});
