import type { ReactNode } from "react";

export function Panel({ title, id, children, intro }: { title: string; id: string; children: ReactNode; intro?: string }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-line bg-white shadow-xs">
      <div className="border-b border-line px-4 py-3">
        <h2 id={id} className="text-sm font-semibold">
          {title}
        </h2>
        {intro ? <p className="mt-0.5 text-xs text-muted">{intro}</p> : null}
      </div>
      <div className="p-4">{children}</div>
    </section>
  );
}
