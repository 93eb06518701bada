import type { ReactNode } from "react";

export function AuthCard({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-md rounded-lg border border-line bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
      <p className="mt-1 text-sm text-muted">{intro}</p>
      <div className="mt-6">{children}</div>
    </div>
  );
}
