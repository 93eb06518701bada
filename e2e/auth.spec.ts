import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, uniqueAccount } from "./support/accounts";
import { escapeRegExp, LOCALES, messages } from "./support/messages";

test.describe("signing up, out and in", () => {
  test("a new member signs up in Spanish, signs out, and signs back in in English", async ({ page, signUpPage, signInPage, header }, testInfo) => {
    const account = uniqueAccount(testInfo);

    await signUpPage.goto("es");
    await expect(signUpPage.heading).toBeVisible();
    await signUpPage.signUpAndLand(account);
    await header.expectSignedInAs(account.name);

    await header.signOut();
    await header.expectSignedOut();

    await signInPage.goto("en");
    await expect(signInPage.heading).toBeVisible();
    await signInPage.signInAndLand(account.email, account.password);
    await header.expectSignedInAs(account.name);
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  for (const locale of LOCALES) {
    test(`a wrong password is refused with the ${locale} message, keeping the email (${locale})`, async ({ signInPage, header }) => {
      const t = messages(locale);
      // An address with no account: the answer must be the same as for a wrong password, and no demo account gets throttled.
      const email = `nobody-${locale}@peerdesk.test`;

      await signInPage.goto(locale);
      await signInPage.signIn(email, "not-the-right-password");

      await expect(signInPage.alert).toContainText(t.errors.invalid_credentials);
      await expect(signInPage.email).toHaveValue(email);
      await expect(signInPage.password).toHaveValue("");
      await expect(signInPage.page).toHaveURL(new RegExp(`/${locale}/sign-in$`));
      await header.expectSignedOut();
    });
  }

  test("a demo member with the wrong password is refused too (en)", async ({ signInPage }) => {
    const t = messages("en");
    await signInPage.goto("en");
    await signInPage.signIn("member.en@peerdesk.test", `${DEMO_PASSWORD}-wrong`);
    await expect(signInPage.alert).toContainText(t.errors.invalid_credentials);
    await expect(signInPage.email).toHaveValue("member.en@peerdesk.test");
    await expect(signInPage.password).toHaveValue("");
  });

  test("a weak password is refused at the field, keeping name and email", async ({ signUpPage, header }, testInfo) => {
    const t = messages("es");
    const account = { ...uniqueAccount(testInfo, "weak"), password: "corta" };

    await signUpPage.goto("es");
    await signUpPage.signUp(account);

    await expect(signUpPage.alert).toContainText(t.errors.validation);
    await expect(signUpPage.password).toHaveAttribute("aria-invalid", "true");
    await expect(signUpPage.password).toHaveAccessibleDescription(new RegExp(escapeRegExp(t.validation.password_too_short)));
    await expect(signUpPage.password).toHaveValue("");
    await expect(signUpPage.name).toHaveValue(account.name);
    await expect(signUpPage.email).toHaveValue(account.email);
    await header.expectSignedOut();
  });

  test("an email that already has an account is refused with email_taken", async ({ signUpPage, header }, testInfo) => {
    const t = messages("es");
    const account = { ...uniqueAccount(testInfo, "taken"), email: "member@peerdesk.test" };

    await signUpPage.goto("es");
    await signUpPage.signUp(account);

    await expect(signUpPage.alert).toContainText(t.errors.email_taken);
    await expect(signUpPage.email).toHaveValue(account.email);
    await expect(signUpPage.name).toHaveValue(account.name);
    await header.expectSignedOut();
  });
});
