export const SITE_ROLES = ["site_admin", "recruiter"] as const;
export type SiteRole = (typeof SITE_ROLES)[number];

export const BRAND_ROLES = ["member", "staff", "agent", "admin"] as const;
export type BrandRole = (typeof BRAND_ROLES)[number];

// Roles a brand admin may grant or revoke; "member" is what every signed-in person is.
export const GRANTABLE_BRAND_ROLES = ["staff", "agent", "admin"] as const satisfies readonly BrandRole[];
export type GrantableBrandRole = (typeof GRANTABLE_BRAND_ROLES)[number];

export const BRAND_ACTIONS = [
  "brand.view",
  "brand.settings.view",
  "brand.edit",
  "brand.categories.manage",
  "brand.roles.manage",
  "brand.audit.view",
  "posts.moderate",
  "posts.edit_any",
  "answers.verify",
] as const;
export type BrandAction = (typeof BRAND_ACTIONS)[number];

// Who may do what in a brand; a site admin may do everything everywhere.
export const BRAND_PERMISSIONS: Record<BrandAction, readonly ("anyone" | BrandRole)[]> = {
  "brand.view": ["anyone"],
  "brand.settings.view": ["admin"],
  "brand.edit": ["admin"],
  "brand.categories.manage": ["admin"],
  "brand.roles.manage": ["admin"],
  "brand.audit.view": ["admin", "staff"],
  "posts.moderate": ["admin", "staff"],
  "posts.edit_any": ["admin", "staff"],
  "answers.verify": ["admin", "staff"],
};

export const SITE_ACTIONS = ["site.brands.create", "site.roles.manage", "talent.search"] as const;
export type SiteAction = (typeof SITE_ACTIONS)[number];

export const SITE_PERMISSIONS: Record<SiteAction, readonly SiteRole[]> = {
  "site.brands.create": ["site_admin"],
  "site.roles.manage": ["site_admin"],
  "talent.search": ["site_admin", "recruiter"],
};
