import { type Browser, test as base, type Page } from "@playwright/test";
import { BrandPage } from "./pages/brand-page";
import { BrandSettingsPage } from "./pages/brand-settings-page";
import { HomePage } from "./pages/home-page";
import { NotFoundPage } from "./pages/not-found-page";
import { SignInPage } from "./pages/sign-in-page";
import { SignUpPage } from "./pages/sign-up-page";
import { SiteHeader } from "./pages/site-header";
import { authFile, type NewAccount, type StoredRole, uniqueAccount } from "./support/accounts";
import type { Locale } from "./support/messages";

export type Ui = {
  page: Page;
  header: SiteHeader;
  homePage: HomePage;
  signInPage: SignInPage;
  signUpPage: SignUpPage;
  brandPage: BrandPage;
  settingsPage: BrandSettingsPage;
  notFoundPage: NotFoundPage;
};

export function uiFor(page: Page): Ui {
  return {
    page,
    header: new SiteHeader(page),
    homePage: new HomePage(page),
    signInPage: new SignInPage(page),
    signUpPage: new SignUpPage(page),
    brandPage: new BrandPage(page),
    settingsPage: new BrandSettingsPage(page),
    notFoundPage: new NotFoundPage(page),
  };
}

type Options = {
  /** Whom the default `page` is signed in as; undefined is an anonymous visitor. */
  role: StoredRole | undefined;
};

type Fixtures = Omit<Ui, "page"> & {
  /** A page in a new browser context, signed in as a stored role (or anonymous); closed after the test. */
  pageAs: (role: StoredRole | "anonymous") => Promise<Ui>;
  /** Signs up a brand-new member through the real form, in its own context; the returned page stays signed in. */
  newMember: (locale?: Locale) => Promise<Ui & { account: NewAccount }>;
};

async function openContext(browser: Browser, contexts: { close(): Promise<void> }[], storageState?: string): Promise<Page> {
  const context = await browser.newContext({ storageState });
  contexts.push(context);
  return context.newPage();
}

export const test = base.extend<Fixtures & Options>({
  role: [undefined, { option: true }],
  storageState: async ({ role, storageState }, use) => {
    await use(role ? authFile(role) : storageState);
  },
  header: async ({ page }, use) => use(new SiteHeader(page)),
  homePage: async ({ page }, use) => use(new HomePage(page)),
  signInPage: async ({ page }, use) => use(new SignInPage(page)),
  signUpPage: async ({ page }, use) => use(new SignUpPage(page)),
  brandPage: async ({ page }, use) => use(new BrandPage(page)),
  settingsPage: async ({ page }, use) => use(new BrandSettingsPage(page)),
  notFoundPage: async ({ page }, use) => use(new NotFoundPage(page)),

  pageAs: async ({ browser }, use) => {
    const contexts: { close(): Promise<void> }[] = [];
    await use(async (role) => uiFor(await openContext(browser, contexts, role === "anonymous" ? undefined : authFile(role))));
    await Promise.all(contexts.map((c) => c.close()));
  },

  newMember: async ({ browser }, use, testInfo) => {
    const contexts: { close(): Promise<void> }[] = [];
    let count = 0;
    await use(async (locale = "es") => {
      const ui = uiFor(await openContext(browser, contexts));
      const account = uniqueAccount(testInfo, `m${++count}`);
      await ui.signUpPage.goto(locale);
      await ui.signUpPage.signUpAndLand(account);
      await ui.header.expectSignedInAs(account.name);
      return { ...ui, account };
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
});

export { expect } from "@playwright/test";
