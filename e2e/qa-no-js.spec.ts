import { expect, test } from "./fixtures";
import { messages } from "./support/messages";

// Every form is a plain form: with JavaScript off, each action is a full POST and the page comes back updated.
test.describe("without JavaScript", () => {
  test("a signed-in member votes on an answer, comments, and switches language", async ({ newMember, pageWith, demoThread }) => {
    const t = messages("es");
    const member = await newMember("es");
    const storageState = await member.page.context().storageState();
    // Another brand than the read-only tests use, so this vote moves no score they look at.
    const path = await demoThread("banco-austral", 1);

    const { page, threadPage, header } = await pageWith({ storageState, javaScriptEnabled: false });
    await threadPage.goto(path, "es");
    await header.expectSignedInAs(member.account.name);
    const title = await threadPage.heading.textContent();

    const answer = threadPage.post(await threadPage.anchorOf(threadPage.answers.first()));
    const before = await threadPage.score(answer);
    await expect(threadPage.upvoteButton(answer)).toHaveAttribute("aria-pressed", "false");
    await Promise.all([page.waitForEvent("load"), threadPage.upvoteButton(answer).click()]);
    await threadPage.expectScore(answer, before + 1);
    await expect(threadPage.withdrawVoteButton(answer)).toHaveAttribute("aria-pressed", "true");
    // Still there on a fresh GET of the page: the vote was stored, not just drawn.
    await threadPage.goto(path, "es");
    await threadPage.expectScore(answer, before + 1);

    const comment = `Comentario sin JavaScript ${Date.now().toString(36)}`;
    await threadPage.commentToggle(answer).click();
    await threadPage.commentBox(answer).fill(comment);
    await Promise.all([page.waitForEvent("load"), threadPage.commentButton(answer).click()]);
    await expect(threadPage.comments(answer).filter({ hasText: comment })).toContainText(member.account.name);

    await header.switchLanguage();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(threadPage.heading).toHaveText(title ?? "");
    // The page objects now read the English catalogue: the same vote and comment, in English words.
    await expect(threadPage.withdrawVoteButton(answer)).toHaveAttribute("aria-pressed", "true");
    await threadPage.expectScore(answer, before + 1);
    await expect(threadPage.comments(answer).filter({ hasText: comment })).toBeVisible();
    await expect(page.getByRole("button", { name: t.thread.withdrawVote })).toHaveCount(0);
  });
});
