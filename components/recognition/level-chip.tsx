import { getTranslations } from "next-intl/server";
import { levelFor, levelRank } from "@/lib/recognition/levels";

const TONES = [
  "bg-gray-50 text-gray-700 ring-gray-200",
  "bg-sky-50 text-sky-800 ring-sky-200",
  "bg-violet-50 text-violet-800 ring-violet-200",
  "bg-amber-50 text-amber-900 ring-amber-300",
];

// Filled steps say the level's rank without relying on colour; the word says its name.
export async function LevelChip({ reputation, brandName }: { reputation: number; brandName?: string }) {
  const t = await getTranslations("profile");
  const level = levelFor(reputation);
  const rank = levelRank(level.slug);
  const name = t(`levels.${level.slug}`);
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${TONES[rank]}`}
      title={brandName ? t("levelIn", { level: name, brand: brandName }) : undefined}
    >
      <svg aria-hidden width="12" height="12" viewBox="0 0 12 12" className="shrink-0">
        {[0, 1, 2, 3].map((i) => (
          <rect key={i} x={i * 3} y={9 - i * 3} width="2.2" height={3 + i * 3} rx="0.5" fill="currentColor" opacity={i <= rank ? 1 : 0.25} />
        ))}
      </svg>
      {name}
      {brandName ? <span className="sr-only"> ({brandName})</span> : null}
    </span>
  );
}
