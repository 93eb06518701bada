import { expect, test } from "./fixtures";
import { messages } from "./support/messages";

// Every form is a plain form: with JavaScript off, each action is a full POST and the page comes back updated.
test.describe("without JavaScript", () => {
  test("a signed-in member votes on an answer, comments under their own, and switches language", async ({ newMember, pageWith, demoThread }) => {
    const t = messages("es");
    const member = await newMember("es");
    const storageState = await member.page.context().storageState();
    // Another brand than the read-only tests use, so this vote moves no score they look at.
    const path = await demoThread("banco-austral", 1);
    // Commenting under other members' posts takes reputation in the brand; under one's own answer it never does.
    await member.threadPage.goto(path, "es");
    await member.threadPage.answer(`Mi respuesta, para comentarla sin JavaScript ${Date.now().toString(36)}`);

    const { page, threadPage, header } = await pageWith({ storageState, javaScriptEnabled: false });
    await threadPage.goto(path, "es");
    await header.expectSignedInAs(member.account.name);
    const title = await threadPage.heading.textContent();

    const ownAnchor = await threadPage.anchorOf(threadPage.answerBy(member.account.name));
    const own = threadPage.post(ownAnchor);
    const anchors = await Promise.all((await threadPage.answers.all()).map((a) => threadPage.anchorOf(a)));
    const answer = threadPage.post(anchors.find((anchor) => anchor !== ownAnchor)!);
    const before = await threadPage.score(answer);
    await expect(threadPage.upvoteButton(answer)).toHaveAttribute("aria-pressed", "false");
    await Promise.all([page.waitForEvent("load"), threadPage.upvoteButton(answer).click()]);
    await threadPage.expectScore(answer, before + 1);
    await expect(threadPage.withdrawVoteButton(answer)).toHaveAttribute("aria-pressed", "true");
    // Still there on a fresh GET of the page: the vote was stored, not just drawn.
    await threadPage.goto(path, "es");
    await threadPage.expectScore(answer, before + 1);

    const comment = `Comentario sin JavaScript ${Date.now().toString(36)}`;
    await threadPage.commentToggle(own).click();
    await threadPage.commentBox(own).fill(comment);
    await Promise.all([page.waitForEvent("load"), threadPage.commentButton(own).click()]);
    await expect(threadPage.comments(own).filter({ hasText: comment })).toContainText(member.account.name);

    await header.switchLanguage();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(threadPage.heading).toHaveText(title ?? "");
    // The page objects now read the English catalogue: the same vote and comment, in English words.
    await expect(threadPage.withdrawVoteButton(answer)).toHaveAttribute("aria-pressed", "true");
    await threadPage.expectScore(answer, before + 1);
    await expect(threadPage.comments(own).filter({ hasText: comment })).toBeVisible();
    await expect(page.getByRole("button", { name: t.thread.withdrawVote })).toHaveCount(0);
  });
});
