import type { IncomingMessage } from "node:http";

// Only what the page cache reads: method, address and headers; the body is left to Next.
export function toWebRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  return new Request(new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`), { method: req.method === "HEAD" ? "HEAD" : "GET", headers });
}
