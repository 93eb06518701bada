export const RENDER_HEADER = "x-peerdesk-render";

const THREAD_PATH = /^\/(es|en)\/b\/[a-z0-9-]{1,64}\/q\/([1-9]\d{0,15})(?:\/[^/]{1,200})?$/i;
const ORDERS = new Set(["votes", "date"]);

export type CacheableRequest = { key: string; questionId: number; pathAndQuery: string };

// Only a visitor's plain GET of a thread page, with no parameters but order and page, shares one cached copy.
export function cacheableRequest(request: Request, buildId: string): CacheableRequest | null {
  if (request.method !== "GET" || request.headers.has(RENDER_HEADER)) return null;
  if (request.headers.has("rsc") || request.headers.has("next-action") || request.headers.has("next-router-prefetch")) return null;
  if (/(?:^|;)\s*[^=;]*session-token/.test(request.headers.get("cookie") ?? "")) return null;
  const url = new URL(request.url);
  const match = THREAD_PATH.exec(url.pathname);
  if (!match) return null;
  const params = url.searchParams;
  for (const name of params.keys()) if (name !== "order" && name !== "page") return null;
  const order = params.get("order");
  const page = params.get("page");
  if (order !== null && !ORDERS.has(order)) return null;
  if (page !== null && !/^[1-9]\d{0,5}$/.test(page)) return null;
  const query = new URLSearchParams();
  if (order) query.set("order", order);
  if (page) query.set("page", page);
  const search = query.size ? `?${query}` : "";
  const pathAndQuery = `${url.pathname}${search}`;
  return { key: `${buildId}:${pathAndQuery}`, questionId: Number(match[2]), pathAndQuery };
}
