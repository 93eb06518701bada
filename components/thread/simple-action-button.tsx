"use client";

import type { ReactNode } from "react";
import { useActionState } from "react";
import { type ButtonVariant, buttonStyles } from "@/components/ui/button-styles";
import { IDLE } from "@/lib/actions/action-state";
import type { FormAction } from "@/lib/actions/form-action";

type Props = {
  action: FormAction;
  fields: Record<string, string | number>;
  children: ReactNode;
  variant?: ButtonVariant | "quiet";
  pressed?: boolean;
  /** Extra help, read after the button's own words (a tooltip on hover). */
  hint?: string;
};

const quiet = "inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs text-muted hover:bg-gray-100 hover:text-ink disabled:opacity-50";

// One button that posts a few hidden fields to a server action and shows the error, if any, beside it.
export function SimpleActionButton({ action, fields, children, variant = "quiet", pressed, hint }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {/* aria-disabled, not disabled, while pending: a disabled button drops keyboard focus to the page. */}
      <button
        type="submit"
        aria-disabled={pending || undefined}
        onClick={(event) => {
          if (pending) event.preventDefault();
        }}
        aria-pressed={pressed}
        title={hint}
        className={`${variant === "quiet" ? quiet : buttonStyles[variant]} aria-disabled:opacity-50`}
      >
        {children}
      </button>
      {state.status === "error" ? (
        <span role="alert" className="text-xs text-danger">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
