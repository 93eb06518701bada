import { expect, type Locator } from "@playwright/test";
import type { Locale } from "../support/messages";
import { BasePage } from "./base-page";
import type { BrandRoleKey } from "./brand-page";

export class BrandSettingsPage extends BasePage {
  async goto(slug: string, locale: Locale) {
    return this.page.goto(`/${locale}/b/${slug}/settings`);
  }

  get teamPanel(): Locator {
    return this.page.getByRole("region", { name: this.t.settings.teamHeading });
  }

  get memberEmail(): Locator {
    return this.page.getByLabel(this.t.settings.memberEmail, { exact: true });
  }

  get role(): Locator {
    return this.page.getByLabel(this.t.settings.role, { exact: true });
  }

  get grantButton(): Locator {
    return this.page.getByRole("button", { name: this.t.settings.grant, exact: true });
  }

  get teamList(): Locator {
    return this.page.getByRole("list", { name: this.t.settings.teamHeading });
  }

  // Only the grant form shows a status or an alert in the team panel (revoke errors are per row, on failure only).
  get grantStatus(): Locator {
    return this.teamPanel.getByRole("status");
  }

  get grantAlert(): Locator {
    return this.teamPanel.getByRole("alert");
  }

  teamMember(email: string): Locator {
    return this.teamList.getByRole("listitem").filter({ hasText: email });
  }

  roleBadge(email: string, role: BrandRoleKey): Locator {
    return this.teamMember(email).getByText(this.t.roles[role], { exact: true });
  }

  async grantRole(email: string, role: Exclude<BrandRoleKey, "member" | "site_admin" | "recruiter">): Promise<void> {
    await this.memberEmail.fill(email);
    await this.role.selectOption({ label: this.t.roles[role] });
    await this.grantButton.click();
    // The button is disabled while the action runs; wait for the answer before asserting on it.
    await expect(this.grantButton).toBeEnabled();
  }
}
