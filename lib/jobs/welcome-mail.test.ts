import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeDb, getDb } from "../../db/client";
import en from "../../messages/en.json";
import es from "../../messages/es.json";
import { siteUrl } from "../env";
import { resetMailTransport } from "../mail/transport";
import { ANONYMOUS } from "../permissions/viewer";
import { makeUser } from "../testing/factories";
import { parseMail } from "../testing/mail-message";
import { type ReceivedMail, startSmtpSink } from "../testing/smtp-sink";
import { inRollback } from "../testing/test-db";
import { signUp } from "../users/sign-up";
import { handleWelcomeMail } from "./handlers";
import { startWorker } from "./worker";

const CATALOGUES = { es: es.mail.welcome, en: en.mail.welcome };

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
const previousSmtpUrl = process.env.SMTP_URL;

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  resetMailTransport();
});

afterAll(async () => {
  if (previousSmtpUrl === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = previousSmtpUrl;
  resetMailTransport();
  await sink?.stop();
});

const mailTo = (address: string): ReceivedMail[] => sink.messages.filter((m) => m.to.includes(address));

describe("welcome mail", () => {
  it.each(["es", "en"] as const)("reaches a member whose language is %s over SMTP, in that language", async (locale) => {
    await inRollback(async (tx) => {
      const user = await makeUser(tx, { locale, name: "Zoë Ñandú" });
      await handleWelcomeMail(tx, { userId: user.id });

      const received = mailTo(user.email);
      expect(received).toHaveLength(1);
      const mail = parseMail(received[0]!.raw);
      const messages = CATALOGUES[locale];
      expect(mail.subject).toBe(messages.subject);
      expect(mail.headers.get("to")).toContain(user.email);
      expect(mail.text).toContain(messages.greeting.replace("{name}", "Zoë Ñandú"));
      expect(mail.text).toContain(messages.body);
      expect(mail.text).toContain(`${siteUrl()}/${locale}`);
    });
  });

  it("sends nothing for a member who no longer exists", async () => {
    const before = sink.messages.length;
    await inRollback((tx) => handleWelcomeMail(tx, { userId: randomUUID() }));
    expect(sink.messages.length).toBe(before);
  });
});

describe("job worker", () => {
  // Committed on purpose: the worker only sees jobs another connection committed. The user stays (unique email).
  it("picks up the welcome job enqueued by a sign-up and sends the mail", { timeout: 30_000 }, async () => {
    const databaseUrl = inject("databaseUrl");
    // The worker and a ctx without db both use getDb(), which reads DATABASE_URL.
    process.env.DATABASE_URL = databaseUrl;
    const boss = await startWorker(databaseUrl);
    try {
      const email = `worker-${randomUUID().slice(0, 8)}@example.test`;
      await signUp({ ctx: { viewer: ANONYMOUS }, input: { name: "Worker Test", email, password: "una frase larga y segura", locale: "en" } });

      const deadline = Date.now() + 15_000;
      while (mailTo(email).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));

      const received = mailTo(email);
      expect(received).toHaveLength(1);
      expect(parseMail(received[0]!.raw).subject).toBe(en.mail.welcome.subject);
    } finally {
      await boss.stop({ graceful: false, wait: true });
      await closeDb(getDb());
    }
  });
});
