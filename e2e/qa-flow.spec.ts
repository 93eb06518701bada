import { expect, test } from "./fixtures";
import { escapeRegExp, messages, plural } from "./support/messages";

const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

test.describe("asking, answering, voting and accepting", () => {
  test("a member asks in Spanish, another answers, the asker is notified, upvotes and accepts; the answerer comments", async ({ newMember }) => {
    // Two members, a dozen page loads: more than the default 30 s when the machine is busy.
    test.slow();
    const t = messages("es");
    const title = `El router pierde el wifi cada noche a las 23 h (${stamp()})`;

    // ── The asker writes the question; the preview follows the typing. ──
    const asker = await newMember("es");
    const { askPage } = asker;
    await askPage.goto("telvia", "es");
    await expect(askPage.heading("Telvia Móvil")).toBeVisible();
    await expect(askPage.preview).toContainText(t.ask.previewEmpty);

    await askPage.title.fill(title);
    await askPage.typeBody("Esto ya probé:\n\n- reiniciar el router\n");
    await expect(askPage.preview.getByRole("listitem")).toHaveText(["reiniciar el router"]);
    await askPage.typeBody("- cambiar el canal con `iwconfig wlan0 channel 6`\n\nSigue igual.");
    await expect(askPage.preview.getByRole("list")).toHaveCount(1);
    await expect(askPage.preview.getByRole("listitem")).toHaveText(["reiniciar el router", "cambiar el canal con iwconfig wlan0 channel 6"]);
    await expect(askPage.preview.locator("code")).toHaveText("iwconfig wlan0 channel 6");
    await askPage.tags.fill("wifi, Router");
    await askPage.category.selectOption({ label: "Equipos y SIM" });
    const questionId = await askPage.submitAndLand();

    // ── The thread page: its own address, the title as h1, the Markdown rendered, the tags normalised. ──
    const { threadPage } = asker;
    await expect(asker.page).toHaveURL(new RegExp(`/es/b/telvia/q/${questionId}/el-router-pierde-el-wifi-cada-noche-a-las-23-h-[a-z0-9]+$`));
    await expect(threadPage.heading).toHaveText(title);
    await expect(threadPage.bodyOf(threadPage.question).getByRole("listitem")).toHaveCount(2);
    await expect(threadPage.bodyOf(threadPage.question).locator("code")).toHaveText("iwconfig wlan0 channel 6");
    expect((await threadPage.tagList.getByRole("listitem").allTextContents()).sort()).toEqual(["router", "wifi"]);
    await threadPage.expectAnswerCount(0);
    // Nobody votes on their own post: the arrows are there, but disabled.
    await expect(threadPage.upvoteButton(threadPage.question)).toBeDisabled();
    await expect(threadPage.downvoteButton(threadPage.question)).toBeDisabled();
    const threadPath = threadPage.path;

    // ── A second member answers. ──
    const answerer = await newMember("es");
    await answerer.threadPage.goto(threadPath, "es");
    const answerText = "Entra en Avanzado → Wi-Fi → Programación y borra la regla de apagado nocturno.";
    await answerer.threadPage.answer(answerText);
    const answer = answerer.threadPage.answerBy(answerer.account.name);
    await expect(answerer.threadPage.bodyOf(answer)).toHaveText(answerText);
    await answerer.threadPage.expectAnswerCount(1);
    // Their own answer is not theirs to vote on; forcing the button anyway is refused by the server.
    await expect(answerer.threadPage.upvoteButton(answer)).toBeDisabled();
    await answerer.threadPage.upvoteButton(answer).evaluate((button) => button.removeAttribute("disabled"));
    await answerer.threadPage.upvoteButton(answer).click();
    await expect(answerer.threadPage.voteAlert(answer)).toHaveText(t.errors.vote_own_post);
    await answerer.threadPage.expectScore(answer, 0);

    // ── The asker is notified, and the notification leads to the answer. ──
    await asker.page.reload();
    await asker.header.expectUnreadNotifications(1);
    await asker.header.notificationBell.click();
    await expect(asker.notificationsPage.heading).toBeVisible();
    const notification = asker.notificationsPage.link("new_answer", answerer.account.name, title);
    await expect(notification).toBeVisible();
    await notification.click();
    await expect(asker.page).toHaveURL(new RegExp(`/es${escapeRegExp(threadPath)}#post-\\d+$`));

    // ── The asker upvotes the answer, then accepts it. ──
    const answerSeenByAsker = threadPage.answerBy(answerer.account.name);
    await threadPage.expectScore(answerSeenByAsker, 0);
    await threadPage.upvote(answerSeenByAsker);
    await threadPage.expectScore(answerSeenByAsker, 1);
    await expect(threadPage.withdrawVoteButton(answerSeenByAsker)).toHaveAttribute("aria-pressed", "true");
    await expect(threadPage.downvoteButton(answerSeenByAsker)).toHaveAttribute("aria-pressed", "false");

    await threadPage.accept(answerSeenByAsker);
    const badge = threadPage.acceptedBadge(answerSeenByAsker);
    await expect(badge).toHaveText(t.thread.accepted);
    // Not colour alone: the badge carries a check mark and words.
    await expect(badge.locator("svg")).toHaveCount(1);
    await expect(threadPage.unacceptButton(answerSeenByAsker)).toHaveAttribute("aria-pressed", "true");
    await expect(threadPage.solvedMark).toBeVisible();

    // Both survive a reload.
    await asker.page.reload();
    await threadPage.expectScore(threadPage.answerBy(answerer.account.name), 1);
    await expect(threadPage.acceptedBadge(threadPage.answerBy(answerer.account.name))).toBeVisible();
    // The brand's list marks the question solved in words too (read by screen readers), not by colour alone.
    await asker.questionListPage.gotoBrand("telvia", "es");
    await expect(asker.questionListPage.row(title)).toContainText(t.questions.solved);
    await expect(asker.questionListPage.row(title)).toContainText(plural(t.questions.answers, "es", 1));

    // ── The answerer comments on the question. ──
    const comment = `¿Qué versión de firmware tiene el router? (${stamp()})`;
    await answerer.threadPage.goto(threadPath, "es");
    await expect(answerer.threadPage.acceptedBadge(answerer.threadPage.answerBy(answerer.account.name))).toBeVisible();
    await answerer.threadPage.comment(answerer.threadPage.question, comment);
    await expect(answerer.threadPage.comments(answerer.threadPage.question).filter({ hasText: comment })).toContainText(answerer.account.name);

    await threadPage.goto(threadPath, "es");
    await expect(threadPage.comments(threadPage.question).filter({ hasText: comment })).toBeVisible();
  });

  test.describe("the draft", () => {
    test.use({ role: "member" });

    test("survives a reload of the ask page, with a notice, and can be discarded", async ({ page, askPage }) => {
      const t = messages("es");
      const draft = { title: `Borrador: la factura llega duplicada (${stamp()})`, body: "Me cobraron **dos veces** la cuota de octubre.", tags: "factura" };

      await askPage.goto("telvia", "es");
      await expect(askPage.draftRestoredNotice).toHaveCount(0);
      await askPage.title.fill(draft.title);
      await askPage.body.fill(draft.body);
      await askPage.tags.fill(draft.tags);
      // The draft is written a moment after the last keystroke; a reload before that would rightly lose it.
      await expect.poll(async () => JSON.parse((await askPage.storedDraft()) || "{}")).toEqual(draft);

      await page.reload();
      await askPage.waitForHydration(askPage.form);
      await expect(askPage.draftRestoredNotice).toBeVisible();
      await expect(askPage.draftRestoredNotice).toContainText(t.ask.draftRestored);
      await expect(askPage.title).toHaveValue(draft.title);
      await expect(askPage.body).toHaveValue(draft.body);
      await expect(askPage.tags).toHaveValue(draft.tags);
      await expect(askPage.preview.getByRole("strong")).toHaveText("dos veces");

      await askPage.discardDraftButton.click();
      await expect(askPage.title).toHaveValue("");
      await expect(askPage.body).toHaveValue("");
      await expect(askPage.draftRestoredNotice).toHaveCount(0);
      await page.reload();
      await askPage.waitForHydration(askPage.form);
      await expect(askPage.title).toHaveValue("");
      await expect(askPage.draftRestoredNotice).toHaveCount(0);
    });
  });
});
