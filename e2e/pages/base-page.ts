import { expect, type Locator, type Page } from "@playwright/test";
import { type Locale, localeOfUrl, type Messages, messages } from "../support/messages";

// Strings come from the catalogue of the locale in the current URL, so one page object serves both languages.
export abstract class BasePage {
  constructor(readonly page: Page) {}

  get locale(): Locale {
    return localeOfUrl(this.page.url());
  }

  get t(): Messages {
    return messages(this.locale);
  }

  htmlLang(): Promise<string | null> {
    return this.page.locator("html").getAttribute("lang");
  }

  get main(): Locator {
    return this.page.getByRole("main");
  }

  // React marks the DOM nodes it has hydrated; typing before that can be lost or overwritten by a restored draft.
  async waitForHydration(element: Locator): Promise<void> {
    if (!(await this.javaScriptEnabled())) return;
    await expect
      .poll(() => element.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactProps$"))), { message: "the form never hydrated" })
      .toBe(true);
  }

  private async javaScriptEnabled(): Promise<boolean> {
    // A context without JavaScript still runs Playwright's own evaluate; a <noscript> probe tells the two apart.
    return this.page.evaluate(() => {
      const probe = document.createElement("noscript");
      probe.innerHTML = "<p></p>";
      return probe.childElementCount === 0;
    });
  }
}
