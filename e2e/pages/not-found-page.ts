import type { Locator } from "@playwright/test";
import { BasePage } from "./base-page";

export class NotFoundPage extends BasePage {
  get heading(): Locator {
    return this.page.getByRole("heading", { level: 1, name: this.t.errors.notFoundTitle, exact: true });
  }

  get homeLink(): Locator {
    return this.page.getByRole("main").getByRole("link", { name: this.t.errors.backHome, exact: true });
  }
}
