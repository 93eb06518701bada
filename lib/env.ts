import { z } from "zod";

const optional = z
  .string()
  .optional()
  .transform((v) => v || undefined);

const EnvSchema = z.object({
  DATABASE_URL: optional,
  PORT: z.coerce.number().int().positive().default(3000),
  SITE_URL: optional.pipe(z.url().optional()),
  SMTP_URL: optional,
  MAIL_FROM: z.string().default("Peerdesk <no-reply@peerdesk.local>"),
  AUTH_GITHUB_ID: optional,
  AUTH_GITHUB_SECRET: optional,
  AUTH_GOOGLE_ID: optional,
  AUTH_GOOGLE_SECRET: optional,
  TRUST_PROXY: z.enum(["true", "false"]).default("true"),
  PEERDESK_WORKER: z.enum(["on", "off"]).default("on"),
  PAGE_CACHE: z.enum(["on", "off"]).default("on"),
  PAGE_CACHE_TTL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
});

export type Env = z.infer<typeof EnvSchema>;

// Read on each call (tests change process.env); a bad value fails loudly with the variable's name.
export function env(): Env {
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export function siteUrl(): string {
  const e = env();
  return e.SITE_URL ?? `http://localhost:${e.PORT}`;
}
