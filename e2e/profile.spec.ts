import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { BadgesPage } from "./pages/badges-page";
import { LeaderboardPage } from "./pages/leaderboard-page";
import { NotFoundPage } from "./pages/not-found-page";
import { ProfilePage } from "./pages/profile-page";
import { horizontalOverflow } from "./support/layout";
import { LOCALES, messages } from "./support/messages";

test.describe("leaderboards, badges and public profiles", () => {
  for (const locale of LOCALES) {
    test(`a brand's all-time leader is a volunteer whose profile shows reputation, level and badges (${locale})`, async ({ page }) => {
      const board = new LeaderboardPage(page);
      const t = messages(locale);
      await board.gotoBrand("telvia", locale, "?period=all");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(board.heading).toHaveText(t.leaderboard.brandTitle.replace("{brand}", "Telvia Móvil"));
      await expect(board.periodTab("all")).toHaveAttribute("aria-current", "page");
      await expect(board.metricTab("reputation")).toHaveAttribute("aria-current", "page");
      await expect(board.rows.first()).toBeVisible();
      expect(await board.rows.count()).toBeLessThanOrEqual(50);
      await board.expectLevelShown(0);
      const leader = (await board.memberLink(0).textContent())!.trim();

      await board.memberLink(0).click();
      const profile = new ProfilePage(page);
      await expect(profile.name).toHaveText(leader);
      await expect(profile.reputationByBrand).toContainText("Telvia Móvil");
      await profile.expectLevelShown();
      await expect(profile.badges.first()).toBeVisible();
      await expect(profile.stats).toContainText(t.profile.stats.accepted);
      await expect(profile.chart).toBeVisible();
      await expect(profile.historyLink).toHaveAttribute("href", `/${locale}/u/${profile.handle}/reputation`);
      // Someone else's profile carries no settings and stays indexable.
      await expect(profile.searchEngineCheckbox).toHaveCount(0);
      await expect(profile.robotsMeta).toHaveCount(0);
    });

    test(`the site-wide leaderboard switches tabs by links and keeps the other choice (${locale})`, async ({ page }) => {
      const board = new LeaderboardPage(page);
      await board.gotoSite(locale);
      await expect(board.periodTab("week")).toHaveAttribute("aria-current", "page");
      await board.choose(board.metricTab("accepted"));
      await expect(page).toHaveURL(/[?&]by=accepted/);
      await board.choose(board.periodTab("all"));
      await expect(page).toHaveURL(/period=all/);
      await expect(page).toHaveURL(/by=accepted/);
      await expect(board.metricTab("accepted")).toHaveAttribute("aria-current", "page");
      await expect(board.rows.first()).toBeVisible();
    });

    test(`the badges page lists every badge with its criteria and holders (${locale})`, async ({ page }) => {
      const badges = new BadgesPage(page);
      const t = messages(locale);
      await badges.goto(locale);
      await expect(badges.heading).toBeVisible();
      await expect(badges.entries).toHaveCount(Object.keys(t.badges.catalogue).length);
      await expect(badges.entry("first-answer")).toContainText(t.badges.catalogue["first-answer"].name);
      // Every demo volunteer who answered holds "first answer", so it lists recent holders that link to profiles.
      const holder = badges.entry("first-answer").getByRole("link").first();
      await expect(holder).toHaveAttribute("href", new RegExp(`^/${locale}/u/`));
    });
  }

  test("an unknown or deleted member's profile is a 404", async ({ page }) => {
    const profile = new ProfilePage(page);
    const response = await profile.goto("nobody-by-this-handle", "es");
    expect(response?.status()).toBe(404);
    await expect(new NotFoundPage(page).heading).toBeVisible();
  });

  test("a member keeps their own profile out of search engines, and only they see the setting", async ({ newMember, pageAs }) => {
    const member = await newMember("es");
    const href = await member.header.viewerName(member.account.name).getAttribute("href");
    expect(href).toMatch(/^\/es\/u\//);
    const own = new ProfilePage(member.page);
    await member.page.goto(href!);
    await expect(own.name).toHaveText(member.account.name);
    await expect(own.robotsMeta).toHaveCount(0);
    await own.setHiddenFromSearchEngines(true);
    await member.page.reload();
    await expect(own.robotsMeta).toHaveAttribute("content", /noindex/);
    await expect(own.searchEngineCheckbox).toBeChecked();

    const visitor = await pageAs("anonymous");
    const seen = new ProfilePage(visitor.page);
    await visitor.page.goto(`/en${href!.slice(3)}`);
    await expect(seen.robotsMeta).toHaveAttribute("content", /noindex/);
    await expect(seen.searchEngineCheckbox).toHaveCount(0);

    await own.setHiddenFromSearchEngines(false);
    await member.page.reload();
    await expect(own.robotsMeta).toHaveCount(0);
  });
});

const BLOCKING = new Set(["serious", "critical"]);
const SCREENS_DIR = join(import.meta.dirname, "..", "test-results", "screens");

async function expectNoSeriousViolations(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).options({ rules: { "label-content-name-mismatch": { enabled: true } } }).analyze();
  const report = violations
    .filter((v) => BLOCKING.has(v.impact ?? ""))
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
  expect(report, `axe on ${what}`).toEqual([]);
}

test.describe("recognition screens at phone and desktop widths", () => {
  for (const width of [375, 1280] as const) {
    for (const locale of LOCALES) {
      test(`leaderboards, badges and a profile fit ${width}px and pass axe (${locale})`, async ({ page }, testInfo) => {
        await page.setViewportSize({ width, height: 800 });
        mkdirSync(SCREENS_DIR, { recursive: true });
        const shoot = async (name: string) => {
          const overflow = await horizontalOverflow(page);
          expect(overflow.by, `${name} overflows horizontally by ${overflow.by}px: ${overflow.culprits.join("; ")}`).toBeLessThanOrEqual(0);
          await expectNoSeriousViolations(page, `${name} (${locale}, ${width}px)`);
          const path = join(SCREENS_DIR, `${name}-${locale}-${width}.png`);
          await page.screenshot({ path, fullPage: true, animations: "disabled" });
          await testInfo.attach(`${name}-${locale}-${width}`, { path, contentType: "image/png" });
        };
        const board = new LeaderboardPage(page);
        await board.gotoSite(locale, "?period=all");
        await expect(board.rows.first()).toBeVisible();
        await shoot("leaderboard");

        await board.gotoBrand("telvia", locale, "?period=all&by=accepted");
        await expect(board.rows.first()).toBeVisible();
        await shoot("leaderboard-telvia");

        const badges = new BadgesPage(page);
        await badges.goto(locale);
        await expect(badges.heading).toBeVisible();
        await shoot("badges");

        await board.gotoBrand("telvia", locale, "?period=all");
        await board.memberLink(0).click();
        const profile = new ProfilePage(page);
        await expect(profile.chart).toBeVisible();
        await shoot("profile");
      });
    }
  }
});
