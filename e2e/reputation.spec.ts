import { expect, test } from "./fixtures";
import { escapeRegExp, format, LOCALES, messages } from "./support/messages";

const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

test.describe("reputation", () => {
  for (const locale of LOCALES) {
    test(`the help page lists every rule and every privilege from the rules (${locale})`, async ({ page }) => {
      const t = messages(locale);
      await page.goto(`/${locale}/help/reputation`);
      await expect(page.getByRole("heading", { level: 1, name: t.help.reputation.title, exact: true })).toBeVisible();
      const rules = page.getByRole("table", { name: t.help.reputation.eventsCaption });
      await expect(rules.getByRole("row")).toHaveCount(1 + Object.keys(t.reputation.rules).length);
      await expect(rules.getByRole("row", { name: new RegExp(escapeRegExp(t.reputation.rules.answer_upvoted)) })).toContainText("+10");
      await expect(rules.getByRole("row", { name: new RegExp(escapeRegExp(t.reputation.rules.answer_accepted)) })).toContainText("+15");
      const privileges = page.getByRole("table", { name: t.help.reputation.privilegesCaption });
      await expect(privileges.getByRole("row")).toHaveCount(1 + Object.keys(t.reputation.privileges).length);
      await expect(privileges.getByRole("row", { name: new RegExp(escapeRegExp(t.reputation.privileges.vote_down)) })).toContainText("50");
    });
  }

  test("a member's history explains an upvote and an accept, naming the asker, in Spanish and English", async ({ newMember }) => {
    test.slow();
    const es = messages("es");
    const en = messages("en");

    const asker = await newMember("es");
    await asker.askPage.goto("telvia", "es");
    // A new member asks with tags the brand already has: creating tags takes reputation.
    await asker.askPage.askAndLand({
      title: `La fibra se corta cuando llueve (${stamp()})`,
      body: "Cada tormenta me deja sin internet un par de horas.",
      tags: "fibra",
    });
    const threadPath = asker.threadPage.path;

    const answerer = await newMember("es");
    await answerer.threadPage.goto(threadPath, "es");
    await answerer.threadPage.answer("Revisa el conector de la ONT: si entra humedad, la señal se corta.");

    await asker.threadPage.goto(threadPath, "es");
    const answer = asker.threadPage.answerBy(answerer.account.name);
    await asker.threadPage.upvote(answer);
    await asker.threadPage.accept(answer);

    // The help page leads a signed-in member to their own history.
    await answerer.page.goto("/es/help/reputation");
    await answerer.page.getByRole("link", { name: es.help.reputation.yourHistory, exact: true }).click();
    await expect(answerer.page).toHaveURL(/\/es\/u\/[^/]+\/reputation$/);
    await expect(answerer.page.getByRole("heading", { level: 1, name: format(es.reputation.history.title, { name: answerer.account.name }) })).toBeVisible();
    const events = answerer.page.getByTestId("reputation-event");
    await expect(events).toHaveCount(2);
    await expect(events.filter({ hasText: es.reputation.events.answer_accepted })).toContainText("+15");
    await expect(events.filter({ hasText: es.reputation.events.answer_upvoted })).toContainText("+10");
    await expect(events.filter({ hasText: es.reputation.events.answer_upvoted })).toContainText(asker.account.name);

    await answerer.page.goto(answerer.page.url().replace("/es/", "/en/"));
    await expect(events.filter({ hasText: en.reputation.events.answer_accepted })).toContainText("+15");
    await expect(events.filter({ hasText: en.reputation.events.answer_upvoted })).toContainText(asker.account.name);
  });

  test("an unknown member has no history page", async ({ page, notFoundPage }) => {
    const response = await page.goto("/en/u/nobody-by-this-handle/reputation");
    expect(response?.status()).toBe(404);
    await expect(notFoundPage.heading).toBeVisible();
  });
});
