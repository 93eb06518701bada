import { describe, expect, it } from "vitest";
import { cacheableRequest, RENDER_HEADER } from "./cacheable-request";

function requestFor(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  return new Request(`http://localhost:3000${path}`, init);
}

describe("cacheableRequest", () => {
  it("keys a visitor's thread page by build, path and normalised order and page", () => {
    const target = cacheableRequest(requestFor("/es/b/telvia/q/12/router-drops-wifi?page=2&order=date"), "build-1");
    expect(target).toEqual({
      key: "build-1:/es/b/telvia/q/12/router-drops-wifi?order=date&page=2",
      questionId: 12,
      pathAndQuery: "/es/b/telvia/q/12/router-drops-wifi?order=date&page=2",
    });
  });

  it("keys a thread without a slug or parameters", () => {
    expect(cacheableRequest(requestFor("/en/b/telvia/q/7"), "b")?.key).toBe("b:/en/b/telvia/q/7");
  });

  it.each([
    ["a signed-in member", requestFor("/es/b/telvia/q/12/x", { headers: { cookie: "authjs.session-token=abc" } })],
    ["a signed-in member over https", requestFor("/es/b/telvia/q/12/x", { headers: { cookie: "__Secure-authjs.session-token.0=abc" } })],
    ["a client-side navigation", requestFor("/es/b/telvia/q/12/x", { headers: { rsc: "1" } })],
    ["a prefetch", requestFor("/es/b/telvia/q/12/x", { headers: { "next-router-prefetch": "1" } })],
    ["a server action", requestFor("/es/b/telvia/q/12/x", { method: "POST", headers: { "next-action": "abc" } })],
    ["a form post", requestFor("/es/b/telvia/q/12/x", { method: "POST" })],
    ["the cache's own render", requestFor("/es/b/telvia/q/12/x", { headers: { [RENDER_HEADER]: "1" } })],
    ["another page", requestFor("/es/b/telvia")],
    ["an unknown language", requestFor("/fr/b/telvia/q/12/x")],
    ["an unknown parameter", requestFor("/es/b/telvia/q/12/x?utm_source=mail")],
    ["an unknown order", requestFor("/es/b/telvia/q/12/x?order=random")],
    ["a page that is not a number", requestFor("/es/b/telvia/q/12/x?page=2abc")],
    ["a question id that is not a number", requestFor("/es/b/telvia/q/abc/x")],
  ])("is not cached for %s", (_, request) => {
    expect(cacheableRequest(request, "b")).toBeNull();
  });

  it("keeps visitors' unrelated cookies cacheable", () => {
    expect(cacheableRequest(requestFor("/es/b/telvia/q/12/x", { headers: { cookie: "NEXT_LOCALE=es" } }), "b")).not.toBeNull();
  });
});
