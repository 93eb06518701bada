import { createTranslator } from "next-intl";
import en from "../../messages/en.json";
import es from "../../messages/es.json";
import type { Locale } from "../i18n/locales";

// Mail is written outside a request, so it builds its own translator from the member's stored language.
export function mailTranslator(locale: Locale) {
  return createTranslator({ locale, messages: locale === "en" ? en : es, namespace: "mail" });
}
