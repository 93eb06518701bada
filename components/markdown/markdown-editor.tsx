"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { FieldErrors, inputClass } from "@/components/ui/field";
import { Markdown } from "./markdown";

type Props = {
  name: string;
  label: string;
  hint?: string;
  defaultValue?: string;
  errors?: string[];
  rows?: number;
  onChange?: (value: string) => void;
  value?: string;
};

// A textarea with a live preview rendered by the same Markdown component the page uses.
export function MarkdownEditor({ name, label, hint, defaultValue = "", errors, rows = 8, onChange, value }: Props) {
  const t = useTranslations("ask");
  const id = useId();
  const [text, setText] = useState(defaultValue);
  const current = value ?? text;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <div className="grid gap-3 lg:grid-cols-2">
        <textarea
          id={id}
          name={name}
          rows={rows}
          value={current}
          onChange={(e) => {
            setText(e.target.value);
            onChange?.(e.target.value);
          }}
          className={`${inputClass} font-mono text-[13px] leading-relaxed`}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={`${id}-hint ${id}-error`}
        />
        <section aria-label={t("preview")} className="min-h-24 overflow-hidden rounded-md border border-dashed border-line bg-white p-3">
          <p className="mb-2 text-xs font-semibold uppercase tracking-wide text-muted">{t("preview")}</p>
          {current.trim() ? <Markdown source={current} highlight={false} remember={false} /> : <p className="text-sm text-muted">{t("previewEmpty")}</p>}
        </section>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}
