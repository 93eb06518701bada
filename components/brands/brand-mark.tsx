export function BrandMark({ name, color, logoUrl, size = 40 }: { name: string; color: string; logoUrl?: string | null; size?: number }) {
  if (logoUrl) {
    // biome-ignore lint/performance/noImgElement: brand logos are arbitrary remote URLs, not optimisable assets
    return <img src={logoUrl} alt="" width={size} height={size} className="rounded-md object-contain" />;
  }
  return (
    <span
      aria-hidden
      className="grid shrink-0 place-items-center rounded-md font-semibold text-white"
      style={{ backgroundColor: color, width: size, height: size, fontSize: size * 0.42 }}
    >
      {name.slice(0, 1).toUpperCase()}
    </span>
  );
}
