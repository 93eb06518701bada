import { expect, type Locator } from "@playwright/test";
import type { Locale } from "../support/messages";
import { format, plural } from "../support/messages";
import { BasePage } from "./base-page";

// The company verification on a thread's answers, and the brand's re-verify queue.
export class VerificationPanel extends BasePage {
  // The mark in force reads "Verified by <brand>" (or its Spanish), with its icon.
  mark(answer: Locator, brandName: string): Locator {
    return answer.locator('[data-verification="verified"]').filter({ hasText: format(this.t.verification.verifiedBy, { brand: brandName }) });
  }

  underReviewMark(answer: Locator): Locator {
    return answer.locator('[data-verification="under_review"]').filter({ hasText: this.t.verification.underReview });
  }

  anyMark(answer: Locator): Locator {
    return answer.locator("[data-verification]");
  }

  verifyToggle(scope: Locator): Locator {
    return scope.locator("summary").filter({ hasText: new RegExp(`^(${this.t.verification.verify}|${this.t.verification.verifyAgain})$`) });
  }

  withdrawToggle(scope: Locator): Locator {
    return scope.locator("summary").filter({ hasText: this.t.verification.withdraw });
  }

  async verify(scope: Locator, { note, appliesTo }: { note?: string; appliesTo?: string } = {}): Promise<void> {
    const toggle = this.verifyToggle(scope);
    await this.waitForHydration(scope.locator("form").last());
    await toggle.click();
    const form = scope.locator("form").filter({ has: this.page.getByRole("button", { name: this.t.verification.submitVerify, exact: true }) });
    if (note !== undefined) await form.getByLabel(this.t.verification.noteLabel, { exact: true }).fill(note);
    if (appliesTo !== undefined) await form.getByLabel(this.t.verification.appliesToLabel, { exact: true }).fill(appliesTo);
    await form.getByRole("button", { name: this.t.verification.submitVerify, exact: true }).click();
  }

  withdrawForm(scope: Locator): Locator {
    return scope.locator("form").filter({ has: this.page.getByRole("button", { name: this.t.verification.submitWithdraw, exact: true }) });
  }

  async withdraw(scope: Locator, reason: string): Promise<void> {
    await this.waitForHydration(scope.locator("form").last());
    await this.withdrawToggle(scope).click();
    const form = this.withdrawForm(scope);
    await form.getByLabel(this.t.verification.reasonLabel, { exact: true }).fill(reason);
    await form.getByRole("button", { name: this.t.verification.submitWithdraw, exact: true }).click();
  }

  // ── the queue ──
  async gotoQueue(brandSlug: string, locale: Locale): Promise<void> {
    await this.page.goto(`/${locale}/b/${brandSlug}/staff/verify`);
  }

  get queueHeading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  queueItem(title: string): Locator {
    return this.main.getByRole("listitem").filter({ has: this.page.getByRole("link", { name: title, exact: true }) });
  }

  underReviewCount(count: number): Locator {
    return this.main.getByText(plural(this.t.verification.queueUnderReview, this.locale, count), { exact: true });
  }

  async expectQueueHas(title: string): Promise<void> {
    await expect(this.queueItem(title)).toBeVisible();
  }
}
