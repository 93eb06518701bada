"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/action-state";
import type { FormAction } from "@/lib/actions/form-action";

// A plain form posting to a server action: it works before (and without) JavaScript.
export function ProfileSettingsForm({ userId, hidden, action }: { userId: string; hidden: boolean; action: FormAction }) {
  const t = useTranslations("profile");
  const [state, formAction] = useActionState(action, IDLE);
  const checked = state.status === "error" && state.values ? state.values.hideFromSearchEngines === "on" : hidden;
  return (
    <form action={formAction} className="space-y-3" data-testid="profile-settings">
      <FormAlert state={state} />
      <input type="hidden" name="userId" value={userId} />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="hideFromSearchEngines" defaultChecked={checked} key={String(checked)} className="mt-0.5 size-4" />
        <span>
          {t("hideFromSearchEngines")}
          <span className="block text-xs text-muted">{t("hideFromSearchEnginesHint")}</span>
        </span>
      </label>
      <SubmitButton variant="secondary">{t("saveSettings")}</SubmitButton>
    </form>
  );
}
