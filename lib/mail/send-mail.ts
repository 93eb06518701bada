import "server-only";
import { env } from "../env";
import { mailTransport } from "./transport";

export type Mail = { to: string; subject: string; text: string; html?: string };

export async function sendMail(mail: Mail): Promise<void> {
  const { MAIL_FROM: from, SMTP_URL } = env();
  const info = await mailTransport().sendMail({ from, ...mail });
  if (!SMTP_URL) console.log(`[mail] to=${mail.to} subject=${JSON.stringify(mail.subject)}\n${mail.text}`);
  else if (info.rejected.length) throw new Error(`SMTP rejected ${info.rejected.length} recipient(s)`);
}
