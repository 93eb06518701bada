import { NotFoundError, UnauthenticatedError } from "../errors";
import { BRAND_PERMISSIONS, type BrandAction, type BrandRole, GRANTABLE_BRAND_ROLES, SITE_PERMISSIONS, type SiteAction, type SiteRole } from "./roles";
import { ANONYMOUS, isSignedIn, type SignedInViewer, type Viewer } from "./viewer";

export type GuardedBrand = { id: string; deletedAt: Date | null };

// The one place permission questions are answered; pages and verbs both ask it.
export class Guardian {
  readonly viewer: Viewer;

  constructor(viewer: Viewer | null | undefined) {
    this.viewer = viewer ?? ANONYMOUS;
  }

  isSignedIn(): boolean {
    return isSignedIn(this.viewer);
  }

  hasSiteRole(role: SiteRole): boolean {
    return this.viewer.siteRoles.includes(role);
  }

  isSiteAdmin(): boolean {
    return this.hasSiteRole("site_admin");
  }

  brandRolesIn(brandId: string): readonly BrandRole[] {
    return this.viewer.brandRoles[brandId] ?? [];
  }

  hasBrandRole(brandId: string, role: BrandRole): boolean {
    return this.brandRolesIn(brandId).includes(role);
  }

  canSite(action: SiteAction): boolean {
    return SITE_PERMISSIONS[action].some((role) => this.hasSiteRole(role));
  }

  canSeeBrand(brand: GuardedBrand | null | undefined): brand is GuardedBrand {
    if (!brand) return false;
    if (brand.deletedAt) return this.isSiteAdmin();
    return true;
  }

  canBrand(action: BrandAction, brand: GuardedBrand | null | undefined): boolean {
    if (!this.canSeeBrand(brand)) return false;
    if (this.isSiteAdmin()) return true;
    const allowed = BRAND_PERMISSIONS[action];
    if (allowed.includes("anyone")) return true;
    if (!this.isSignedIn()) return false;
    return this.brandRolesIn(brand.id).some((role) => allowed.includes(role));
  }

  canViewBrandSettings(brand: GuardedBrand | null | undefined): boolean {
    return this.canBrand("brand.settings.view", brand);
  }

  canEditBrand(brand: GuardedBrand | null | undefined): boolean {
    return this.canBrand("brand.edit", brand);
  }

  canManageCategories(brand: GuardedBrand | null | undefined): boolean {
    return this.canBrand("brand.categories.manage", brand);
  }

  canGrantBrandRole(brand: GuardedBrand | null | undefined, role: string): boolean {
    if (!(GRANTABLE_BRAND_ROLES as readonly string[]).includes(role)) return false;
    return this.canBrand("brand.roles.manage", brand);
  }

  canViewAudit(brand: GuardedBrand | null | undefined): boolean {
    return this.canBrand("brand.audit.view", brand);
  }

  canCreateBrand(): boolean {
    return this.canSite("site.brands.create");
  }

  canManageSiteRoles(): boolean {
    return this.canSite("site.roles.manage");
  }

  canSearchTalent(): boolean {
    return this.canSite("talent.search");
  }

  ensureSignedIn(): SignedInViewer {
    if (!isSignedIn(this.viewer)) throw new UnauthenticatedError();
    return this.viewer;
  }

  // What a viewer may not see or do here is reported as not found, never as forbidden.
  ensureCanSeeBrand<B extends GuardedBrand>(brand: B | null | undefined): B {
    if (!this.canSeeBrand(brand) || !brand) throw new NotFoundError("errors.brand_not_found");
    return brand;
  }

  ensureCanViewBrandSettings<B extends GuardedBrand>(brand: B | null | undefined): B {
    if (!this.canViewBrandSettings(brand) || !brand) throw new NotFoundError("errors.brand_not_found");
    return brand;
  }

  ensureCanEditBrand<B extends GuardedBrand>(brand: B | null | undefined): B {
    if (!this.canEditBrand(brand) || !brand) throw new NotFoundError("errors.brand_not_found");
    return brand;
  }

  ensureCanManageCategories<B extends GuardedBrand>(brand: B | null | undefined): B {
    if (!this.canManageCategories(brand) || !brand) throw new NotFoundError("errors.brand_not_found");
    return brand;
  }

  ensureCanGrantBrandRole<B extends GuardedBrand>(brand: B | null | undefined, role: string): B {
    if (!this.canGrantBrandRole(brand, role) || !brand) throw new NotFoundError("errors.brand_not_found");
    return brand;
  }

  ensureCanViewAudit<B extends GuardedBrand>(brand: B | null | undefined): B {
    if (!this.canViewAudit(brand) || !brand) throw new NotFoundError("errors.brand_not_found");
    return brand;
  }

  ensureCanCreateBrand(): SignedInViewer {
    if (!this.canCreateBrand()) throw new NotFoundError();
    return this.viewer as SignedInViewer;
  }

  ensureCanManageSiteRoles(): SignedInViewer {
    if (!this.canManageSiteRoles()) throw new NotFoundError();
    return this.viewer as SignedInViewer;
  }
}
