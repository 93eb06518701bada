import { expect, test } from "./fixtures";
import { messages } from "./support/messages";

test.describe("a brand admin manages the team", () => {
  test.use({ role: "brandAdmin" });

  test("grants the staff role to a member, who then sees it on the brand page", async ({ settingsPage, newMember }) => {
    const t = messages("es");
    const member = await newMember("es");

    const response = await settingsPage.goto("telvia", "es");
    expect(response?.status()).toBe(200);
    await expect(settingsPage.teamMember(member.account.email)).toHaveCount(0);

    await settingsPage.grantRole(member.account.email, "staff");

    await expect(settingsPage.grantStatus).toContainText(t.settings.granted);
    await expect(settingsPage.teamMember(member.account.email)).toContainText(member.account.name);
    await expect(settingsPage.roleBadge(member.account.email, "staff")).toBeVisible();

    // Roles are read from the database on every request: no new sign-in needed.
    await member.brandPage.goto("telvia", "es");
    await member.brandPage.expectRoles(["staff"]);
    await expect(member.brandPage.yourRoles).toContainText(t.roles.staff);
    await expect(member.brandPage.settingsLink).toHaveCount(0);
  });

  test("granting to an unknown email shows no_member_with_email and keeps the email", async ({ settingsPage }) => {
    const t = messages("es");
    const email = "nadie-con-cuenta@peerdesk.test";

    await settingsPage.goto("telvia", "es");
    await settingsPage.grantRole(email, "staff");

    await expect(settingsPage.grantAlert).toContainText(t.errors.no_member_with_email);
    await expect(settingsPage.memberEmail).toHaveValue(email);
    await expect(settingsPage.grantStatus).toHaveCount(0);
    await expect(settingsPage.teamMember(email)).toHaveCount(0);
  });
});

test.describe("a member before any grant", () => {
  test("sees no roles line on the brand page", async ({ newMember }) => {
    const member = await newMember("en");
    await member.brandPage.goto("telvia", "en");
    await expect(member.brandPage.heading("Telvia Móvil")).toBeVisible();
    await expect(member.brandPage.yourRoles).toHaveCount(0);
  });
});
