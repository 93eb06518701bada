import { expect, test } from "./fixtures";
import { LOCALES } from "./support/messages";

test.describe("what a viewer may not see is a 404", () => {
  for (const locale of LOCALES) {
    test(`an anonymous visitor gets a localized 404 on brand settings (${locale})`, async ({ page, settingsPage, notFoundPage }) => {
      const response = await settingsPage.goto("telvia", locale);
      expect(response?.status()).toBe(404);
      await expect(notFoundPage.heading).toBeVisible();
      await expect(notFoundPage.homeLink).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(settingsPage.memberEmail).toHaveCount(0);
    });
  }

  test.describe("a plain member", () => {
    test.use({ role: "member" });

    test("gets a 404 on brand settings too", async ({ settingsPage, notFoundPage }) => {
      const response = await settingsPage.goto("telvia", "es");
      expect(response?.status()).toBe(404);
      await expect(notFoundPage.heading).toBeVisible();
      await expect(settingsPage.grantButton).toHaveCount(0);
    });
  });

  test("an unknown brand is a 404", async ({ brandPage, notFoundPage }) => {
    const response = await brandPage.goto("no-such-brand", "es");
    expect(response?.status()).toBe(404);
    await expect(notFoundPage.heading).toBeVisible();
  });

  test("an unknown path under a locale is a localized 404", async ({ page, notFoundPage }) => {
    const response = await page.goto("/en/there/is/nothing/here");
    expect(response?.status()).toBe(404);
    await expect(notFoundPage.heading).toBeVisible();
  });
});

test.describe("who may see brand settings", () => {
  for (const role of ["brandAdmin", "siteAdmin"] as const) {
    test(`the ${role} gets the settings page`, async ({ pageAs }) => {
      const { settingsPage, brandPage } = await pageAs(role);
      const response = await settingsPage.goto("telvia", "es");
      expect(response?.status()).toBe(200);
      await expect(settingsPage.teamPanel).toBeVisible();
      await expect(settingsPage.grantButton).toBeVisible();

      await brandPage.goto("telvia", "es");
      await expect(brandPage.settingsLink).toBeVisible();
    });
  }
});

test.describe("the bare root picks a language", () => {
  const cases = [
    { acceptLanguage: "en-GB,en;q=0.9", expected: "/en" },
    { acceptLanguage: "es-MX,es;q=0.9", expected: "/es" },
    { acceptLanguage: "fr-FR,fr;q=0.9", expected: "/es" },
    { acceptLanguage: undefined, expected: "/es" },
  ];
  for (const { acceptLanguage, expected } of cases) {
    test(`Accept-Language ${acceptLanguage ?? "(none)"} → ${expected}`, async ({ playwright, baseURL }) => {
      // A bare API context: no cookies and no headers but the one under test.
      const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: acceptLanguage ? { "accept-language": acceptLanguage } : {} });
      try {
        const response = await request.get("/", { maxRedirects: 0 });
        expect([302, 303, 307, 308]).toContain(response.status());
        expect(new URL(response.headers().location ?? "", baseURL).pathname).toBe(expected);
      } finally {
        await request.dispose();
      }
    });
  }

  test("a browser whose language is English lands on /en", async ({ browser }) => {
    const context = await browser.newContext({ locale: "en-US" });
    try {
      const page = await context.newPage();
      await page.goto("/");
      await expect(page).toHaveURL(/\/en$/);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
    } finally {
      await context.close();
    }
  });
});
