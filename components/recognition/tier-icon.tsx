import type { BadgeTier } from "@/lib/reputation/constants";

const FILL: Record<BadgeTier, string> = { bronze: "#b0713a", silver: "#8a949e", gold: "#c99a06" };

// Each tier has its own shape as well as its colour: circle, diamond, star.
export function TierIcon({ tier, size = 14 }: { tier: BadgeTier; size?: number }) {
  return (
    <svg aria-hidden width={size} height={size} viewBox="0 0 16 16" className="shrink-0">
      {tier === "bronze" ? <circle cx="8" cy="8" r="6" fill={FILL.bronze} /> : null}
      {tier === "silver" ? <path d="M8 1.5 14.5 8 8 14.5 1.5 8z" fill={FILL.silver} /> : null}
      {tier === "gold" ? <path d="m8 1 2.1 4.4 4.8.6-3.5 3.3.9 4.7L8 11.7 3.7 14l.9-4.7L1.1 6l4.8-.6z" fill={FILL.gold} /> : null}
    </svg>
  );
}
