"use server";

import { AuthError, type CredentialsSignin } from "next-auth";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { action } from "@/lib/actions/action";
import { signIn, signOut } from "@/lib/auth/auth";
import { oauthProviders } from "@/lib/auth/oauth-providers";
import { SIGN_IN_PER_ACCOUNT } from "@/lib/auth/rate-limit";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";
import { NotFoundError, RateLimitedError, UnauthenticatedError } from "@/lib/errors";
import { SignInInput, SignUpInput } from "@/lib/users/schemas";
import { signUp } from "@/lib/users/sign-up";

const callbackUrl = z.string().optional();

async function signInWithPassword(email: string, password: string, callback: string | undefined) {
  const locale = await getLocale();
  try {
    await signIn("credentials", { email, password, redirectTo: safeCallbackPath(callback, locale) });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    if ((error as CredentialsSignin).code === "rate_limited") throw new RateLimitedError(SIGN_IN_PER_ACCOUNT.windowSeconds);
    throw new UnauthenticatedError("errors.invalid_credentials");
  }
}

export const signInAction = action(SignInInput.extend({ callbackUrl }), async (input) => {
  await signInWithPassword(input.email, input.password, input.callbackUrl);
});

export const signUpAction = action(SignUpInput.extend({ callbackUrl }), async (input, ctx) => {
  await signUp({ ctx, input });
  await signInWithPassword(input.email, input.password, input.callbackUrl);
});

export const oauthSignInAction = action(z.object({ provider: z.enum(["github", "google"]), callbackUrl }), async (input) => {
  if (!oauthProviders()[input.provider]) throw new NotFoundError();
  await signIn(input.provider, { redirectTo: safeCallbackPath(input.callbackUrl, await getLocale()) });
});

export async function signOutAction() {
  const locale = await getLocale();
  await signOut({ redirectTo: `/${locale}` });
}
