import { BellIcon } from "@/components/ui/icons";
import { Link } from "@/lib/i18n/navigation";

export function NotificationBell({ count, label }: { count: number; label: string }) {
  return (
    <Link
      href="/notifications"
      aria-label={label}
      title={label}
      className="relative grid size-9 place-items-center rounded-md text-muted hover:bg-gray-100 hover:text-ink"
    >
      <BellIcon width={18} height={18} />
      {count > 0 ? (
        <span
          aria-hidden
          className="absolute -right-0.5 -top-0.5 min-w-4 rounded-full bg-danger px-1 text-center text-[10px] font-semibold leading-4 text-white"
        >
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}
