import type { BrandRole, SiteRole } from "../../lib/permissions/roles";

export const DEMO_PASSWORD = "peerdesk-demo-2026";

export type DemoAccount = {
  role: string;
  email: string;
  name: string;
  locale: "es" | "en";
  siteRole?: SiteRole;
  brandRole?: { brand: string; role: BrandRole };
};

// One account per role, so every screen can be tried from the README.
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { role: "site admin", email: "admin@peerdesk.test", name: "Sofía Admin", locale: "es", siteRole: "site_admin" },
  { role: "recruiter", email: "recruiter@peerdesk.test", name: "Rachel Recruiter", locale: "en", siteRole: "recruiter" },
  { role: "brand admin (telvia)", email: "brandadmin@peerdesk.test", name: "Bruno Administrador", locale: "es", brandRole: { brand: "telvia", role: "admin" } },
  { role: "brand staff (telvia)", email: "staff@peerdesk.test", name: "Sam Staff", locale: "en", brandRole: { brand: "telvia", role: "staff" } },
  { role: "agent (telvia)", email: "agent@peerdesk.test", name: "Ana Agente", locale: "es", brandRole: { brand: "telvia", role: "agent" } },
  { role: "member", email: "member@peerdesk.test", name: "Marta Miembro", locale: "es" },
  { role: "member (English)", email: "member.en@peerdesk.test", name: "Mike Member", locale: "en" },
];
