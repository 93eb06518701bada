import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { alternatesFor } from "@/lib/i18n/alternates";
import { localeFromParams } from "@/lib/i18n/params";
import { signUpAction } from "../actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ callbackUrl?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: "auth" });
  return { title: t("signUpTitle"), alternates: alternatesFor("/sign-up", locale), robots: { index: false } };
}

export default async function SignUpPage({ params, searchParams }: Props) {
  const locale = await localeFromParams(params);
  const { callbackUrl } = await searchParams;
  const t = await getTranslations({ locale, namespace: "auth" });
  return (
    <AuthCard title={t("signUpTitle")} intro={t("signUpIntro")}>
      <SignUpForm action={signUpAction} callbackUrl={callbackUrl} locale={locale} />
    </AuthCard>
  );
}
