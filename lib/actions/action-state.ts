export type ActionState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  // What the member typed, handed back so a failed form keeps it (passwords never).
  values?: Record<string, string>;
};

export const IDLE: ActionState = { status: "idle" };
