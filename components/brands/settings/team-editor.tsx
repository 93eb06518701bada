"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Panel } from "@/components/ui/panel";
import { RoleBadge } from "@/components/ui/role-badge";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/action-state";
import type { FormAction } from "@/lib/actions/form-action";
import { GRANTABLE_BRAND_ROLES } from "@/lib/permissions/roles";

type TeamMember = { userId: string; name: string | null; email: string; handle: string; roles: string[] };
type Props = { brandId: string; team: TeamMember[]; grantAction: FormAction; revokeAction: FormAction };

function RevokeButton({ brandId, userId, role, revokeAction }: { brandId: string; userId: string; role: string; revokeAction: FormAction }) {
  const t = useTranslations("settings");
  const tr = useTranslations("roles");
  const [state, formAction] = useActionState(revokeAction, IDLE);
  return (
    <form action={formAction} className="inline">
      <input type="hidden" name="brandId" value={brandId} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="role" value={role} />
      <SubmitButton variant="link">{t("revoke", { role: tr(role) })}</SubmitButton>
      {state.status === "error" ? (
        <span role="alert" className="ml-2 text-xs text-danger">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}

export function TeamEditor({ brandId, team, grantAction, revokeAction }: Props) {
  const t = useTranslations("settings");
  const tr = useTranslations("roles");
  const [state, formAction] = useActionState(grantAction, IDLE);
  const v = state.status === "error" && state.values ? state.values : {};
  return (
    <Panel title={t("teamHeading")} id="team-heading" intro={t("teamIntro")}>
      <form action={formAction} className="space-y-3" noValidate>
        <FormAlert state={state} />
        <input type="hidden" name="brandId" value={brandId} />
        <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_10rem]">
          <Field label={t("memberEmail")} name="email" type="email" autoComplete="off" defaultValue={v.email} errors={state.fieldErrors?.email} />
          <Select
            label={t("role")}
            name="role"
            defaultValue={v.role ?? "staff"}
            errors={state.fieldErrors?.role}
            options={GRANTABLE_BRAND_ROLES.map((role) => ({ value: role, label: tr(role) }))}
          />
        </div>
        <SubmitButton>{t("grant")}</SubmitButton>
      </form>
      {team.length === 0 ? (
        <p className="mt-4 text-sm text-muted">{t("noTeam")}</p>
      ) : (
        <ul className="mt-4 divide-y divide-line border-t border-line" aria-label={t("teamHeading")}>
          {team.map((member) => (
            <li key={member.userId} className="py-3" data-testid="team-member">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{member.name ?? member.handle}</span>
                <span className="text-xs text-muted">{member.email}</span>
                {member.roles.map((role) => (
                  <RoleBadge key={role} role={role} label={tr(role)} />
                ))}
              </div>
              <div className="mt-1 flex flex-wrap gap-3">
                {member.roles.map((role) => (
                  <RevokeButton key={role} brandId={brandId} userId={member.userId} role={role} revokeAction={revokeAction} />
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
