import type { MetadataRoute } from "next";
import { getDb } from "@/db/client";
import { siteUrl } from "@/lib/env";
import { listPublicThreads } from "@/lib/questions/list-public-threads";

export const dynamic = "force-dynamic";

// Every public thread in both languages; the thread page itself marks which one is canonical.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const threads = await listPublicThreads(getDb());
  return threads.map((t) => ({
    url: `${base}/${t.locale}/b/${t.brandSlug}/q/${t.id}/${t.slug}`,
    lastModified: t.lastActivityAt,
    alternates: { languages: { es: `${base}/es/b/${t.brandSlug}/q/${t.id}/${t.slug}`, en: `${base}/en/b/${t.brandSlug}/q/${t.id}/${t.slug}` } },
  }));
}
