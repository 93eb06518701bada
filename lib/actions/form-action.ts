import type { ActionState } from "@/lib/actions/action-state";

export type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;
