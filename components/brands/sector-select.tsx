"use client";

import { useTranslations } from "next-intl";
import { Select } from "@/components/ui/select";
import { SECTORS } from "@/lib/brands/sectors";

export function SectorSelect({ defaultValue, errors }: { defaultValue?: string | null; errors?: string[] }) {
  const t = useTranslations("settings");
  const ts = useTranslations("sectors");
  return (
    <Select
      label={t("sector")}
      name="sector"
      defaultValue={defaultValue ?? ""}
      errors={errors}
      options={[{ value: "", label: t("sectorNone") }, ...SECTORS.map((s) => ({ value: s, label: ts(s) }))]}
    />
  );
}
