import type { DemoMember } from "./types";

// Fictional community members. Threads refer to them by index, so append only.
export const DEMO_MEMBERS: DemoMember[] = [
  { name: "Lucía Fernández", email: "lucia.fernandez@community.peerdesk.test", locale: "es" }, // 0 telvia: billing, porting
  { name: "Diego Ramírez", email: "diego.ramirez@community.peerdesk.test", locale: "es" }, // 1 banco-austral: transfers (MX)
  { name: "Valentina Rojas", email: "valentina.rojas@community.peerdesk.test", locale: "es" }, // 2
  { name: "Mateo González", email: "mateo.gonzalez@community.peerdesk.test", locale: "es" }, // 3 rapidito helper
  { name: "Camila Herrera", email: "camila.herrera@community.peerdesk.test", locale: "es" }, // 4 telvia: devices, eSIM
  { name: "Javier Morales", email: "javier.morales@community.peerdesk.test", locale: "es" }, // 5 telvia: routers, fibre
  { name: "Sofía Castillo", email: "sofia.castillo@community.peerdesk.test", locale: "es" }, // 6
  { name: "Andrés Pérez", email: "andres.perez@community.peerdesk.test", locale: "es" }, // 7
  { name: "Carmen Ruiz", email: "carmen.ruiz@community.peerdesk.test", locale: "es" }, // 8
  { name: "Tomás Navarro", email: "tomas.navarro@community.peerdesk.test", locale: "es" }, // 9 banco-austral helper
  { name: "Daniela Vargas", email: "daniela.vargas@community.peerdesk.test", locale: "es" }, // 10
  { name: "Pablo Ortega", email: "pablo.ortega@community.peerdesk.test", locale: "es" }, // 11 banco-austral: SEPA, app (ES)
  { name: "Gabriela Mendoza", email: "gabriela.mendoza@community.peerdesk.test", locale: "es" }, // 12 banco-austral: cards
  { name: "Ricardo Silva", email: "ricardo.silva@community.peerdesk.test", locale: "es" }, // 13 telvia helper
  { name: "Emily Carter", email: "emily.carter@community.peerdesk.test", locale: "en" }, // 14 rapidito: orders, refunds
  { name: "James O'Connor", email: "james.oconnor@community.peerdesk.test", locale: "en" }, // 15
  { name: "Priya Shah", email: "priya.shah@community.peerdesk.test", locale: "en" }, // 16 banco-austral helper (en)
  { name: "Daniel Brooks", email: "daniel.brooks@community.peerdesk.test", locale: "en" }, // 17 rapidito courier
  { name: "Hannah Miller", email: "hannah.miller@community.peerdesk.test", locale: "en" }, // 18
  { name: "Marcus Reed", email: "marcus.reed@community.peerdesk.test", locale: "en" }, // 19 rapidito courier, veteran
  { name: "Olivia Bennett", email: "olivia.bennett@community.peerdesk.test", locale: "en" }, // 20 rapidito helper
  { name: "Kevin Nguyen", email: "kevin.nguyen@community.peerdesk.test", locale: "en" }, // 21 telvia helper (en)
  { name: "Laura Jiménez", email: "laura.jimenez@community.peerdesk.test", locale: "es" }, // 22 rapidito courier (es)
  { name: "Tom Walsh", email: "tom.walsh@community.peerdesk.test", locale: "en" }, // 23
];
