import { expect, type Locator } from "@playwright/test";
import { escapeRegExp, format, type Locale, plural } from "../support/messages";
import { BasePage } from "./base-page";

export class ThreadPage extends BasePage {
  // A thread by its path without the locale (/b/<brand>/q/<id>/<slug>), or by brand and id (the page redirects to the slug).
  async goto(path: string, locale: Locale): Promise<void> {
    await this.page.goto(`/${locale}${path}`);
  }

  async gotoById(brandSlug: string, id: number, locale: Locale): Promise<void> {
    await this.goto(`/b/${brandSlug}/q/${id}`, locale);
    await this.page.waitForURL(new RegExp(`/${locale}/b/${brandSlug}/q/${id}/[^/?#]+`));
  }

  get path(): string {
    return new URL(this.page.url()).pathname.replace(/^\/(es|en)/, "");
  }

  get heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  // The question is the first post; answers are articles named after their author.
  get question(): Locator {
    return this.main.getByRole("article").first();
  }

  get answers(): Locator {
    return this.main.getByRole("article", { name: new RegExp(`^${escapeRegExp(format(this.t.thread.answeredBy, { name: "" }))}`) });
  }

  // One post by its anchor (post-<id>), which stays put when a vote reorders the answers.
  post(anchor: string): Locator {
    return this.main.locator(`article[id="${anchor}"]`);
  }

  async anchorOf(post: Locator): Promise<string> {
    const anchor = await post.getAttribute("id");
    if (!anchor) throw new Error("a post without an anchor");
    return anchor;
  }

  answerBy(name: string): Locator {
    return this.main.getByRole("article", { name: format(this.t.thread.answeredBy, { name }), exact: true });
  }

  // The rendered Markdown of one post (not its comments or buttons).
  bodyOf(post: Locator): Locator {
    return post.locator(".prose-peerdesk").first();
  }

  get tagList(): Locator {
    return this.question.getByRole("list", { name: this.t.questions.filterTag, exact: true });
  }

  expectAnswerCount(count: number): Promise<void> {
    return expect(this.main.getByRole("heading", { level: 2, name: plural(this.t.thread.answersHeading, this.locale, count), exact: true })).toBeVisible();
  }

  // ── votes ──
  upvoteButton(post: Locator): Locator {
    return post.getByRole("button", { name: this.t.thread.upvote, exact: true });
  }

  downvoteButton(post: Locator): Locator {
    return post.getByRole("button", { name: this.t.thread.downvote, exact: true });
  }

  withdrawVoteButton(post: Locator): Locator {
    return post.getByRole("button", { name: this.t.thread.withdrawVote, exact: true });
  }

  voteButtons(post: Locator): Locator {
    return post.getByRole("button", {
      name: new RegExp(`^(${[this.t.thread.upvote, this.t.thread.downvote, this.t.thread.withdrawVote].map(escapeRegExp).join("|")})$`),
    });
  }

  // The score as a screen reader hears it ("Score 3"); the digits beside it are aria-hidden.
  scoreOf(post: Locator): Locator {
    return post.getByText(new RegExp(`^${escapeRegExp(format(this.t.thread.score, { score: "" }))}-?\\d+$`));
  }

  async score(post: Locator): Promise<number> {
    const text = (await this.scoreOf(post).first().textContent()) ?? "";
    return Number(/-?\d+$/.exec(text)?.[0]);
  }

  async expectScore(post: Locator, score: number): Promise<void> {
    await expect(this.scoreOf(post)).toHaveText(format(this.t.thread.score, { score }));
  }

  async upvote(post: Locator): Promise<void> {
    await this.upvoteButton(post).click();
    await expect(this.withdrawVoteButton(post)).toHaveAttribute("aria-pressed", "true");
  }

  voteAlert(post: Locator): Locator {
    return post.getByRole("alert");
  }

  // ── accept ──
  acceptButton(answer: Locator): Locator {
    return answer.getByRole("button", { name: this.t.thread.accept, exact: true });
  }

  unacceptButton(answer: Locator): Locator {
    return answer.getByRole("button", { name: this.t.thread.unaccept, exact: true });
  }

  acceptedBadge(answer: Locator): Locator {
    return answer.getByText(this.t.thread.accepted, { exact: true });
  }

  // "Solved", with its check mark, under the title.
  get solvedMark(): Locator {
    return this.main.getByText(this.t.questions.solved, { exact: true });
  }

  async accept(answer: Locator): Promise<void> {
    await this.acceptButton(answer).click();
    await expect(this.acceptedBadge(answer)).toBeVisible();
  }

  // ── comments ──
  commentToggle(post: Locator): Locator {
    return post.getByText(this.t.thread.addComment, { exact: true });
  }

  commentBox(post: Locator): Locator {
    return post.getByRole("textbox", { name: this.t.thread.commentLabel, exact: true });
  }

  commentButton(post: Locator): Locator {
    return post.getByRole("button", { name: this.t.thread.postComment, exact: true });
  }

  comments(post: Locator): Locator {
    return post.getByRole("listitem").filter({ has: this.page.locator("time") });
  }

  async comment(post: Locator, text: string): Promise<void> {
    await this.waitForHydration(post.locator("form").last());
    await this.commentToggle(post).click();
    await this.commentBox(post).fill(text);
    await this.commentButton(post).click();
    await expect(this.comments(post).filter({ hasText: text })).toBeVisible();
  }

  // ── answering ──
  get answerSection(): Locator {
    return this.main.getByRole("region", { name: this.t.thread.yourAnswer, exact: true });
  }

  get answerBox(): Locator {
    return this.answerSection.getByRole("textbox", { name: this.t.thread.yourAnswer, exact: true });
  }

  get answerPreview(): Locator {
    return this.answerSection.getByRole("region", { name: this.t.ask.preview, exact: true });
  }

  get postAnswerButton(): Locator {
    return this.answerSection.getByRole("button", { name: this.t.thread.postAnswer, exact: true });
  }

  get answerStatus(): Locator {
    return this.answerSection.getByRole("status");
  }

  get signInToAnswer(): Locator {
    return this.answerSection.getByRole("link", { name: this.t.thread.signInToAnswer, exact: true });
  }

  get answerForm(): Locator {
    return this.answerSection.locator("form");
  }

  async answer(text: string, { doubleClick = false } = {}): Promise<void> {
    await this.waitForHydration(this.answerForm);
    await this.answerBox.fill(text);
    if (doubleClick) await this.postAnswerButton.dblclick();
    else await this.postAnswerButton.click();
    await this.expectAnswerPosted();
  }

  async expectAnswerPosted(): Promise<void> {
    await expect(this.answerStatus).toHaveText(new RegExp(escapeRegExp(this.t.thread.answerPosted)));
  }

  // ── follow ──
  // Named by its visible words ("Follow", or "Following" once pressed); the hint is its description.
  get followButton(): Locator {
    return this.main.getByRole("button", { name: new RegExp(`^(${escapeRegExp(this.t.thread.follow)}|${escapeRegExp(this.t.thread.unfollow)})$`) });
  }
}
