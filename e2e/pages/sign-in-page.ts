import type { Locator } from "@playwright/test";
import type { Locale } from "../support/messages";
import { BasePage } from "./base-page";

export class SignInPage extends BasePage {
  async goto(locale: Locale): Promise<void> {
    await this.page.goto(`/${locale}/sign-in`);
  }

  get heading(): Locator {
    return this.page.getByRole("heading", { level: 1, name: this.t.auth.signInTitle });
  }

  get email(): Locator {
    return this.page.getByLabel(this.t.auth.email, { exact: true });
  }

  get password(): Locator {
    return this.page.getByLabel(this.t.auth.password, { exact: true });
  }

  get submit(): Locator {
    return this.page.getByRole("main").getByRole("button", { name: this.t.auth.submitSignIn, exact: true });
  }

  get alert(): Locator {
    return this.page.getByRole("main").getByRole("alert");
  }

  // Fills and submits; the caller asserts where it lands (signed in or an error).
  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }

  async signInAndLand(email: string, password: string): Promise<void> {
    const locale = this.locale;
    await this.signIn(email, password);
    await this.page.waitForURL(new RegExp(`/${locale}$`));
  }
}
