import { Link } from "@/lib/i18n/navigation";

export function TagLink({ brandSlug, tag }: { brandSlug: string; tag: string }) {
  return (
    <Link
      href={`/b/${brandSlug}?tag=${encodeURIComponent(tag)}`}
      className="inline-block rounded bg-gray-100 px-1.5 py-0.5 text-xs font-medium text-gray-700 hover:bg-gray-200"
    >
      {tag}
    </Link>
  );
}
