import type { Locator } from "@playwright/test";
import { format, type Locale, type Messages } from "../support/messages";
import { BasePage } from "./base-page";

export type NotificationType = "new_answer" | "new_comment" | "answer_accepted";

export class NotificationsPage extends BasePage {
  async goto(locale: Locale): Promise<void> {
    await this.page.goto(`/${locale}/notifications`);
  }

  get heading(): Locator {
    return this.page.getByRole("heading", { level: 1, name: this.t.notifications.title, exact: true });
  }

  get items(): Locator {
    return this.main.getByRole("listitem");
  }

  // The line a notification reads as, e.g. "Ana respondió «…»", as a link to the thread.
  link(type: NotificationType, actor: string, title: string): Locator {
    const template: Messages["notifications"][NotificationType] = this.t.notifications[type];
    return this.main.getByRole("link", { name: format(template, { actor, title }), exact: true });
  }

  get markAllReadButton(): Locator {
    return this.main.getByRole("button", { name: this.t.notifications.markAllRead, exact: true });
  }
}
