import { createServer } from "node:http";
import { resolve } from "node:path";

// `next start` with one layer in front: visitors' thread pages come straight from the shared page cache (decision 18).
(process.env as Record<string, string>).NODE_ENV ??= "production";
const { default: next } = await import("next");
// Loaded after Next has set up its server environment.
const { cachedThreadPage } = await import("../lib/page-cache/cached-thread-page");
const { sendCachedPage } = await import("../lib/page-cache/send-cached-page");
const { toWebRequest } = await import("../lib/page-cache/to-web-request");
const { flushViews } = await import("../lib/page-cache/view-buffer");
const { pageCacheDb } = await import("../lib/page-cache/page-cache-sql");
const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, dir: resolve(import.meta.dirname, ".."), port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer(async (req, res) => {
  try {
    // Only thread paths can be cached; every other request goes straight to Next.
    const page = req.method === "GET" && req.url?.includes("/q/") ? await cachedThreadPage(toWebRequest(req), String(port)) : null;
    if (page) return sendCachedPage(req, res, page);
  } catch (error) {
    console.error("[page-cache]", error instanceof Error ? error.message : error);
  }
  await handle(req, res);
});
server.listen(port, () => console.log(`✓ Ready on http://localhost:${port}`));

async function stop() {
  server.close();
  if (process.env.DATABASE_URL) await flushViews(pageCacheDb(process.env.DATABASE_URL));
  process.exit(0);
}
process.once("SIGTERM", () => void stop());
process.once("SIGINT", () => void stop());
