import type { IncomingMessage, ServerResponse } from "node:http";
import { gunzipSync } from "node:zlib";
import type { CachedPage } from "./cached-thread-page";

const VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, accept-encoding";

// The stored gzip goes out as it is to every client that takes gzip, so a hit costs no compression.
export function sendCachedPage(req: IncomingMessage, res: ServerResponse, page: CachedPage): void {
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const body = gzip ? page.gzipped : gunzipSync(page.gzipped);
  res.writeHead(200, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
    vary: VARY,
    "x-peerdesk-cache": page.state,
    "content-length": body.length,
    ...(gzip ? { "content-encoding": "gzip" } : {}),
  });
  res.end(req.method === "HEAD" ? undefined : body);
}
