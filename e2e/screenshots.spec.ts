import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "./fixtures";
import { LOCALES, messages } from "./support/messages";

const WIDTHS = [375, 1280] as const;
const SCREENS_DIR = join(import.meta.dirname, "..", "test-results", "screens");

test.describe("screens at phone and desktop widths", () => {
  for (const width of WIDTHS) {
    for (const locale of LOCALES) {
      test(`home, brand and sign-in at ${width}px (${locale})`, async ({ page, header, homePage, brandPage, signInPage }, testInfo) => {
        const t = messages(locale);
        await page.setViewportSize({ width, height: 800 });
        mkdirSync(SCREENS_DIR, { recursive: true });

        const shoot = async (name: string) => {
          // No sideways scrolling at any width: the page fits the viewport.
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${name} overflows horizontally by ${overflow}px`).toBeLessThanOrEqual(0);
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
        await shoot("brand-telvia");

        await signInPage.goto(locale);
        await expect(signInPage.heading).toBeVisible();
        await expect(signInPage.email).toBeVisible();
        await expect(signInPage.submit).toBeVisible();
        await shoot("sign-in");
      });
    }
  }
});
