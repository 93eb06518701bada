import { expect, type Locator } from "@playwright/test";
import { escapeRegExp, format, plural } from "../support/messages";
import { BasePage } from "./base-page";

export class SiteHeader extends BasePage {
  get banner(): Locator {
    return this.page.getByRole("banner").first();
  }

  get signInLink(): Locator {
    return this.banner.getByRole("link", { name: this.t.nav.signIn, exact: true });
  }

  get signOutButton(): Locator {
    return this.banner.getByRole("button", { name: this.t.nav.signOut, exact: true });
  }

  get languageSwitch(): Locator {
    return this.banner.getByRole("link", { name: this.t.nav.switchToLabel, exact: true });
  }

  // The bell is named after the unread count ("Notificaciones, 1 sin leer"); the red badge beside it is aria-hidden.
  get notificationBell(): Locator {
    return this.banner.getByRole("link", { name: new RegExp(`^${escapeRegExp(this.t.nav.notifications)}`) });
  }

  async expectUnreadNotifications(count: number): Promise<void> {
    await expect(this.notificationBell).toHaveAccessibleName(plural(this.t.notifications.bell, this.locale, count));
    if (count > 0) await expect(this.notificationBell).toHaveText(String(count));
  }

  viewerName(name: string): Locator {
    return this.banner.getByText(format(this.t.nav.account, { name }), { exact: true });
  }

  async expectSignedInAs(name: string): Promise<void> {
    await expect(this.viewerName(name)).toBeVisible();
    await expect(this.signOutButton).toBeVisible();
  }

  async expectSignedOut(): Promise<void> {
    await expect(this.signInLink).toBeVisible();
    await expect(this.signOutButton).toHaveCount(0);
  }

  async signOut(): Promise<void> {
    const locale = this.locale;
    await this.signOutButton.click();
    await this.page.waitForURL(new RegExp(`/${locale}$`));
  }

  // Same page in the other language.
  async switchLanguage(): Promise<void> {
    const target = this.locale === "es" ? "en" : "es";
    const path = new URL(this.page.url()).pathname.replace(/^\/(es|en)/, `/${target}`);
    await this.languageSwitch.click();
    await this.page.waitForURL(new RegExp(`${escapeRegExp(path)}$`));
  }
}
