import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../env";

let transport: Transporter | null = null;

// SMTP_URL picks a real server; without it mail is printed to the log (development).
export function mailTransport(): Transporter {
  if (transport) return transport;
  const url = env().SMTP_URL;
  transport = url ? nodemailer.createTransport(url) : nodemailer.createTransport({ jsonTransport: true });
  return transport;
}

export function resetMailTransport(): void {
  transport = null;
}
