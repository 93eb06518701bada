"use server";

import { getLocale } from "next-intl/server";
import { action } from "@/lib/actions/action";
import { createBrand } from "@/lib/brands/create-brand";
import { CreateBrandInput } from "@/lib/brands/schemas";
import { redirect } from "@/lib/i18n/navigation";

export const createBrandAction = action(CreateBrandInput, async (input, ctx) => {
  const brand = await createBrand({ ctx, input });
  redirect({ href: `/b/${brand.slug}/settings`, locale: await getLocale() });
});
