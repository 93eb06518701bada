import { expect, type Locator } from "@playwright/test";
import type { Locale, Messages } from "../support/messages";
import { BasePage } from "./base-page";

export type BrandRoleKey = keyof Messages["roles"];

export class BrandPage extends BasePage {
  async goto(slug: string, locale: Locale) {
    return this.page.goto(`/${locale}/b/${slug}`);
  }

  heading(brandName: string): Locator {
    return this.page.getByRole("heading", { level: 1, name: brandName, exact: true });
  }

  get categoriesHeading(): Locator {
    return this.page.getByRole("heading", { level: 2, name: this.t.brand.categoriesHeading, exact: true });
  }

  // The categories side panel (a region named by its heading).
  get categories(): Locator {
    return this.page.getByRole("region", { name: this.t.brand.categoriesHeading, exact: true });
  }

  get settingsLink(): Locator {
    return this.page.getByRole("main").getByRole("link", { name: this.t.brand.settings });
  }

  // The "Your roles here:" line of the brand header.
  get yourRoles(): Locator {
    return this.page.getByRole("main").getByText(`${this.t.brand.yourRoles}:`);
  }

  async expectRoles(roles: BrandRoleKey[]): Promise<void> {
    await expect(this.yourRoles).toBeVisible();
    for (const role of roles) await expect(this.yourRoles.getByText(this.t.roles[role], { exact: true })).toBeVisible();
  }
}
