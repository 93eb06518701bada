import type { z } from "zod";
import type { UpdateBrandInput } from "./schemas";

type BrandFields = Omit<z.output<typeof UpdateBrandInput>, "brandId" | "verificationTtlDays">;

// The form's fields as table columns, shared by create and update.
export function brandColumns(data: BrandFields) {
  return {
    name: data.name,
    description: { es: data.descriptionEs, en: data.descriptionEn },
    color: data.color,
    logoUrl: data.logoUrl ?? null,
    sector: data.sector ?? null,
    defaultLocale: data.defaultLocale,
  };
}
