import { expect, type Locator } from "@playwright/test";
import { escapeRegExp, format, type Locale } from "../support/messages";
import { BasePage } from "./base-page";

export type QuestionDraft = { title: string; body: string; tags: string; category?: string; language?: Locale };

export class AskPage extends BasePage {
  async goto(brandSlug: string, locale: Locale): Promise<void> {
    await this.page.goto(`/${locale}/b/${brandSlug}/ask`);
    await this.waitForHydration(this.form);
  }

  heading(brandName: string): Locator {
    return this.page.getByRole("heading", { level: 1, name: format(this.t.ask.title, { brand: brandName }), exact: true });
  }

  get form(): Locator {
    return this.main.locator("form").filter({ has: this.page.getByRole("button", { name: this.t.ask.submit, exact: true }) });
  }

  get title(): Locator {
    return this.form.getByRole("textbox", { name: this.t.ask.titleLabel, exact: true });
  }

  get body(): Locator {
    return this.form.getByRole("textbox", { name: this.t.ask.bodyLabel, exact: true });
  }

  get tags(): Locator {
    return this.form.getByRole("textbox", { name: this.t.ask.tagsLabel, exact: true });
  }

  get category(): Locator {
    return this.form.getByRole("combobox", { name: this.t.ask.categoryLabel, exact: true });
  }

  get language(): Locator {
    return this.form.getByRole("combobox", { name: this.t.ask.languageLabel, exact: true });
  }

  get preview(): Locator {
    return this.form.getByRole("region", { name: this.t.ask.preview, exact: true });
  }

  get submit(): Locator {
    return this.main.getByRole("button", { name: this.t.ask.submit, exact: true });
  }

  get alert(): Locator {
    return this.form.getByRole("alert");
  }

  get draftRestoredNotice(): Locator {
    return this.form.getByRole("status").filter({ hasText: this.t.ask.draftRestored });
  }

  get discardDraftButton(): Locator {
    return this.form.getByRole("button", { name: this.t.ask.discardDraft, exact: true });
  }

  async fill({ title, body, tags, category, language }: QuestionDraft): Promise<void> {
    await this.title.fill(title);
    await this.body.fill(body);
    await this.tags.fill(tags);
    if (category) await this.category.selectOption({ label: category });
    if (language) await this.language.selectOption(language);
  }

  // Types key by key, as a member does, so the live preview re-renders on every keystroke.
  async typeBody(text: string): Promise<void> {
    await this.body.pressSequentially(text);
  }

  async ask(question: QuestionDraft): Promise<void> {
    await this.fill(question);
    await this.submit.click();
  }

  async askAndLand(question: QuestionDraft): Promise<number> {
    await this.fill(question);
    return this.submitAndLand();
  }

  // Submits and waits for the thread page the action redirects to; returns the new question's id.
  async submitAndLand(): Promise<number> {
    const locale = this.locale;
    await this.submit.click();
    await this.page.waitForURL(new RegExp(`/${locale}/b/[^/]+/q/\\d+/[^/?#]+$`));
    return Number(/\/q\/(\d+)\//.exec(this.page.url())![1]);
  }

  // What the form keeps in this browser (the draft is saved a moment after each keystroke).
  storedDraft(): Promise<string> {
    return this.page.evaluate(() => Object.entries(window.localStorage).find(([key]) => key.startsWith("peerdesk:draft:ask:"))?.[1] ?? "");
  }

  async expectFieldError(field: Locator, message: string): Promise<void> {
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)));
  }
}
