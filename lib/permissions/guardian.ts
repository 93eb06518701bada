import { ForbiddenError, NotFoundError, UnauthenticatedError } from "../errors";
import { PRIVILEGE_THRESHOLDS, PRIVILEGED_BRAND_ROLES, type Privilege, REPUTATION_FLOOR } from "../reputation/rules";
import { BRAND_PERMISSIONS, type BrandAction, type BrandRole, GRANTABLE_BRAND_ROLES, SITE_PERMISSIONS, type SiteAction, type SiteRole } from "./roles";
import { ANONYMOUS, isSignedIn, type SignedInViewer, type Viewer } from "./viewer";

export type GuardedBrand = { id: string; deletedAt: Date | null };
export type GuardedQuestion = { id: number; brandId: string; authorId: string; deletedAt: Date | null };
export type GuardedPost = { id: number; questionId: number; kind: "question" | "answer"; authorId: string; deletedAt: Date | null };
type B = GuardedBrand | null | undefined;
type Q = GuardedQuestion | null | undefined;
type P = GuardedPost | null | undefined;

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

  isAuthor(thing: { authorId: string } | null | undefined): boolean {
    return Boolean(thing) && this.viewer.id !== null && this.viewer.id === thing?.authorId;
  }

  canModeratePosts(brand: B): boolean {
    return this.isSignedIn() && this.canBrand("posts.moderate", brand);
  }

  // A deleted question stays visible to its brand's staff (with its answers), and to nobody else.
  canSeeQuestion(brand: B, question: Q): boolean {
    if (!question || !this.canSeeBrand(brand) || brand.id !== question.brandId) return false;
    return !question.deletedAt || this.canModeratePosts(brand);
  }

  canSeePost(brand: B, question: Q, post: P): boolean {
    if (!post || !question || !this.canSeeQuestion(brand, question) || post.questionId !== question.id) return false;
    return !post.deletedAt || this.canModeratePosts(brand) || this.isAuthor(post);
  }

  canAsk(brand: B): boolean {
    return this.isSignedIn() && this.canSeeBrand(brand) && !brand.deletedAt;
  }

  canAnswer(brand: B, question: Q): boolean {
    return this.isSignedIn() && this.canSeeQuestion(brand, question) && !question?.deletedAt;
  }

  reputationIn(brandId: string): number {
    return this.viewer.reputation?.[brandId] ?? REPUTATION_FLOOR;
  }

  // Privileges are earned per brand; the brand's staff and admins and site admins hold them all.
  hasPrivilege(brand: B, privilege: Privilege): boolean {
    if (!this.isSignedIn() || !brand) return false;
    if (this.isSiteAdmin() || this.brandRolesIn(brand.id).some((role) => PRIVILEGED_BRAND_ROLES.includes(role))) return true;
    return this.reputationIn(brand.id) >= PRIVILEGE_THRESHOLDS[privilege];
  }

  private commentsOpen(brand: B, question: Q, post: P): boolean {
    return this.isSignedIn() && this.canSeePost(brand, question, post) && !question?.deletedAt && !post?.deletedAt;
  }

  // Members may always talk under their own posts and under answers to their own questions.
  canComment(brand: B, question: Q, post: P): boolean {
    if (!this.commentsOpen(brand, question, post)) return false;
    return this.isAuthor(post) || (post?.kind === "answer" && this.isAuthor(question)) || this.hasPrivilege(brand, "comment");
  }

  canEditPost(brand: B, question: Q, post: P): boolean {
    if (!this.isSignedIn() || !this.canSeePost(brand, question, post) || post?.deletedAt) return false;
    return this.isAuthor(post) || this.canBrand("posts.edit_any", brand) || this.hasPrivilege(brand, "edit_posts");
  }

  private votingOpen(brand: B, question: Q, post: P): boolean {
    if (!this.isSignedIn() || !this.canSeePost(brand, question, post)) return false;
    return !question?.deletedAt && !post?.deletedAt && !this.isAuthor(post);
  }

  canVote(brand: B, question: Q, post: P): boolean {
    return this.votingOpen(brand, question, post) && this.hasPrivilege(brand, "vote_up");
  }

  canVoteDown(brand: B, question: Q, post: P): boolean {
    return this.votingOpen(brand, question, post) && this.hasPrivilege(brand, "vote_down");
  }

  canCreateTags(brand: B): boolean {
    return this.hasPrivilege(brand, "create_tags");
  }

  canAccept(brand: B, question: Q, answer: P): boolean {
    if (!this.canSeePost(brand, question, answer) || answer?.kind !== "answer" || answer.deletedAt) return false;
    return !question?.deletedAt && this.isAuthor(question);
  }

  canDeletePost(brand: B, question: Q, post: P): boolean {
    if (!this.isSignedIn() || !this.canSeePost(brand, question, post) || post?.deletedAt) return false;
    return this.isAuthor(post) || this.canModeratePosts(brand);
  }

  canRestorePost(brand: B, question: Q, post: P): boolean {
    return this.canSeePost(brand, question, post) && Boolean(post?.deletedAt) && this.canModeratePosts(brand);
  }

  canFollow(brand: B, question: Q): boolean {
    return this.isSignedIn() && this.canSeeQuestion(brand, question);
  }

  canReviewVerifications(brand: B): boolean {
    return this.isSignedIn() && this.canBrand("answers.verify", brand);
  }

  // The brand's staff vouch for a live answer of their own brand; site admins anywhere.
  canVerifyAnswer(brand: B, question: Q, answer: P): boolean {
    if (!this.canReviewVerifications(brand) || !this.canSeePost(brand, question, answer) || answer?.kind !== "answer") return false;
    return !answer.deletedAt && !question?.deletedAt;
  }

  // A verification can still be withdrawn after its answer or question was deleted.
  canWithdrawVerification(brand: B, question: Q, answer: P): boolean {
    return this.canReviewVerifications(brand) && this.canSeePost(brand, question, answer) && answer?.kind === "answer";
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

  ensureCanSeeQuestion(brand: B, question: Q): void {
    if (!this.canSeeQuestion(brand, question)) throw new NotFoundError("errors.question_not_found");
  }

  ensureCanSeePost(brand: B, question: Q, post: P): void {
    if (!this.canSeePost(brand, question, post)) throw new NotFoundError("errors.post_not_found");
  }

  ensureCanAsk<T extends GuardedBrand>(brand: T | null | undefined): T {
    if (!brand || !this.canAsk(brand)) throw new NotFoundError("errors.brand_not_found");
    return brand;
  }

  // Seeing comes first: a hidden thing is a 404, a visible one that may not be touched a 403.
  ensureCanAnswer(brand: B, question: Q): void {
    this.ensureCanSeeQuestion(brand, question);
    if (!this.canAnswer(brand, question)) throw new ForbiddenError("errors.question_deleted");
  }

  // The refusal names the privilege and the reputation it needs in this brand.
  ensurePrivilege(brand: B, privilege: Privilege): void {
    if (!this.hasPrivilege(brand, privilege)) {
      throw new ForbiddenError("reputation.errors.needs_privilege", { needed: PRIVILEGE_THRESHOLDS[privilege], action: privilege });
    }
  }

  ensureCanComment(brand: B, question: Q, post: P): void {
    this.ensureCanSeePost(brand, question, post);
    if (!this.commentsOpen(brand, question, post)) throw new ForbiddenError("errors.post_deleted");
    if (!this.canComment(brand, question, post)) this.ensurePrivilege(brand, "comment");
  }

  ensureCanEditPost(brand: B, question: Q, post: P): void {
    this.ensureCanSeePost(brand, question, post);
    if (!this.isSignedIn() || post?.deletedAt) throw new ForbiddenError("errors.cannot_edit");
    if (!this.canEditPost(brand, question, post)) this.ensurePrivilege(brand, "edit_posts");
  }

  ensureCanVote(brand: B, question: Q, post: P): void {
    this.ensureCanSeePost(brand, question, post);
    if (this.isAuthor(post)) throw new ForbiddenError("errors.vote_own_post");
    if (!this.votingOpen(brand, question, post)) throw new ForbiddenError("errors.post_deleted");
    this.ensurePrivilege(brand, "vote_up");
  }

  ensureCanVoteDown(brand: B, question: Q, post: P): void {
    this.ensureCanVote(brand, question, post);
    this.ensurePrivilege(brand, "vote_down");
  }

  // Existing tags are free to use; only a tag the brand does not have yet needs the privilege.
  ensureCanCreateTags(brand: B, newTags: readonly string[]): void {
    if (newTags.length === 0 || this.canCreateTags(brand)) return;
    throw new ForbiddenError("reputation.errors.new_tags", { needed: PRIVILEGE_THRESHOLDS.create_tags, tags: newTags.join(", ") });
  }

  ensureCanAccept(brand: B, question: Q, answer: P): void {
    this.ensureCanSeePost(brand, question, answer);
    if (!this.canAccept(brand, question, answer)) throw new ForbiddenError("errors.cannot_accept");
  }

  ensureCanDeletePost(brand: B, question: Q, post: P): void {
    this.ensureCanSeePost(brand, question, post);
    if (!this.canDeletePost(brand, question, post)) throw new ForbiddenError();
  }

  ensureCanRestorePost(brand: B, question: Q, post: P): void {
    this.ensureCanSeePost(brand, question, post);
    if (!this.canRestorePost(brand, question, post)) throw new ForbiddenError();
  }

  ensureCanReviewVerifications<T extends GuardedBrand>(brand: T | null | undefined): T {
    if (!brand || !this.canReviewVerifications(brand)) throw new NotFoundError("errors.brand_not_found");
    return brand;
  }

  ensureCanVerifyAnswer(brand: B, question: Q, answer: P): void {
    this.ensureCanWithdrawVerification(brand, question, answer);
    if (!this.canVerifyAnswer(brand, question, answer)) throw new ForbiddenError("verification.errors.deleted");
  }

  ensureCanWithdrawVerification(brand: B, question: Q, answer: P): void {
    this.ensureCanSeePost(brand, question, answer);
    if (!this.canReviewVerifications(brand)) throw new ForbiddenError("verification.errors.cannot_verify");
    if (answer?.kind !== "answer") throw new ForbiddenError("verification.errors.not_an_answer");
  }

  ensureCanFollow(brand: B, question: Q): void {
    this.ensureSignedIn();
    this.ensureCanSeeQuestion(brand, question);
  }
}
