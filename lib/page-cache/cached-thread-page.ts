import { gzipSync } from "node:zlib";
import { clientIpFrom } from "../auth/client-ip";
import { env } from "../env";
import { viewerKeyOf } from "../questions/viewer-key";
import { currentBuildId } from "./build-id";
import { type CacheableRequest, cacheableRequest, RENDER_HEADER } from "./cacheable-request";
import { keepLocalCopy, localCopy } from "./local-copies";
import { pageCacheDb, pageCacheSql } from "./page-cache-sql";
import { lookUpCachedPage, storeCachedPage } from "./page-cache-store";
import { bufferView } from "./view-buffer";

let settings: ReturnType<typeof env> | undefined;
// Read once: a running server's settings do not change, and parsing them on every request costs time.
function pageCacheConfig() {
  settings ??= env();
  return settings;
}

// Concurrent misses of one page in this process wait for a single render instead of each starting one.
const rendering = new Map<string, Promise<Buffer | null>>();

export type CachedPage = { state: "hit" | "miss"; gzipped: Buffer };

// Anonymous thread pages come from the shared cache; members always get a fresh render.
export async function cachedThreadPage(request: Request, port: string): Promise<CachedPage | null> {
  const config = pageCacheConfig();
  const buildId = currentBuildId();
  if (config.PAGE_CACHE === "off" || !config.DATABASE_URL || !buildId || process.env.NODE_ENV !== "production") return null;
  const target = cacheableRequest(request, buildId);
  if (!target) return null;
  const sql = pageCacheSql(config.DATABASE_URL);
  const viewerKey = viewerKeyOf(null, clientIpFrom(request.headers), request.headers.get("user-agent"));
  bufferView(pageCacheDb(config.DATABASE_URL), target.questionId, viewerKey, new Date());

  const local = localCopy(target.key);
  const lookup = await lookUpCachedPage(sql, target.key, local?.version ?? null);
  if (local && lookup.version === local.version) return { state: "hit", gzipped: local.body };
  if (lookup.body && lookup.version) {
    keepLocalCopy(target.key, lookup.version, lookup.body);
    return { state: "hit", gzipped: lookup.body };
  }
  let pending = rendering.get(target.key);
  if (!pending) {
    pending = renderAndStore(request, target, lookup.checkedAt, config.PAGE_CACHE_TTL_SECONDS, port).finally(() => rendering.delete(target.key));
    rendering.set(target.key, pending);
  }
  const gzipped = await pending;
  return gzipped ? { state: "miss", gzipped } : null;
}

async function renderAndStore(request: Request, target: CacheableRequest, renderStartedAt: Date, ttlSeconds: number, port: string): Promise<Buffer | null> {
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
