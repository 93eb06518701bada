import { expect, type Locator } from "@playwright/test";
import { escapeRegExp, type Locale, type Messages, plural } from "../support/messages";
import { BasePage } from "./base-page";

export type ListSort = keyof Messages["questions"]["sort"];

// A brand's question list (/b/<brand>) and the site-wide one (/questions) share this shape.
export class QuestionListPage extends BasePage {
  async gotoBrand(brandSlug: string, locale: Locale, query = ""): Promise<void> {
    await this.page.goto(`/${locale}/b/${brandSlug}${query}`);
  }

  async gotoAll(locale: Locale, query = ""): Promise<void> {
    await this.page.goto(`/${locale}/questions${query}`);
  }

  get allQuestionsHeading(): Locator {
    return this.page.getByRole("heading", { level: 1, name: this.t.questions.allQuestionsTitle, exact: true });
  }

  get askLink(): Locator {
    return this.main.getByRole("link", { name: this.t.questions.ask, exact: true });
  }

  get sortTabs(): Locator {
    return this.main.getByRole("navigation", { name: this.t.questions.listTitle, exact: true });
  }

  sortTab(sort: ListSort): Locator {
    return this.sortTabs.getByRole("link", { name: this.t.questions.sort[sort], exact: true });
  }

  async sortBy(sort: ListSort): Promise<void> {
    await this.sortTab(sort).click();
    await expect(this.sortTab(sort)).toHaveAttribute("aria-current", "page");
  }

  // One row per question: the row holds a level-3 heading that links to the thread.
  get rows(): Locator {
    return this.main.getByRole("listitem").filter({ has: this.page.getByRole("heading", { level: 3 }) });
  }

  row(title: string): Locator {
    return this.rows.filter({ has: this.page.getByRole("link", { name: title, exact: true }) });
  }

  get emptyNotice(): Locator {
    return this.main.getByText(this.t.questions.empty, { exact: true });
  }

  async answerCountOf(row: Locator): Promise<number> {
    const text = (await row.innerText()).replace(/\s+/g, " ");
    // "3 respuestas" or "1 respuesta": the catalogue's own forms with the number left open.
    const forms = [5, 1].map((n) => escapeRegExp(plural(this.t.questions.answers, this.locale, n)).replace(String(n), "(\\d+)"));
    const match = new RegExp(forms.join("|")).exec(text);
    return match ? Number(match[1] ?? match[2]) : 0;
  }

  get nextPageLink(): Locator {
    return this.main.getByRole("link", { name: this.t.questions.next, exact: true });
  }

  // The first listed thread with at least `min` answers, as a path without the locale (/b/<brand>/q/<id>/<slug>).
  async firstThreadWith(min: number, { maxPages = 3 } = {}): Promise<string | null> {
    for (let pageNumber = 1; pageNumber <= maxPages; pageNumber++) {
      for (const row of await this.rows.all()) {
        if ((await this.answerCountOf(row)) < min) continue;
        const href = await row.getByRole("heading", { level: 3 }).getByRole("link").getAttribute("href");
        if (href) return href.replace(/^\/(es|en)/, "");
      }
      const next = (await this.nextPageLink.count()) ? await this.nextPageLink.getAttribute("href") : null;
      if (!next) break;
      await this.page.goto(next);
    }
    return null;
  }
}
