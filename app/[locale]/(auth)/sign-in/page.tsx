import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignInForm } from "@/components/auth/sign-in-form";
import { oauthProviders } from "@/lib/auth/oauth-providers";
import { alternatesFor } from "@/lib/i18n/alternates";
import { localeFromParams } from "@/lib/i18n/params";
import { oauthSignInAction, signInAction } from "../actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ callbackUrl?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: "auth" });
  return { title: t("signInTitle"), alternates: alternatesFor("/sign-in", locale), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = await localeFromParams(params);
  const { callbackUrl } = await searchParams;
  const t = await getTranslations({ locale, namespace: "auth" });
  return (
    <AuthCard title={t("signInTitle")} intro={t("signInIntro")}>
      <SignInForm action={signInAction} callbackUrl={callbackUrl} />
      <OAuthButtons action={oauthSignInAction} providers={oauthProviders()} callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
