import { expect, type Locator } from "@playwright/test";
import type { Locale, Messages } from "../support/messages";
import { BasePage } from "./base-page";

export type LeaderboardPeriod = keyof Messages["leaderboard"]["periods"];
export type LeaderboardMetric = keyof Messages["leaderboard"]["metrics"];

// The site-wide board (/leaderboard) and a brand's (/b/<brand>/leaderboard) share this shape.
export class LeaderboardPage extends BasePage {
  async gotoSite(locale: Locale, query = "") {
    return this.page.goto(`/${locale}/leaderboard${query}`);
  }

  async gotoBrand(brandSlug: string, locale: Locale, query = "") {
    return this.page.goto(`/${locale}/b/${brandSlug}/leaderboard${query}`);
  }

  get heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  periodTab(period: LeaderboardPeriod): Locator {
    return this.main
      .getByRole("navigation", { name: this.t.leaderboard.periodNav, exact: true })
      .getByRole("link", { name: this.t.leaderboard.periods[period], exact: true });
  }

  metricTab(metric: LeaderboardMetric): Locator {
    return this.main
      .getByRole("navigation", { name: this.t.leaderboard.metricNav, exact: true })
      .getByRole("link", { name: this.t.leaderboard.metrics[metric], exact: true });
  }

  async choose(tab: Locator): Promise<void> {
    await tab.click();
    await expect(tab).toHaveAttribute("aria-current", "page");
  }

  get rows(): Locator {
    return this.main.getByTestId("leaderboard-row");
  }

  memberLink(index: number): Locator {
    return this.rows.nth(index).getByRole("link");
  }

  // A level is written out as a word ("Experto"), never shown by colour alone.
  async expectLevelShown(index: number): Promise<void> {
    const names = Object.values(this.t.profile.levels);
    await expect(this.rows.nth(index)).toContainText(new RegExp(names.join("|")));
  }
}
