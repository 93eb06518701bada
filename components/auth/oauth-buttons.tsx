"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormAlert } from "@/components/ui/form-alert";
import { IDLE } from "@/lib/actions/action-state";
import type { FormAction } from "@/lib/actions/form-action";

type Props = { action: FormAction; providers: { github: boolean; google: boolean }; callbackUrl?: string };

export function OAuthButtons({ action, providers, callbackUrl }: Props) {
  const t = useTranslations("auth");
  const [state, formAction] = useActionState(action, IDLE);
  const enabled = (["github", "google"] as const).filter((p) => providers[p]);
  if (enabled.length === 0) return null;
  return (
    <form action={formAction} className="mt-6 border-t border-line pt-4">
      <FormAlert state={state} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <p className="mb-2 text-center text-xs text-muted">{t("orContinueWith")}</p>
      <div className="grid gap-2 sm:grid-cols-2">
        {enabled.map((provider) => (
          <button key={provider} type="submit" name="provider" value={provider} className={buttonStyles.secondary}>
            {t(provider)}
          </button>
        ))}
      </div>
    </form>
  );
}
