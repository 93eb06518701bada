const TONES: Record<string, string> = {
  admin: "bg-violet-50 text-violet-800 ring-violet-200",
  staff: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  agent: "bg-amber-50 text-amber-800 ring-amber-200",
  site_admin: "bg-gray-900 text-white ring-gray-900",
  recruiter: "bg-sky-50 text-sky-800 ring-sky-200",
};

export function RoleBadge({ role, label }: { role: string; label: string }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[role] ?? "bg-gray-50 text-gray-700 ring-gray-200"}`}
    >
      {label}
    </span>
  );
}
