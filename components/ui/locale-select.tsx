"use client";

import { useTranslations } from "next-intl";
import { LOCALES } from "@/lib/i18n/locales";
import { Select } from "./select";

export function LocaleSelect({ label, name, defaultValue }: { label: string; name: string; defaultValue: string }) {
  const tl = useTranslations("locales");
  return <Select label={label} name={name} defaultValue={defaultValue} key={defaultValue} options={LOCALES.map((l) => ({ value: l, label: tl(l) }))} />;
}
