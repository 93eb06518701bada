"use client";

import { useLocale, useTranslations } from "next-intl";
import { GlobeIcon } from "@/components/ui/icons";
import { Link, usePathname } from "@/lib/i18n/navigation";

// Keeps the current page (and its query) while switching language.
export function LanguageSwitch() {
  const t = useTranslations("nav");
  const locale = useLocale();
  const pathname = usePathname();
  const other = locale === "es" ? "en" : "es";
  return (
    <Link
      href={pathname}
      locale={other}
      hrefLang={other}
      lang={other}
      aria-label={t("switchToLabel")}
      className="rounded-md px-2 py-1 text-sm text-muted hover:bg-gray-100 hover:text-ink"
    >
      <GlobeIcon className="mr-1 inline-block align-[-3px]" />
      {t("switchTo")}
    </Link>
  );
}
