import { AxeBuilder } from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";
import { test, type Ui } from "./fixtures";
import { LOCALES, type Locale, messages } from "./support/messages";

const BLOCKING = new Set(["serious", "critical"]);

// axe's rules with a serious or critical impact must all pass; the message lists what failed and where.
// Also on: label-content-name-mismatch (WCAG 2.5.3, still "experimental" in axe), so a button is named by the words it shows.
async function expectNoSeriousViolations(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).options({ rules: { "label-content-name-mismatch": { enabled: true } } }).analyze();
  const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ""));
  const report = blocking.map(
    (v) =>
      `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(" "))
        .join(" | ")}`,
  );
  expect(report, `axe on ${what}`).toEqual([]);
}

type Screen = { name: string; role: "anonymous" | "member"; open: (ui: Ui, locale: Locale, threadPath: string) => Promise<void> };

const SCREENS: Screen[] = [
  {
    name: "home",
    role: "anonymous",
    open: async ({ homePage }, locale) => {
      await homePage.goto(locale);
      await expect(homePage.heading).toBeVisible();
    },
  },
  {
    name: "brand page",
    role: "anonymous",
    open: async ({ questionListPage }, locale) => {
      await questionListPage.gotoBrand("telvia", locale);
      await expect(questionListPage.rows.first()).toBeVisible();
    },
  },
  {
    name: "all questions",
    role: "anonymous",
    open: async ({ questionListPage }, locale) => {
      await questionListPage.gotoAll(locale);
      await expect(questionListPage.allQuestionsHeading).toBeVisible();
    },
  },
  {
    name: "ask page",
    role: "member",
    open: async ({ askPage }, locale) => {
      await askPage.goto("telvia", locale);
      await expect(askPage.submit).toBeVisible();
    },
  },
  {
    name: "thread with answers",
    role: "member",
    open: async ({ threadPage }, locale, threadPath) => {
      await threadPage.goto(threadPath, locale);
      await expect(threadPage.answers.first()).toBeVisible();
    },
  },
];

test.describe("no serious or critical axe violations", () => {
  for (const screen of SCREENS) {
    for (const locale of LOCALES) {
      test(`${screen.name} (${locale})`, async ({ pageAs, demoThread }) => {
        const threadPath = screen.name.startsWith("thread") ? await demoThread("telvia", 3) : "";
        const ui = await pageAs(screen.role);
        await screen.open(ui, locale, threadPath);
        await expectNoSeriousViolations(ui.page, `${screen.name} (${locale})`);
      });
    }
  }
});

test.describe("a thread by keyboard alone", () => {
  test("Tab reaches the skip link first; the vote buttons and the answer form work with Enter and Space", async ({ newMember, demoThread }) => {
    const t = messages("es");
    // Its own brand's thread: this test votes and answers, and no other test reads rapidito's threads.
    const threadPath = await demoThread("rapidito", 2);
    const { page, threadPage } = await newMember("es");
    await threadPage.goto(threadPath, "es");
    await threadPage.waitForHydration(threadPage.answerForm);

    // The first Tab lands on the skip link, which moves focus to the main content.
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: t.nav.skipToContent, exact: true });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);

    // Tab on, from the top of the content, to the first answer's up arrow; Enter votes.
    const answer = threadPage.post(await threadPage.anchorOf(threadPage.answers.first()));
    await tabUntil(page, threadPage.upvoteButton(answer), 60);
    const before = await threadPage.score(answer);
    await page.keyboard.press("Enter");
    await threadPage.expectScore(answer, before + 1);
    const withdraw = threadPage.withdrawVoteButton(answer);
    await expect(withdraw).toHaveAttribute("aria-pressed", "true");
    // Focus stays on the arrow, so Space on it at once withdraws the vote.
    await expect(withdraw).toBeFocused();
    await page.keyboard.press("Space");
    await threadPage.expectScore(answer, before);
    await expect(threadPage.upvoteButton(answer)).toHaveAttribute("aria-pressed", "false");

    // The answer form: Tab into the text area, type, Tab to the button, Enter posts.
    await tabUntil(page, threadPage.answerBox, 80);
    const text = `Una respuesta escrita solo con el teclado (${Date.now().toString(36)}).`;
    await page.keyboard.type(text);
    await expect(threadPage.answerPreview).toContainText(text);
    await tabUntil(page, threadPage.postAnswerButton, 5);
    await page.keyboard.press("Enter");
    await threadPage.expectAnswerPosted();
    await expect(threadPage.bodyOf(threadPage.answers.filter({ hasText: text }))).toHaveText(text);
  });
});

async function tabUntil(page: Page, target: Locator, maxTabs: number): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target, `not reached in ${maxTabs} Tab presses`).toBeFocused();
}
