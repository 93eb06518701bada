import type { Locator } from "@playwright/test";
import type { NewAccount } from "../support/accounts";
import type { Locale } from "../support/messages";
import { BasePage } from "./base-page";

export class SignUpPage extends BasePage {
  async goto(locale: Locale): Promise<void> {
    await this.page.goto(`/${locale}/sign-up`);
  }

  get heading(): Locator {
    return this.page.getByRole("heading", { level: 1, name: this.t.auth.signUpTitle });
  }

  get name(): Locator {
    return this.page.getByLabel(this.t.auth.name, { exact: true });
  }

  get email(): Locator {
    return this.page.getByLabel(this.t.auth.email, { exact: true });
  }

  get password(): Locator {
    return this.page.getByLabel(this.t.auth.password, { exact: true });
  }

  get preferredLanguage(): Locator {
    return this.page.getByLabel(this.t.auth.locale, { exact: true });
  }

  get submit(): Locator {
    return this.page.getByRole("main").getByRole("button", { name: this.t.auth.submitSignUp, exact: true });
  }

  get alert(): Locator {
    return this.page.getByRole("main").getByRole("alert");
  }

  async signUp({ name, email, password }: NewAccount): Promise<void> {
    await this.name.fill(name);
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }

  async signUpAndLand(account: NewAccount): Promise<void> {
    const locale = this.locale;
    await this.signUp(account);
    await this.page.waitForURL(new RegExp(`/${locale}$`));
  }
}
