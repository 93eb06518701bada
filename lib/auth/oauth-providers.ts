import { env } from "../env";

// A provider is on when both its id and secret are set (AUTH_GITHUB_ID/SECRET, AUTH_GOOGLE_ID/SECRET).
export function oauthProviders(): { github: boolean; google: boolean } {
  const e = env();
  return { github: Boolean(e.AUTH_GITHUB_ID && e.AUTH_GITHUB_SECRET), google: Boolean(e.AUTH_GOOGLE_ID && e.AUTH_GOOGLE_SECRET) };
}
