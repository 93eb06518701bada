import type { BrandRole, SiteRole } from "./roles";

export type Viewer = {
  readonly id: string | null;
  readonly email: string | null;
  readonly name: string | null;
  readonly handle: string | null;
  readonly siteRoles: readonly SiteRole[];
  // brandId → roles held in that brand
  readonly brandRoles: Readonly<Record<string, readonly BrandRole[]>>;
  // brandId → reputation there; a brand missing here (or a viewer built without it) means the floor.
  readonly reputation?: Readonly<Record<string, number>>;
};

export type SignedInViewer = Viewer & { readonly id: string; readonly email: string; readonly handle: string };

// The null object: every question the guardian asks of it is answered no.
export const ANONYMOUS: Viewer = Object.freeze({
  id: null,
  email: null,
  name: null,
  handle: null,
  siteRoles: Object.freeze([]),
  brandRoles: Object.freeze({}),
  reputation: Object.freeze({}),
});

export function isSignedIn(viewer: Viewer): viewer is SignedInViewer {
  return viewer.id !== null;
}
