import "server-only";
import { mailTransport } from "./transport";

export type Mail = { to: string; subject: string; text: string; html?: string };

export async function sendMail(mail: Mail): Promise<void> {
  const from = process.env.MAIL_FROM ?? "Peerdesk <no-reply@peerdesk.local>";
  const info = await mailTransport().sendMail({ from, ...mail });
  if (!process.env.SMTP_URL) console.log(`[mail] to=${mail.to} subject=${JSON.stringify(mail.subject)}\n${mail.text}`);
  else if (info.rejected.length) throw new Error(`SMTP rejected ${info.rejected.length} recipient(s)`);
}
