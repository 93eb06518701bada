import { expect, test } from "./fixtures";
import { VerificationPanel } from "./pages/verification-panel";
import { DEMO_PASSWORD } from "./support/accounts";
import { escapeRegExp, format, messages } from "./support/messages";

const BRAND = { slug: "telvia", name: "Telvia Móvil" };
const STAFF = { email: "staff@peerdesk.test", name: "Sam Staff" };
const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

test.describe("company-verified answers", () => {
  test("a volunteer answers, the asker accepts, staff verify; the thread shows both marks apart, in Spanish and English", async ({ newMember, pageWith }) => {
    test.slow();
    const t = messages("es");
    const title = `La fibra se corta cuando llueve, ¿qué reviso? (${stamp()})`;

    // ── A member asks, a volunteer answers, the asker accepts. ──
    const asker = await newMember("es");
    await asker.askPage.goto(BRAND.slug, "es");
    await asker.askPage.askAndLand({ title, body: "Cada vez que llueve fuerte la luz de fibra se pone roja y pierdo internet.", tags: "wifi" });
    const threadPath = asker.threadPage.path;
    const volunteer = await newMember("es");
    await volunteer.threadPage.goto(threadPath, "es");
    await volunteer.threadPage.answer("Revisa la roseta óptica: si entra agua, pide una visita técnica para sellarla.");
    await asker.page.reload();
    await asker.threadPage.accept(asker.threadPage.answerBy(volunteer.account.name));

    // ── Staff of the brand sign in and verify that answer, with a note and what it applies to. ──
    const staff = await pageWith({});
    await staff.signInPage.goto("en");
    await staff.signInPage.signInAndLand(STAFF.email, DEMO_PASSWORD);
    await staff.threadPage.goto(threadPath, "en");
    const staffPanel = new VerificationPanel(staff.page);
    const staffAnswer = staff.threadPage.answerBy(volunteer.account.name);
    const note = "Confirmed by our field team: a wet optical outlet causes exactly this.";
    await staffPanel.verify(staffAnswer, { note, appliesTo: "Fibra 600 Mb" });
    await expect(staffPanel.mark(staffAnswer, BRAND.name)).toBeVisible();
    await expect(staffPanel.withdrawToggle(staffAnswer)).toBeVisible();
    await expect(staffPanel.verifyToggle(staffAnswer)).toHaveCount(0);

    // ── Anyone sees both marks, apart, with icon and words, in both languages. ──
    for (const locale of ["es", "en"] as const) {
      const tl = messages(locale);
      const visitor = await pageWith({});
      await visitor.threadPage.goto(threadPath, locale);
      const panel = new VerificationPanel(visitor.page);
      const answer = visitor.threadPage.answerBy(volunteer.account.name);
      const mark = panel.mark(answer, BRAND.name);
      await expect(mark).toBeVisible();
      await expect(mark.locator("svg")).toHaveCount(1);
      await expect(mark).toContainText(new RegExp(escapeRegExp(format(tl.verification.verifiedOn, { name: STAFF.name, date: "" }).trim())));
      await expect(mark).toContainText(format(tl.verification.appliesTo, { product: "Fibra 600 Mb" }));
      await expect(mark).toContainText(note);
      const accepted = visitor.threadPage.acceptedBadge(answer);
      await expect(accepted).toBeVisible();
      await expect(accepted.locator("svg")).toHaveCount(1);
      // Two marks, not one: the accept is not inside the verification, nor the other way round.
      await expect(mark.getByText(tl.thread.accepted, { exact: true })).toHaveCount(0);
      await expect(visitor.threadPage.solvedMark).toBeVisible();
      // The QAPage data lists the answer as accepted.
      const jsonLd = JSON.parse((await visitor.page.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}");
      expect(JSON.stringify(jsonLd.mainEntity.acceptedAnswer)).toContain("roseta");
      // The member cannot verify: there is no form for them.
      await expect(panel.verifyToggle(answer)).toHaveCount(0);
    }

    // ── The brand's list shows "verified" in words beside the solved count. ──
    await asker.questionListPage.gotoBrand(BRAND.slug, "es");
    const row = asker.questionListPage.row(title);
    await expect(row).toContainText(t.verification.listVerified);
    await expect(row).toContainText(t.questions.solved);

    // ── The volunteer's profile and the brand's leaderboard count the accept and the verification, in both languages. ──
    await volunteer.page.getByTestId("viewer-name").click();
    await volunteer.page.waitForURL(/\/es\/u\/[^/]+$/);
    const profilePath = new URL(volunteer.page.url()).pathname.replace(/^\/es/, "");
    for (const locale of ["es", "en"] as const) {
      const tl = messages(locale);
      const visitor = await pageWith({});
      await visitor.page.goto(`/${locale}${profilePath}`);
      const stat = (label: string) => visitor.page.locator("dt", { hasText: label }).locator("xpath=following-sibling::dd");
      await expect(stat(tl.profile.stats.accepted)).toHaveText("1");
      await expect(stat(tl.profile.stats.verified)).toHaveText("1");
      await visitor.page.goto(`/${locale}/b/${BRAND.slug}/leaderboard?period=week&by=verified`);
      await expect(visitor.page.getByRole("main").getByRole("link", { name: volunteer.account.name })).toBeVisible();
    }
  });

  test("a verified answer goes first, ahead of the accepted one; an edit sends it to the queue; staff withdraw it with a reason", async ({
    newMember,
    pageWith,
  }) => {
    test.slow();
    const title = `My bill shows a roaming charge I never used (${stamp()})`;
    const asker = await newMember("en");
    await asker.askPage.goto(BRAND.slug, "en");
    await asker.askPage.askAndLand({ title, body: "A roaming charge appeared although I never left the country.", tags: "wifi" });
    const threadPath = asker.threadPage.path;
    const first = await newMember("en");
    await first.threadPage.goto(threadPath, "en");
    await first.threadPage.answer("Call support and ask for a refund of the charge.");
    const second = await newMember("en");
    await second.threadPage.goto(threadPath, "en");
    await second.threadPage.answer("Turn off data roaming in settings; near the border your phone can attach to a foreign network.");
    await asker.page.reload();
    await asker.threadPage.accept(asker.threadPage.answerBy(first.account.name));

    const staff = await pageWith({});
    await staff.signInPage.goto("en");
    await staff.signInPage.signInAndLand(STAFF.email, DEMO_PASSWORD);
    await staff.threadPage.goto(threadPath, "en");
    const panel = new VerificationPanel(staff.page);
    await panel.verify(staff.threadPage.answerBy(second.account.name));
    await expect(panel.mark(staff.threadPage.answerBy(second.account.name), BRAND.name)).toBeVisible();
    // Verifying twice is not offered; the verified answer now leads, the accepted one follows.
    await staff.page.reload();
    await expect(staff.threadPage.answers.first()).toHaveAccessibleName(format(staff.threadPage.t.thread.answeredBy, { name: second.account.name }));
    await expect(staff.threadPage.answers.nth(1)).toHaveAccessibleName(format(staff.threadPage.t.thread.answeredBy, { name: first.account.name }));

    // ── The answerer edits the verified answer: it goes under review and into the brand's queue. ──
    const anchor = await second.threadPage.anchorOf(second.threadPage.answerBy(second.account.name));
    await second.page.goto(`/en/b/${BRAND.slug}/posts/${anchor.replace("post-", "")}/edit`);
    const body = second.page.getByRole("textbox", { name: second.threadPage.t.ask.bodyLabel, exact: true });
    await second.threadPage.waitForHydration(body);
    await body.fill("Turn off data roaming in settings, and also disable automatic network selection.");
    await second.page.getByRole("button", { name: second.threadPage.t.edit.save, exact: true }).click();
    await second.page.waitForURL(new RegExp(`${escapeRegExp(threadPath)}#post-\\d+$`));
    await expect(new VerificationPanel(second.page).underReviewMark(second.threadPage.answerBy(second.account.name))).toBeVisible();

    await panel.gotoQueue(BRAND.slug, "en");
    await expect(panel.queueHeading).toHaveText(format(panel.t.verification.queueTitle, { brand: BRAND.name }));
    const item = panel.queueItem(title);
    await expect(item).toBeVisible();
    await expect(item).toContainText(panel.t.verification.underReview);

    // ── Withdrawing needs a reason; with one, the mark is gone from the thread. ──
    await panel.withdraw(item, "  ");
    await expect(panel.withdrawForm(item).getByRole("alert")).toBeVisible();
    await expect(panel.withdrawForm(item)).toContainText(panel.t.validation.withdraw_reason_too_short);
    await panel.withdrawForm(item).getByLabel(panel.t.verification.reasonLabel, { exact: true }).fill("The edited steps are not ones we support.");
    await panel.withdrawForm(item).getByRole("button", { name: panel.t.verification.submitWithdraw, exact: true }).click();
    await expect(panel.queueItem(title)).toHaveCount(0);
    await staff.threadPage.goto(threadPath, "en");
    await expect(panel.anyMark(staff.threadPage.answerBy(second.account.name))).toHaveCount(0);
    await expect(staff.threadPage.acceptedBadge(staff.threadPage.answerBy(first.account.name))).toBeVisible();
  });

  test.describe("the queue is the brand staff's only", () => {
    test.use({ role: "member" });

    test("a member gets a 404", async ({ page, notFoundPage }) => {
      await page.goto(`/es/b/${BRAND.slug}/staff/verify`);
      await expect(notFoundPage.heading).toBeVisible();
    });
  });
});
