import type { ReactNode, SelectHTMLAttributes } from "react";
import { FieldErrors, inputClass } from "./field";

type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: ReactNode;
  name: string;
  options: { value: string; label: string }[];
  errors?: string[];
};

export function Select({ label, name, options, errors, id, ...select }: SelectProps) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div>
      <label htmlFor={fieldId} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <select id={fieldId} name={name} className={inputClass} aria-invalid={errors?.length ? true : undefined} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldErrors id={`${fieldId}-error`} errors={errors} />
    </div>
  );
}
