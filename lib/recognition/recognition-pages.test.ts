import { NextIntlClientProvider } from "next-intl";
import { createElement, type ReactNode } from "react";
import { renderToReadableStream } from "react-dom/server";
import { createFormatter, createTranslator } from "use-intl/core";
import { beforeAll, describe, expect, it, vi } from "vitest";
import en from "../../messages/en.json";
import es from "../../messages/es.json";
import type { Viewer } from "../permissions/viewer";

// The pages run here outside Next: its request-bound helpers are replaced by what a request would give them.
const request = vi.hoisted(() => ({ locale: "en" as "en" | "es", viewer: null as Viewer | null, db: null as unknown }));
const CATALOGUES = { en, es };

vi.mock("next-intl/server", () => ({
  getTranslations: async (arg?: string | { namespace?: string }) =>
    createTranslator({ locale: request.locale, messages: CATALOGUES[request.locale], namespace: (typeof arg === "string" ? arg : arg?.namespace) as never }),
  getFormatter: async () => createFormatter({ locale: request.locale, timeZone: "UTC" }),
  setRequestLocale: () => {},
}));
vi.mock("../i18n/navigation", async () => {
  const { createElement } = await import("react");
  return { Link: ({ href, ...rest }: { href: string }) => createElement("a", { ...rest, href: `/${request.locale}${href}` }) };
});
vi.mock("../auth/get-viewer", () => ({ getViewer: async () => request.viewer }));
vi.mock("../../db/client", async (original) => ({ ...(await original<object>()), getDb: () => request.db }));

const { testDb } = await import("../testing/test-db");
const { makeBrand, makeUser, viewerOf } = await import("../testing/factories");
const { insertAnsweredQuestion, insertLedgerEvent } = await import("../testing/recognition");
const { evaluateBadges } = await import("../badges/evaluate-badges");
const { ANONYMOUS } = await import("../permissions/viewer");
const { reputationTotals } = await import("../../db/schema");

// Typed without children, which createElement passes as its third argument.
const Provider = NextIntlClientProvider as unknown as (props: { locale: string; messages: unknown; timeZone: string }) => ReactNode;

async function html(node: ReactNode): Promise<string> {
  const stream = await renderToReadableStream(createElement(Provider, { locale: request.locale, messages: CATALOGUES[request.locale], timeZone: "UTC" }, node));
  await stream.allReady;
  return new Response(stream).text();
}

const params = <T extends object>(value: T) => Promise.resolve(value);

let world: Awaited<ReturnType<typeof makeWorld>>;

async function makeWorld() {
  const db = testDb();
  request.db = db;
  const brand = await makeBrand(db, { name: "Marca Ñandú" });
  const [asker, helper, staff] = await Promise.all([makeUser(db), makeUser(db, { name: "Zoë Pérez" }), makeUser(db)]);
  await insertAnsweredQuestion(db, { brand, asker, answerer: helper, locale: "es", minutesLater: 20, accepted: true, score: 12 });
  await insertAnsweredQuestion(db, { brand, asker, answerer: helper, locale: "en", verifiedBy: staff });
  const day = Date.now() - 3 * 86_400_000;
  await insertLedgerEvent(db, { user: helper, brand, amount: 15, at: new Date(day), reason: "answer_accepted" });
  await insertLedgerEvent(db, { user: helper, brand, amount: 25, at: new Date(day + 86_400_000), reason: "answer_verified" });
  await db.insert(reputationTotals).values({ userId: helper.id, brandId: brand.id, total: 41 });
  await evaluateBadges(db, helper.id, brand.id);
  return { db, brand, asker, helper };
}

beforeAll(async () => {
  world = await makeWorld();
});

describe("the recognition pages render from real data", () => {
  it.each(["en", "es"] as const)("the public profile (%s), to a visitor", async (locale) => {
    request.locale = locale;
    request.viewer = ANONYMOUS;
    const { default: ProfilePage, generateMetadata } = await import("../../app/[locale]/u/[handle]/page");
    const out = await html(await ProfilePage({ params: params({ locale, handle: world.helper.handle.toUpperCase() }) }));
    const t = CATALOGUES[locale].profile;
    expect(out).toContain("Zoë Pérez");
    expect(out).toContain("Marca Ñandú");
    expect(out).toContain(t.levels.newcomer);
    expect(out).toContain(CATALOGUES[locale].badges.catalogue["quick-helper"].name);
    expect(out).toContain('role="img"');
    expect(out).toContain(`/${locale}/u/${world.helper.handle}/reputation`);
    expect(out).not.toContain('data-testid="profile-settings"');
    expect(out).not.toContain('data-testid="unlocks-next"');
    const meta = await generateMetadata({ params: params({ locale, handle: world.helper.handle }) });
    expect(meta.robots).toBeUndefined();
  });

  it("the own profile shows the setting and what unlocks next", async () => {
    request.locale = "es";
    request.viewer = await viewerOf(world.db, world.helper);
    const { default: ProfilePage } = await import("../../app/[locale]/u/[handle]/page");
    const out = await html(await ProfilePage({ params: params({ locale: "es", handle: world.helper.handle }) }));
    expect(out).toContain('data-testid="profile-settings"');
    expect(out).toContain('data-testid="unlocks-next"');
    expect(out).toContain("Te faltan");
  });

  it("an unknown member is a 404", async () => {
    request.viewer = ANONYMOUS;
    const { default: ProfilePage } = await import("../../app/[locale]/u/[handle]/page");
    await expect(ProfilePage({ params: params({ locale: "en", handle: "nobody-here-%" }) })).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });

  it.each(["en", "es"] as const)("the leaderboards and the badges page (%s)", async (locale) => {
    request.locale = locale;
    request.viewer = ANONYMOUS;
    const { default: SiteLeaderboardPage } = await import("../../app/[locale]/leaderboard/page");
    const { default: BrandLeaderboardPage } = await import("../../app/[locale]/b/[brand]/leaderboard/page");
    const { default: BadgesPage } = await import("../../app/[locale]/badges/page");
    const site = await html(await SiteLeaderboardPage({ params: params({ locale }), searchParams: params({ period: "all", by: "verified" }) }));
    expect(site).toContain(CATALOGUES[locale].leaderboard.metrics.verified);
    const brand = await html(await BrandLeaderboardPage({ params: params({ locale, brand: world.brand.slug }), searchParams: params({ period: "week" }) }));
    expect(brand).toContain("Zoë Pérez");
    expect(brand).toContain("+40");
    const badges = await html(await BadgesPage({ params: params({ locale }) }));
    expect(badges).toContain(CATALOGUES[locale].badges.catalogue.pillar.name);
    expect(badges).toContain(`/${locale}/u/${world.helper.handle}`);
  });
});
