import type { LocalizedText } from "../../lib/i18n/locales";

type DemoBrand = {
  slug: string;
  name: string;
  sector: string;
  color: string;
  defaultLocale: "es" | "en";
  description: LocalizedText;
  categories: { slug: string; name: LocalizedText; description?: LocalizedText }[];
};

// Fictional brands from the sectors that lean on community support most.
export const DEMO_BRANDS: DemoBrand[] = [
  {
    slug: "telvia",
    name: "Telvia Móvil",
    sector: "telecom",
    color: "#0f766e",
    defaultLocale: "es",
    description: {
      es: "Telefonía móvil, fibra y televisión. Resuelve dudas de facturación, cobertura, portabilidad y equipos con otros clientes y con el equipo de Telvia.",
      en: "Mobile, fibre and TV. Sort out billing, coverage, number porting and devices with other customers and the Telvia team.",
    },
    categories: [
      { slug: "facturacion", name: { es: "Facturación y pagos", en: "Billing and payments" } },
      { slug: "cobertura", name: { es: "Cobertura y red", en: "Coverage and network" } },
      { slug: "portabilidad", name: { es: "Portabilidad", en: "Number porting" } },
      { slug: "equipos", name: { es: "Equipos y SIM", en: "Devices and SIM" } },
    ],
  },
  {
    slug: "banco-austral",
    name: "Banco Austral",
    sector: "banking",
    color: "#1d4ed8",
    defaultLocale: "es",
    description: {
      es: "Cuentas, tarjetas y banca en línea. La comunidad ayuda con la app y las transferencias; para datos de tu cuenta, un agente te atiende en privado.",
      en: "Accounts, cards and online banking. The community helps with the app and transfers; for your account details an agent helps you in private.",
    },
    categories: [
      { slug: "tarjetas", name: { es: "Tarjetas", en: "Cards" } },
      { slug: "app", name: { es: "App y banca en línea", en: "App and online banking" } },
      { slug: "transferencias", name: { es: "Transferencias", en: "Transfers" } },
    ],
  },
  {
    slug: "rapidito",
    name: "Rapidito",
    sector: "delivery",
    color: "#c2410c",
    defaultLocale: "en",
    description: {
      es: "Pedidos a domicilio y compras en línea. Seguimiento, devoluciones y reembolsos, con repartidores y clientes que se ayudan entre sí.",
      en: "Home delivery and online shopping. Tracking, returns and refunds, with couriers and customers helping each other.",
    },
    categories: [
      { slug: "tracking", name: { es: "Seguimiento de pedidos", en: "Order tracking" } },
      { slug: "returns", name: { es: "Devoluciones y reembolsos", en: "Returns and refunds" } },
      { slug: "couriers", name: { es: "Para repartidores", en: "For couriers" } },
    ],
  },
];
