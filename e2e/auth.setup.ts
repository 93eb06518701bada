import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { expect, test as setup } from "@playwright/test";
import { SignInPage } from "./pages/sign-in-page";
import { SiteHeader } from "./pages/site-header";
import { accountFor, authFile, DEMO_PASSWORD, STORED_ROLES, type StoredRole } from "./support/accounts";

// One real sign-in per role through the form; every test then starts from the saved cookies.
for (const role of Object.keys(STORED_ROLES) as StoredRole[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    const account = accountFor(role);
    const signInPage = new SignInPage(page);
    await signInPage.goto(account.locale);
    await expect(signInPage.heading).toBeVisible();
    await signInPage.signInAndLand(account.email, DEMO_PASSWORD);
    await new SiteHeader(page).expectSignedInAs(account.name);
    mkdirSync(dirname(authFile(role)), { recursive: true });
    await page.context().storageState({ path: authFile(role) });
  });
}
