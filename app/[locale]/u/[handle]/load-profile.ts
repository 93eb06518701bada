import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { findProfile } from "@/lib/profiles/find-profile";

function decoded(handle: string): string | null {
  try {
    return decodeURIComponent(handle);
  } catch {
    return null;
  }
}

// One lookup per request, shared by the page and its metadata; unknown and deleted members, and malformed handles, are a 404.
export const loadProfile = cache(async (raw: string) => {
  const handle = decoded(raw);
  const profile = handle && handle.length <= 100 ? await findProfile(getDb(), handle) : null;
  if (!profile) notFound();
  return profile;
});
