import { gunzipSync, gzipSync } from "node:zlib";
import { type NextRequest, NextResponse } from "next/server";
import { clientIpFrom } from "../auth/client-ip";
import { env } from "../env";
import { viewerKeyOf } from "../questions/viewer-key";
import { currentBuildId } from "./build-id";
import { type CacheableRequest, cacheableRequest, RENDER_HEADER } from "./cacheable-request";
import { pageCacheDb, pageCacheSql } from "./page-cache-sql";
import { lookUpCachedPage, storeCachedPage } from "./page-cache-store";
import { bufferView } from "./view-buffer";

const VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, accept-encoding";
// Concurrent misses of one page in this process wait for a single render instead of each starting one.
const rendering = new Map<string, Promise<Buffer | null>>();

// Anonymous thread pages come from the shared cache; members always get a fresh render.
export async function serveCachedThread(request: NextRequest): Promise<NextResponse | null> {
  const config = env();
  const buildId = currentBuildId();
  if (config.PAGE_CACHE === "off" || !config.DATABASE_URL || !buildId || process.env.NODE_ENV !== "production") return null;
  const target = cacheableRequest(request, buildId);
  if (!target) return null;
  const sql = pageCacheSql(config.DATABASE_URL);
  const viewerKey = viewerKeyOf(null, clientIpFrom(request.headers), request.headers.get("user-agent"));
  bufferView(pageCacheDb(config.DATABASE_URL), target.questionId, viewerKey, new Date());

  const lookup = await lookUpCachedPage(sql, target.key);
  let gzipped = lookup.body;
  let state = "hit";
  if (!gzipped) {
    state = "miss";
    let pending = rendering.get(target.key);
    if (!pending) {
      pending = renderAndStore(request, target, lookup.checkedAt, config.PAGE_CACHE_TTL_SECONDS, ownPort(request)).finally(() => rendering.delete(target.key));
      rendering.set(target.key, pending);
    }
    gzipped = await pending;
    if (!gzipped) return null;
  }
  const headers = new Headers({
    "content-type": "text/html; charset=utf-8",
    "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
    vary: VARY,
    "x-peerdesk-cache": state,
  });
  // Next drops a proxy response's own content-encoding and compresses the body itself, so it is handed over plain.
  return new NextResponse(new Uint8Array(gunzipSync(gzipped)), { status: 200, headers });
}

// `next start -p` does not always export PORT; the request's own port is the fallback.
function ownPort(request: NextRequest): string {
  return process.env.PORT || request.nextUrl.port || "3000";
}

async function renderAndStore(request: NextRequest, target: CacheableRequest, renderStartedAt: Date, ttlSeconds: number, port: string): Promise<Buffer | null> {
  const origin = process.env.PAGE_CACHE_ORIGIN ?? `http://127.0.0.1:${port}`;
  const response = await fetch(`${origin}${target.pathAndQuery}`, {
    headers: { [RENDER_HEADER]: "1", "user-agent": request.headers.get("user-agent") ?? "peerdesk-page-cache" },
    redirect: "manual",
  }).catch(() => null);
  if (!response) return null;
  if (response.status !== 200 || !response.headers.get("content-type")?.startsWith("text/html")) {
    await response.arrayBuffer();
    return null;
  }
  const body = gzipSync(Buffer.from(await response.arrayBuffer()));
  const sql = pageCacheSql(env().DATABASE_URL ?? "");
  await storeCachedPage(sql, { key: target.key, questionId: target.questionId, body, renderStartedAt, ttlSeconds }).catch(() => false);
  return body;
}
