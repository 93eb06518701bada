import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { hostileBody, NAUGHTY_STRINGS, XSS_PAYLOADS } from "./support/hostile-text";
import { horizontalOverflow } from "./support/layout";
import { escapeRegExp, messages } from "./support/messages";

const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

test.describe("the ask form refuses bad input and keeps what was typed", () => {
  test.use({ role: "member" });

  const t = messages("es");
  const valid = { title: "El router se reinicia solo cada pocas horas", body: "Pasa desde la **última actualización**.", tags: "router, wifi" };
  const cases = [
    { name: "a 10-character title", input: { ...valid, title: "Router mal" }, field: "title", message: t.validation.title_too_short },
    { name: "six tags", input: { ...valid, tags: "router, wifi, fibra, factura, portabilidad, sim" }, field: "tags", message: t.validation.tags_too_many },
    { name: "an empty body", input: { ...valid, body: "" }, field: "body", message: t.validation.body_required },
  ] as const;

  for (const { name, input, field, message } of cases) {
    test(`${name} → the catalogue's message at the field`, async ({ page, askPage }) => {
      await askPage.goto("telvia", "es");
      await askPage.ask(input);

      await expect(askPage.alert).toContainText(t.errors.validation);
      await askPage.expectFieldError(askPage[field], message);
      await expect(page).toHaveURL(/\/es\/b\/telvia\/ask$/);
      // Everything typed is still there, the faulty field included.
      await expect(askPage.title).toHaveValue(input.title);
      await expect(askPage.body).toHaveValue(input.body);
      await expect(askPage.tags).toHaveValue(input.tags);
      for (const other of (["title", "body", "tags"] as const).filter((f) => f !== field)) {
        await expect(askPage[other]).not.toHaveAttribute("aria-invalid", "true");
      }
    });
  }
});

// Whatever a member writes is shown as text: nothing runs, no dialog opens, no javascript: link is made.
async function expectInert(page: Page, dialogs: string[], bodies: Locator[]): Promise<void> {
  expect(dialogs, "a dialog opened").toEqual([]);
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  await expect(page.locator("[onerror], [onload], [onfocus]")).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i], [src^="javascript:" i]')).toHaveCount(0);
  // Member text reaches scripts only as data: the JSON-LD and Next's page payload, both with "<" escaped.
  const carriers = await page.locator("script").evaluateAll((scripts) =>
    scripts
      .filter((s) => s.textContent?.includes("__xss"))
      .map((s) => ({
        data: s.getAttribute("type") === "application/ld+json" || /^\s*self\.__next_f\.push\(/.test(s.textContent ?? ""),
        rawTag: /<(script|img)/i.test(s.textContent ?? ""),
      })),
  );
  expect(carriers.length, "the JSON-LD carries the title").toBeGreaterThan(0);
  for (const carrier of carriers) expect(carrier).toEqual({ data: true, rawTag: false });
  for (const body of bodies) {
    await expect(body.locator("script, img, iframe, svg")).toHaveCount(0);
    await expect(body).toContainText(XSS_PAYLOADS.script);
    await expect(body).toContainText(XSS_PAYLOADS.img);
    // The javascript: link keeps its words but loses its target.
    await expect(body.getByText("click", { exact: true })).toBeVisible();
    for (const text of NAUGHTY_STRINGS) await expect(body).toContainText(text);
  }
  // Long words, RTL runs and emoji wrap inside the post at phone and desktop widths alike.
  const viewport = page.viewportSize();
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const overflow = await horizontalOverflow(page);
    expect(overflow.by, `member text pushes the page sideways at ${width}px: ${overflow.culprits.join("; ")}`).toBeLessThanOrEqual(0);
  }
  if (viewport) await page.setViewportSize(viewport);
}

test.describe("hostile text in a question and an answer", () => {
  test("is shown literally and never runs; an answer sent twice is posted once", async ({ newMember }) => {
    const member = await newMember("es");
    const { page, askPage, threadPage } = member;
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    const title = `${XSS_PAYLOADS.script} 👩🏽 ثم نفس سقطت ${stamp()}`;
    await askPage.goto("telvia", "es");
    // Existing tags of the brand: a new member may not create tags yet.
    await askPage.askAndLand({ title, body: hostileBody(), tags: "seguridad, <Router/>" });
    await expect(threadPage.heading).toHaveText(title);
    // Tags keep letters and digits only.
    expect((await threadPage.tagList.getByRole("listitem").allTextContents()).sort()).toEqual(["router", "seguridad"]);

    const answer = hostileBody(`Respuesta ${stamp()}`);
    const key = await threadPage.answerForm.locator('input[name="idempotencyKey"]').inputValue();
    const submission = page.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"]));
    await threadPage.answer(answer, { doubleClick: true });
    await threadPage.expectAnswerCount(1);
    // The button disables itself, so the double click may send one request. The same submission again, twice at
    // once (a retry after a timeout racing a second tab), carries the same idempotency key and posts nothing new.
    const request = await submission;
    expect(request.postData()).toContain(key);
    const replies = await Promise.all([page.request.fetch(request), page.request.fetch(request)]);
    for (const reply of replies) expect(reply.status()).toBe(200);

    // A fresh load of the page, as anyone else would see it.
    await page.reload();
    await expect(threadPage.heading).toHaveText(title);
    await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(title)}`));
    await threadPage.expectAnswerCount(1);
    await expect(threadPage.answers).toHaveCount(1);
    await expectInert(page, dialogs, [threadPage.bodyOf(threadPage.question), threadPage.bodyOf(threadPage.answers.first())]);
  });
});
