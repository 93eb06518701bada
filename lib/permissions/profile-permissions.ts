import { NotFoundError } from "../errors";
import type { Guardian } from "./guardian";

// Only the member themselves changes their profile settings; anyone else is told it does not exist.
export function canEditProfile(guardian: Guardian, userId: string | null | undefined): boolean {
  return guardian.isSignedIn() && Boolean(userId) && guardian.viewer.id === userId;
}

export function ensureCanEditProfile(guardian: Guardian, userId: string | null | undefined): string {
  if (!canEditProfile(guardian, userId)) throw new NotFoundError("errors.not_found");
  return userId as string;
}
