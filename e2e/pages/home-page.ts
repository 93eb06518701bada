import type { Locator } from "@playwright/test";
import type { Locale } from "../support/messages";
import { BasePage } from "./base-page";

export class HomePage extends BasePage {
  async goto(locale: Locale) {
    return this.page.goto(`/${locale}`);
  }

  get heading(): Locator {
    return this.page.getByRole("heading", { level: 1, name: this.t.home.heading, exact: true });
  }

  get brandSpaces(): Locator {
    return this.page.getByRole("region", { name: this.t.home.brandsHeading });
  }
}
