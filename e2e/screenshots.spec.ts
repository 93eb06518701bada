import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "./fixtures";
import { horizontalOverflow } from "./support/layout";
import { LOCALES, messages } from "./support/messages";

const WIDTHS = [375, 1280] as const;
const SCREENS_DIR = join(import.meta.dirname, "..", "test-results", "screens");

test.describe("screens at phone and desktop widths", () => {
  for (const width of WIDTHS) {
    for (const locale of LOCALES) {
      test(`home, brand, questions, thread and sign-in at ${width}px (${locale})`, async ({
        page,
        header,
        homePage,
        brandPage,
        questionListPage,
        threadPage,
        signInPage,
        demoThread,
      }, testInfo) => {
        const t = messages(locale);
        await page.setViewportSize({ width, height: 800 });
        mkdirSync(SCREENS_DIR, { recursive: true });

        const shoot = async (name: string) => {
          // No sideways scrolling at any width: the page fits the viewport.
          const overflow = await horizontalOverflow(page);
          expect(overflow.by, `${name} overflows horizontally by ${overflow.by}px: ${overflow.culprits.join("; ")}`).toBeLessThanOrEqual(0);
          const path = join(SCREENS_DIR, `${name}-${locale}-${width}.png`);
          await page.screenshot({ path, fullPage: true, animations: "disabled" });
          await testInfo.attach(`${name}-${locale}-${width}`, { path, contentType: "image/png" });
        };

        await homePage.goto(locale);
        await expect(homePage.heading).toBeVisible();
        await expect(homePage.brandSpaces.getByRole("link")).toHaveCount(3);
        // The header keeps its buttons on one line; on phones the sign-up button gives way to sign-in.
        const signUp = header.banner.getByRole("link", { name: t.nav.signUp, exact: true });
        if (width < 640) await expect(signUp).toBeHidden();
        else await expect(signUp).toBeVisible();
        expect((await header.signInLink.boundingBox())?.height, "the sign-in button wraps").toBeLessThanOrEqual(40);
        await shoot("home");

        await brandPage.goto("telvia", locale);
        await expect(brandPage.heading("Telvia Móvil")).toBeVisible();
        await expect(brandPage.categoriesHeading).toBeVisible();
        await expect(questionListPage.sortTab("newest")).toHaveAttribute("aria-current", "page");
        await expect(questionListPage.rows.first()).toBeVisible();
        await shoot("brand-telvia");

        await questionListPage.gotoAll(locale);
        await expect(questionListPage.allQuestionsHeading).toBeVisible();
        await expect(questionListPage.rows.first()).toBeVisible();
        await shoot("questions");

        await threadPage.goto(await demoThread("telvia", 3), locale);
        await expect(threadPage.heading).toBeVisible();
        expect(await threadPage.answers.count()).toBeGreaterThanOrEqual(3);
        await expect(threadPage.signInToAnswer).toBeVisible();
        await shoot("thread");

        await signInPage.goto(locale);
        await expect(signInPage.heading).toBeVisible();
        await expect(signInPage.email).toBeVisible();
        await expect(signInPage.submit).toBeVisible();
        await shoot("sign-in");
      });
    }
  }
});
