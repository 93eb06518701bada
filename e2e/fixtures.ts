import { type Browser, type BrowserContextOptions, test as base, type Page } from "@playwright/test";
import { AskPage } from "./pages/ask-page";
import { BrandPage } from "./pages/brand-page";
import { BrandSettingsPage } from "./pages/brand-settings-page";
import { HomePage } from "./pages/home-page";
import { NotFoundPage } from "./pages/not-found-page";
import { NotificationsPage } from "./pages/notifications-page";
import { QuestionListPage } from "./pages/question-list-page";
import { SignInPage } from "./pages/sign-in-page";
import { SignUpPage } from "./pages/sign-up-page";
import { SiteHeader } from "./pages/site-header";
import { ThreadPage } from "./pages/thread-page";
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
  askPage: AskPage;
  threadPage: ThreadPage;
  questionListPage: QuestionListPage;
  notificationsPage: NotificationsPage;
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
    askPage: new AskPage(page),
    threadPage: new ThreadPage(page),
    questionListPage: new QuestionListPage(page),
    notificationsPage: new NotificationsPage(page),
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
  /**
   * A demo thread of this brand with at least `minAnswers` answers, as a path without the locale; read-only use.
   * Made through the UI by a fresh member when the demo seed has none.
   */
  demoThread: (brandSlug: string, minAnswers: number) => Promise<string>;
  /** A page in a new browser context with these options (e.g. another member's storage state, JavaScript off); closed after the test. */
  pageWith: (options: BrowserContextOptions) => Promise<Ui>;
};

// Explicit storageState: inside a test, browser.newContext() would otherwise inherit the signed-in role of `test.use`.
async function openContext(browser: Browser, contexts: { close(): Promise<void> }[], options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ storageState: undefined, ...options });
  contexts.push(context);
  return context.newPage();
}

// Threads found (or made) once per worker: tests only ever add answers, so a thread keeps qualifying.
const demoThreads = new Map<string, string>();

// Each fresh member signs up from an address of its own (the app trusts X-Forwarded-For), as real members do:
// the per-address sign-up limit (10 an hour) would otherwise cap how many tests may make members.
function ownAddress(): string {
  const byte = () => 1 + Math.floor(Math.random() * 254);
  return `10.${byte()}.${byte()}.${byte()}`;
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
  askPage: async ({ page }, use) => use(new AskPage(page)),
  threadPage: async ({ page }, use) => use(new ThreadPage(page)),
  questionListPage: async ({ page }, use) => use(new QuestionListPage(page)),
  notificationsPage: async ({ page }, use) => use(new NotificationsPage(page)),

  pageAs: async ({ browser }, use) => {
    const contexts: { close(): Promise<void> }[] = [];
    await use(async (role) => uiFor(await openContext(browser, contexts, { storageState: role === "anonymous" ? undefined : authFile(role) })));
    await Promise.all(contexts.map((c) => c.close()));
  },

  newMember: async ({ browser }, use, testInfo) => {
    const contexts: { close(): Promise<void> }[] = [];
    let count = 0;
    await use(async (locale = "es") => {
      const ui = uiFor(await openContext(browser, contexts, { extraHTTPHeaders: { "x-forwarded-for": ownAddress() } }));
      const account = uniqueAccount(testInfo, `m${++count}`);
      await ui.signUpPage.goto(locale);
      await ui.signUpPage.signUpAndLand(account);
      await ui.header.expectSignedInAs(account.name);
      return { ...ui, account };
    });
    await Promise.all(contexts.map((c) => c.close()));
  },

  demoThread: async ({ browser, newMember }, use) => {
    const contexts: { close(): Promise<void> }[] = [];
    await use(async (brandSlug, minAnswers) => {
      const key = `${brandSlug}:${minAnswers}`;
      const known = demoThreads.get(key);
      if (known) return known;
      const visitor = uiFor(await openContext(browser, contexts));
      // Best first, all time: the demo threads with the most answers and votes, which tests that write never reach.
      await visitor.questionListPage.gotoBrand(brandSlug, "es", "?sort=top&period=all");
      const found = await visitor.questionListPage.firstThreadWith(minAnswers);
      if (found) {
        demoThreads.set(key, found);
        return found;
      }
      const author = await newMember("es");
      await author.askPage.goto(brandSlug, "es");
      await author.askPage.askAndLand({
        title: "Hilo de ejemplo con varias respuestas para las pruebas",
        body: "Un hilo hecho por las pruebas porque la semilla de demostración no trae ninguno.",
        tags: "pruebas",
      });
      for (let i = 1; i <= minAnswers; i++) await author.threadPage.answer(`Respuesta de ejemplo número ${i}.`);
      demoThreads.set(key, author.threadPage.path);
      return author.threadPage.path;
    });
    await Promise.all(contexts.map((c) => c.close()));
  },

  pageWith: async ({ browser }, use) => {
    const contexts: { close(): Promise<void> }[] = [];
    await use(async (options) => uiFor(await openContext(browser, contexts, options)));
    await Promise.all(contexts.map((c) => c.close()));
  },
});

export { expect } from "@playwright/test";
