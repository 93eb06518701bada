import { expect, test } from "./fixtures";
import { messages } from "./support/messages";

test.describe("two languages, one page", () => {
  test("the language switch keeps the brand page and changes its texts", async ({ page, brandPage, header }) => {
    const es = messages("es");
    const en = messages("en");

    await brandPage.goto("telvia", "es");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(brandPage.categoriesHeading).toHaveText(es.brand.categoriesHeading);
    await expect(brandPage.categories.getByText("Facturación y pagos", { exact: true })).toBeVisible();

    await header.switchLanguage();

    await expect(page).toHaveURL(/\/en\/b\/telvia$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(brandPage.heading("Telvia Móvil")).toBeVisible();
    await expect(brandPage.categoriesHeading).toHaveText(en.brand.categoriesHeading);
    await expect(brandPage.categories.getByText("Billing and payments", { exact: true })).toBeVisible();
    await expect(brandPage.categories.getByText("Facturación y pagos", { exact: true })).toHaveCount(0);
    await expect(header.signInLink).toHaveText(en.nav.signIn);
    // And back again.
    await expect(header.languageSwitch).toHaveAccessibleName(en.nav.switchToLabel);
    await header.switchLanguage();
    await expect(page).toHaveURL(/\/es\/b\/telvia$/);
    await expect(brandPage.categoriesHeading).toHaveText(es.brand.categoriesHeading);
  });

  test("the brand page declares its alternates in the head", async ({ page, brandPage, baseURL }) => {
    await brandPage.goto("telvia", "es");
    const head = page.locator("head");
    // Absolute addresses on the site's own origin (metadataBase), one per language plus x-default.
    await expect(head.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", `${baseURL}/en/b/telvia`);
    await expect(head.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute("href", `${baseURL}/es/b/telvia`);
    await expect(head.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", `${baseURL}/es/b/telvia`);
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/es/b/telvia`);
  });

  test("the title follows the language", async ({ page, brandPage }) => {
    await brandPage.goto("telvia", "en");
    await expect(page).toHaveTitle(/Telvia Móvil community support/);
    await brandPage.goto("telvia", "es");
    await expect(page).toHaveTitle(/Soporte de la comunidad de Telvia Móvil/);
  });
});
