"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { MarkdownEditor } from "@/components/markdown/markdown-editor";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { LocaleSelect } from "@/components/ui/locale-select";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/action-state";
import type { FormAction } from "@/lib/actions/form-action";

type Props = { action: FormAction; brandId: string; locale: string; idempotencyKey: string; categories: { id: string; name: string }[] };
type Draft = { title: string; body: string; tags: string };

// The draft lives in this browser only, keyed by brand, and survives a reload or a crash of the tab.
function useDraft(key: string, initial: Draft) {
  const [draft, setDraft] = useState<Draft>(initial);
  const [restored, setRestored] = useState(false);
  const loaded = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: restore once per brand, not whenever the initial values change
  useEffect(() => {
    const saved = window.localStorage.getItem(key);
    if (saved && !initial.title && !initial.body) {
      try {
        const parsed = JSON.parse(saved) as Draft;
        if (parsed.title || parsed.body || parsed.tags) {
          setDraft(parsed);
          setRestored(true);
        }
      } catch {}
    }
    loaded.current = true;
  }, [key]);
  useEffect(() => {
    if (!loaded.current) return;
    const timer = window.setTimeout(() => window.localStorage.setItem(key, JSON.stringify(draft)), 300);
    return () => window.clearTimeout(timer);
  }, [key, draft]);
  const clear = () => {
    window.localStorage.removeItem(key);
    setDraft({ title: "", body: "", tags: "" });
    setRestored(false);
  };
  return { draft, setDraft, restored, clear };
}

export function AskForm({ action, brandId, locale, idempotencyKey, categories }: Props) {
  const t = useTranslations("ask");
  const [state, formAction] = useActionState(action, IDLE);
  const returned = state.status === "error" ? state.values : undefined;
  const { draft, setDraft, restored, clear } = useDraft(`peerdesk:draft:ask:${brandId}`, {
    title: returned?.title ?? "",
    body: returned?.body ?? "",
    tags: returned?.tags ?? "",
  });
  const e = state.fieldErrors ?? {};
  // After a failed submit the server hands back what was typed: it wins over the stored draft.
  useEffect(() => {
    if (state.status === "error" && state.values) setDraft({ title: state.values.title ?? "", body: state.values.body ?? "", tags: state.values.tags ?? "" });
  }, [state, setDraft]);
  return (
    <form action={formAction} onSubmit={() => window.localStorage.removeItem(`peerdesk:draft:ask:${brandId}`)} className="space-y-5" noValidate>
      <FormAlert state={state} />
      {restored ? (
        <p role="status" className="flex flex-wrap items-center gap-2 rounded-md border border-line bg-gray-50 px-3 py-2 text-sm text-muted">
          {t("draftRestored")}
          <button type="button" onClick={clear} className="text-[var(--brand)] underline">
            {t("discardDraft")}
          </button>
        </p>
      ) : null}
      <input type="hidden" name="brandId" value={brandId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <Field
        label={t("titleLabel")}
        name="title"
        hint={t("titleHint")}
        value={draft.title}
        onChange={(ev) => setDraft({ ...draft, title: ev.target.value })}
        maxLength={300}
        errors={e.title}
        required
      />
      <MarkdownEditor
        name="body"
        label={t("bodyLabel")}
        hint={t("bodyHint")}
        value={draft.body}
        onChange={(body) => setDraft({ ...draft, body })}
        errors={e.body}
        rows={12}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          label={t("tagsLabel")}
          name="tags"
          hint={t("tagsHint")}
          value={draft.tags}
          onChange={(ev) => setDraft({ ...draft, tags: ev.target.value })}
          errors={e.tags}
        />
        <Select
          label={t("categoryLabel")}
          name="categoryId"
          defaultValue={state.values?.categoryId ?? ""}
          errors={e.categoryId}
          options={[{ value: "", label: t("noCategory") }, ...categories.map((c) => ({ value: c.id, label: c.name }))]}
        />
        <LocaleSelect label={t("languageLabel")} name="locale" defaultValue={state.values?.locale ?? locale} />
      </div>
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
