import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getViewer } from "@/lib/auth/get-viewer";
import { Guardian } from "@/lib/permissions/guardian";
import { loadPost } from "@/lib/posts/load-post";

// Once per request (page and metadata share it): the post with its thread and brand, or a 404 when it does not exist, is elsewhere, or is hidden from this viewer.
export const loadVisiblePost = cache(async (brandSlug: string, rawPostId: string) => {
  const postId = Number(rawPostId);
  if (!Number.isSafeInteger(postId) || postId <= 0) notFound();
  const found = await loadPost(getDb(), postId);
  const guardian = new Guardian(await getViewer());
  if (!found || found.brand.slug !== brandSlug.toLowerCase() || !guardian.canSeePost(found.brand, found.question, found.post)) notFound();
  return { ...found, guardian };
});
