import { expect, type Locator } from "@playwright/test";
import { escapeRegExp, type Locale } from "../support/messages";
import { BasePage } from "./base-page";

export class ProfilePage extends BasePage {
  async goto(handle: string, locale: Locale) {
    return this.page.goto(`/${locale}/u/${handle}`);
  }

  get handle(): string {
    return new URL(this.page.url()).pathname.split("/")[3]!;
  }

  get name(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  region(title: string): Locator {
    return this.main.getByRole("region", { name: title, exact: true });
  }

  get reputationByBrand(): Locator {
    return this.region(this.t.profile.reputationHeading);
  }

  get badges(): Locator {
    return this.region(this.t.profile.badgesHeading).getByRole("listitem");
  }

  get stats(): Locator {
    return this.main.getByTestId("profile-stats");
  }

  get chart(): Locator {
    return this.main.getByRole("img", { name: new RegExp(`^${escapeRegExp(this.t.profile.chartTitle)}`) });
  }

  get historyLink(): Locator {
    return this.main.getByRole("link", { name: this.t.profile.historyLink, exact: true });
  }

  get searchEngineCheckbox(): Locator {
    return this.main.getByRole("checkbox", { name: this.t.profile.hideFromSearchEngines });
  }

  get saveSettingsButton(): Locator {
    return this.main.getByRole("button", { name: this.t.profile.saveSettings, exact: true });
  }

  get robotsMeta(): Locator {
    // Next may stream metadata into the body before React hoists it, so it is looked for anywhere.
    return this.page.locator('meta[name="robots"]');
  }

  async expectLevelShown(): Promise<void> {
    const names = Object.values(this.t.profile.levels);
    await expect(this.reputationByBrand).toContainText(new RegExp(names.join("|")));
  }

  async setHiddenFromSearchEngines(hidden: boolean): Promise<void> {
    await this.waitForHydration(this.saveSettingsButton);
    await this.searchEngineCheckbox.setChecked(hidden);
    await this.saveSettingsButton.click();
    await expect(this.main.getByRole("status")).toHaveText(new RegExp(escapeRegExp(this.t.profile.settingsSaved)));
  }
}
