import type { ActionState } from "@/lib/actions/action-state";

export function FormAlert({ state }: { state: ActionState }) {
  if (!state.message) return null;
  const ok = state.status === "ok";
  return (
    <p
      role={ok ? "status" : "alert"}
      className={`rounded-md border px-3 py-2 text-sm ${ok ? "border-green-200 bg-green-50 text-green-800" : "border-red-200 bg-red-50 text-danger"}`}
    >
      <span aria-hidden className="mr-1.5">
        {ok ? "✓" : "!"}
      </span>
      {state.message}
    </p>
  );
}
