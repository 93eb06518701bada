import type { Page } from "@playwright/test";
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
}
