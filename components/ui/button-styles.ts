const base =
  "inline-flex items-center justify-center gap-1.5 rounded-md px-3.5 py-2 text-sm font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60";

export const buttonStyles = {
  primary: `${base} bg-[var(--brand)] text-white hover:brightness-110`,
  secondary: `${base} border border-line bg-white text-ink hover:bg-gray-50`,
  danger: `${base} border border-red-200 bg-white text-danger hover:bg-red-50`,
  link: "text-sm font-medium text-[var(--brand)] underline-offset-2 hover:underline",
} as const;

export type ButtonVariant = keyof typeof buttonStyles;
