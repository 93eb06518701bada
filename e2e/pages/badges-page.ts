import type { Locator } from "@playwright/test";
import type { Locale } from "../support/messages";
import { BasePage } from "./base-page";

export class BadgesPage extends BasePage {
  async goto(locale: Locale) {
    return this.page.goto(`/${locale}/badges`);
  }

  get heading(): Locator {
    return this.page.getByRole("heading", { level: 1, name: this.t.badges.title, exact: true });
  }

  get entries(): Locator {
    return this.main.getByTestId("badge-entry");
  }

  entry(slug: keyof ReturnType<BadgesPage["catalogue"]>): Locator {
    return this.main.locator(`#badge-${slug}`);
  }

  catalogue() {
    return this.t.badges.catalogue;
  }
}
