// Only same-site paths, so a crafted link cannot send a member elsewhere after sign-in.
export function safeCallbackPath(candidate: string | null | undefined, locale: string): string {
  if (candidate?.startsWith("/") && !candidate.startsWith("//") && !candidate.startsWith("/\\")) return candidate;
  return `/${locale}`;
}
