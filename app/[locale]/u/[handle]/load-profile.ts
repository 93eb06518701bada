import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { findProfile } from "@/lib/profiles/find-profile";

// One lookup per request, shared by the page and its metadata; unknown and deleted members are a 404.
export const loadProfile = cache(async (handle: string) => {
  const profile = await findProfile(getDb(), decodeURIComponent(handle));
  if (!profile) notFound();
  return profile;
});
