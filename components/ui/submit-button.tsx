"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { type ButtonVariant, buttonStyles } from "./button-styles";

export function SubmitButton({ children, variant = "primary", name, value }: { children: ReactNode; variant?: ButtonVariant; name?: string; value?: string }) {
  const { pending } = useFormStatus();
  return (
    // aria-disabled rather than disabled while pending: a disabled button drops keyboard focus to the page body.
    <button
      type="submit"
      className={`${buttonStyles[variant]} aria-disabled:cursor-wait aria-disabled:opacity-60`}
      aria-disabled={pending || undefined}
      onClick={(e) => {
        if (pending) e.preventDefault();
      }}
      name={name}
      value={value}
    >
      {pending ? <span aria-hidden className="size-3 animate-spin rounded-full border-2 border-current border-t-transparent" /> : null}
      {children}
    </button>
  );
}
