import "server-only";
import type { Locale } from "../i18n/locales";
import type { Mail } from "./send-mail";
import { mailTranslator } from "./translator";

export function welcomeMail(user: { email: string; name: string | null; locale: Locale }, siteUrl: string): Mail {
  const t = mailTranslator(user.locale);
  const name = user.name ?? user.email;
  const url = `${siteUrl}/${user.locale}`;
  return {
    to: user.email,
    subject: t("welcome.subject"),
    text: [t("welcome.greeting", { name }), "", t("welcome.body"), "", url, "", t("welcome.signature")].join("\n"),
  };
}
