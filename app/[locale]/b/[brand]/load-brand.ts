import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getViewer } from "@/lib/auth/get-viewer";
import { findBrandBySlug } from "@/lib/brands/find-brand";
import { Guardian } from "@/lib/permissions/guardian";

// One lookup per request, shared by the page and its metadata; invisible brands are a 404.
export const loadVisibleBrand = cache(async (slug: string) => {
  const [brand, viewer] = await Promise.all([findBrandBySlug(getDb(), slug), getViewer()]);
  const guardian = new Guardian(viewer);
  if (!guardian.canSeeBrand(brand)) notFound();
  return { brand, guardian };
});
