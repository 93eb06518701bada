import type { ReactNode, TextareaHTMLAttributes } from "react";
import { FieldErrors, inputClass } from "./field";

type TextareaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: ReactNode;
  name: string;
  errors?: string[];
};

export function Textarea({ label, name, errors, id, ...area }: TextareaProps) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div>
      <label htmlFor={fieldId} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <textarea id={fieldId} name={name} rows={3} className={inputClass} aria-invalid={errors?.length ? true : undefined} {...area} />
      <FieldErrors id={`${fieldId}-error`} errors={errors} />
    </div>
  );
}
