import { NextIntlClientProvider } from "next-intl";
import { createElement, type ReactNode } from "react";
import { renderToReadableStream } from "react-dom/server";
import { createFormatter, createTranslator } from "use-intl/core";
import { beforeAll, describe, expect, it, vi } from "vitest";
import en from "../../messages/en.json";
import es from "../../messages/es.json";
import type { Viewer } from "../permissions/viewer";

// The pages run outside Next here: its request-bound helpers are replaced by what a request would give them.
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
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));
vi.mock("../auth/get-viewer", () => ({ getViewer: async () => request.viewer }));
vi.mock("../../db/client", async (original) => ({ ...(await original<object>()), getDb: () => request.db }));

const { testDb } = await import("../testing/test-db");
const { ctxFor, makeBrand, makeUser, viewerOf } = await import("../testing/factories");
const { answerAs, askAs } = await import("../testing/qa");
const { giveReputation } = await import("../testing/reputation");
const { castVote } = await import("../votes/cast-vote");
const { acceptAnswer } = await import("../answers/accept-answer");
const { ANONYMOUS } = await import("../permissions/viewer");
const { DAILY_VOTE_CAP, PRIVILEGE_THRESHOLDS, REPUTATION_RULES } = await import("./rules");

const Provider = NextIntlClientProvider as unknown as (props: { locale: string; messages: unknown; timeZone: string }) => ReactNode;

async function html(node: ReactNode): Promise<string> {
  const stream = await renderToReadableStream(createElement(Provider, { locale: request.locale, messages: CATALOGUES[request.locale], timeZone: "UTC" }, node));
  await stream.allReady;
  return new Response(stream).text();
}

const params = <T extends object>(value: T) => Promise.resolve(value);
// How React writes text into HTML.
const escaped = (text: string) => text.replace(/&/g, "&amp;").replace(/'/g, "&#x27;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const at = (hour: number) => new Date(Date.UTC(2026, 10, 10, hour));
let world: Awaited<ReturnType<typeof makeWorld>>;

async function makeWorld() {
  const db = testDb();
  request.db = db;
  const brand = await makeBrand(db, { name: "Marca Ñandú" });
  const [asker, helper, fan, critic] = await Promise.all([
    makeUser(db),
    makeUser(db, { name: "Zoë Pérez" }),
    makeUser(db, { name: "Fan Fiel" }),
    makeUser(db, { name: "Crítico Secreto" }),
  ]);
  await giveReputation(db, critic, brand, 60);
  const { questionId } = await askAs(db, asker, brand, { title: "¿Cómo cambio el PIN de la SIM?" });
  const answerId = await answerAs(db, helper, questionId);
  await castVote({ ctx: await ctxFor(db, fan, { now: () => at(9) }), input: { postId: answerId, value: 1 } });
  await castVote({ ctx: await ctxFor(db, critic, { now: () => at(10) }), input: { postId: answerId, value: -1 } });
  await acceptAnswer({ ctx: await ctxFor(db, asker, { now: () => at(11) }), input: { postId: answerId } });
  await castVote({ ctx: await ctxFor(db, fan, { now: () => at(12) }), input: { postId: answerId, value: 0 } });
  return { db, brand, asker, helper, fan, critic, answerId };
}

beforeAll(async () => {
  world = await makeWorld();
});

describe("the reputation pages render from real data, in both languages", () => {
  it.each(["en", "es"] as const)("the help page (%s) shows every amount, the cap, the floor and every privilege from the rules", async (locale) => {
    request.locale = locale;
    request.viewer = ANONYMOUS;
    const { default: HelpPage } = await import("../../app/[locale]/help/reputation/page");
    const out = await html(await HelpPage({ params: params({ locale }) }));
    const t = CATALOGUES[locale];
    expect(out).toContain(escaped(t.help.reputation.title));
    for (const [reason, rule] of Object.entries(REPUTATION_RULES)) {
      expect(out).toContain(escaped(t.reputation.rules[reason as keyof typeof t.reputation.rules]));
      expect(out).toMatch(new RegExp(`data-testid="rule-${reason}"[\\s\\S]*?${rule.amount > 0 ? "\\+" : "-"}${Math.abs(rule.amount)}<`));
    }
    for (const [privilege, needed] of Object.entries(PRIVILEGE_THRESHOLDS)) {
      expect(out).toContain(escaped(t.reputation.privileges[privilege as keyof typeof t.reputation.privileges]));
      expect(out).toMatch(new RegExp(`data-testid="privilege-${privilege}"[\\s\\S]*?>${new Intl.NumberFormat(locale).format(needed)}<`));
    }
    expect(out).toContain(String(DAILY_VOTE_CAP));
  });

  it.each(["en", "es"] as const)("the history (%s) explains each change, names upvoters, never the downvoter, and pairs the reversal", async (locale) => {
    request.locale = locale;
    request.viewer = ANONYMOUS;
    const { default: HistoryPage, generateMetadata } = await import("../../app/[locale]/u/[handle]/reputation/page");
    const out = await html(await HistoryPage({ params: params({ locale, handle: world.helper.handle }), searchParams: params({}) }));
    const t = CATALOGUES[locale].reputation;
    expect(out).toContain(escaped(t.events.answer_upvoted));
    expect(out).toContain(escaped(t.events.answer_accepted));
    expect(out).toContain(escaped(t.events.answer_downvoted));
    expect(out).toContain(escaped(t.reversals.answer_upvoted));
    expect(out).toContain("Fan Fiel");
    expect(out).not.toContain("Crítico Secreto");
    expect(out).toContain("Marca Ñandú");
    expect(out).toContain(`#rep-`);
    expect(out).toContain(`#post-${world.answerId}`);
    expect(out.match(/data-testid="reputation-event"/g)?.length).toBe(4);
    const meta = await generateMetadata({ params: params({ locale, handle: world.helper.handle }), searchParams: params({}) });
    expect(String(meta.title)).toContain("Zoë Pérez");
  });

  it("filters by brand, and is a 404 for an unknown member", async () => {
    request.locale = "en";
    request.viewer = await viewerOf(world.db as never, world.helper);
    const { default: HistoryPage } = await import("../../app/[locale]/u/[handle]/reputation/page");
    const other = await makeBrand(world.db as never);
    const out = await html(await HistoryPage({ params: params({ locale: "en", handle: world.helper.handle }), searchParams: params({ brand: other.slug }) }));
    // An unknown brand in the filter falls back to all brands.
    expect(out.match(/data-testid="reputation-event"/g)?.length).toBe(4);
    await expect(HistoryPage({ params: params({ locale: "en", handle: "nobody-by-this-handle" }), searchParams: params({}) })).rejects.toThrow(
      "NEXT_NOT_FOUND",
    );
  });
});
