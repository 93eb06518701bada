// Vocabulary and templates for the search benchmark's corpus: support topics per sector, in Spanish and English.
export type Lang = "es" | "en";

export type Sector = {
  name: string;
  products: string[];
  tags: string[];
  // Title templates: {p} product, {s} symptom, {c} place, {n} number, {d} day.
  titles: Record<Lang, string[]>;
  symptoms: Record<Lang, string[]>;
};

export const PLACES = [
  "Madrid",
  "Sevilla",
  "Bilbao",
  "Valencia",
  "Málaga",
  "Zaragoza",
  "Lima",
  "Bogotá",
  "Quito",
  "Montevideo",
  "Rosario",
  "Córdoba",
  "London",
  "Dublin",
  "Lisbon",
  "Paris",
  "Berlin",
  "Miami",
  "Toronto",
  "Cancún",
];
export const DAYS: Record<Lang, string[]> = {
  es: ["el lunes", "ayer", "esta mañana", "hace tres días", "el fin de semana", "desde la semana pasada", "cada noche"],
  en: ["on Monday", "yesterday", "this morning", "three days ago", "over the weekend", "since last week", "every night"],
};

export const SECTORS: Sector[] = [
  {
    name: "telecom",
    products: [
      "router Livebox 6",
      "router HGU",
      "fibra 600Mb",
      "móvil Galaxy A54",
      "iPhone 14",
      "tarifa Ilimitada",
      "repetidor Wi-Fi",
      "decodificador TV",
      "SIM prepago",
      "eSIM",
    ],
    tags: ["wifi", "fibra", "roaming", "factura", "movil", "router", "tv", "instalacion", "cobertura", "portabilidad"],
    titles: {
      es: [
        "El {p} pierde el Wi-Fi {d}",
        "Mi {p} no tiene cobertura en {c}",
        "Instalación de fibra en {c} sin fecha",
        "Roaming no funciona en {c} con mi {p}",
        "Factura con {n} € de más por el {p}",
        "El {p} se reinicia solo {d}",
        "No puedo activar la eSIM en mi {p}",
        "Portabilidad parada desde hace {n} días",
      ],
      en: [
        "{p} keeps dropping Wi-Fi {d}",
        "No signal on my {p} in {c}",
        "Fibre installation in {c} has no date",
        "Roaming not working in {c} with my {p}",
        "Bill charged {n} extra for the {p}",
        "{p} restarts by itself {d}",
        "Cannot activate eSIM on my {p}",
        "Number transfer stuck for {n} days",
      ],
    },
    symptoms: {
      es: ["la luz de internet parpadea en rojo", "la velocidad baja a {n} Mb", "se corta la conexión cada {n} minutos", "aparece el error {n} al conectar"],
      en: ["the internet light blinks red", "speed drops to {n} Mb", "the connection cuts every {n} minutes", "error {n} shows when connecting"],
    },
  },
  {
    name: "banking",
    products: [
      "tarjeta Visa",
      "tarjeta de débito",
      "Mastercard Oro",
      "app del banco",
      "transferencia SEPA",
      "Bizum",
      "cuenta nómina",
      "hipoteca fija",
      "préstamo personal",
      "cajero",
    ],
    tags: ["tarjetas", "transferencias", "app", "seguridad", "comisiones", "bizum", "hipotecas", "cajeros", "acceso", "fraude"],
    titles: {
      es: [
        "Tarjeta bloqueada en {c} durante un viaje",
        "La {p} rechaza pagos de {n} €",
        "No puedo entrar en la {p} {d}",
        "Cargo desconocido de {n} € en mi {p}",
        "La {p} tarda más de {n} días",
        "Olvidé la contraseña de la {p}",
        "El cajero de {c} se quedó mi {p}",
        "Comisión de {n} € en la {p}",
      ],
      en: [
        "Card blocked abroad in {c}",
        "My {p} declines payments of {n}",
        "Cannot log in to the {p} {d}",
        "Unknown charge of {n} on my {p}",
        "{p} takes more than {n} days",
        "Forgot the password for the {p}",
        "ATM in {c} kept my {p}",
        "Fee of {n} on the {p}",
      ],
    },
    symptoms: {
      es: ["me sale el código de error {n}", "el SMS de verificación no llega", "la app se cierra al abrirla", "dice que la operación no está permitida"],
      en: ["I get error code {n}", "the verification SMS never arrives", "the app closes when I open it", "it says the operation is not allowed"],
    },
  },
  {
    name: "delivery",
    products: [
      "paquete",
      "envío urgente",
      "pedido",
      "devolución",
      "recogida en tienda",
      "punto de entrega",
      "envío internacional",
      "caja grande",
      "sobre certificado",
      "taquilla",
    ],
    tags: ["envios", "seguimiento", "devoluciones", "entrega", "aduanas", "retrasos", "recogida", "reembolso", "direccion", "danos"],
    titles: {
      es: [
        "Mi {p} nunca llegó a {c}",
        "El {p} figura entregado pero no lo tengo",
        "Seguimiento del {p} parado {n} días",
        "El repartidor no vino {d}",
        "Aduanas retiene mi {p} en {c}",
        "El {p} llegó dañado",
        "Cambiar la dirección del {p} a {c}",
        "Reembolso del {p} sin recibir",
      ],
      en: [
        "My {p} never arrived in {c}",
        "{p} shows delivered but I never got it",
        "Tracking for my {p} stuck for {n} days",
        "Courier did not come {d}",
        "Customs holding my {p} in {c}",
        "{p} arrived damaged",
        "Change the address of the {p} to {c}",
        "Refund for the {p} never received",
      ],
    },
    symptoms: {
      es: ["el número de seguimiento {n} no existe", "dice en reparto desde {d}", "nadie llamó al timbre", "la caja venía abierta"],
      en: ["tracking number {n} does not exist", "it says out for delivery since {d}", "nobody rang the bell", "the box came open"],
    },
  },
  {
    name: "retail",
    products: ["zapatillas", "portátil", "cafetera", "televisor 55 pulgadas", "chaqueta", "tarjeta regalo", "cupón", "aspiradora", "auriculares", "colchón"],
    tags: ["pedidos", "devoluciones", "garantia", "pagos", "cupones", "tallas", "stock", "facturas", "reembolso", "tienda"],
    titles: {
      es: [
        "Devolución de {p} sin reembolso {d}",
        "El cupón no se aplica a {p}",
        "Garantía de la {p} rota a los {n} meses",
        "Me cobraron dos veces la {p}",
        "La {p} no está en stock en {c}",
        "Cambiar talla de {p}",
        "Factura de la {p} con datos mal",
        "La tarjeta regalo de {n} € no funciona",
      ],
      en: [
        "Return of {p} with no refund {d}",
        "Coupon does not apply to {p}",
        "Warranty on {p} broken after {n} months",
        "Charged twice for the {p}",
        "{p} out of stock in {c}",
        "Exchange size of {p}",
        "Invoice for the {p} has wrong details",
        "Gift card of {n} not working",
      ],
    },
    symptoms: {
      es: ["el pedido {n} sigue pendiente", "la web da error al pagar", "en tienda me dicen que llame", "el importe es de {n} €"],
      en: ["order {n} is still pending", "the site errors at checkout", "the store told me to call", "the amount is {n}"],
    },
  },
  {
    name: "utilities",
    products: [
      "contador de luz",
      "factura de gas",
      "tarifa de luz",
      "contador de agua",
      "placas solares",
      "bono social",
      "lectura estimada",
      "potencia contratada",
      "caldera",
      "cargador de coche",
    ],
    tags: ["facturas", "contador", "lecturas", "tarifas", "cortes", "solar", "altas", "bajas", "pagos", "averias"],
    titles: {
      es: [
        "La {p} sube {n} € sin motivo",
        "Corte de luz en {c} {d}",
        "Lectura estimada del {p} muy alta",
        "Cambiar la {p} a {n} kW",
        "Alta de {p} tarda {n} semanas",
        "No me llega la {p} {d}",
        "El {p} marca consumo sin usarlo",
        "Domiciliar la {p} en otra cuenta",
      ],
      en: [
        "{p} went up {n} for no reason",
        "Power cut in {c} {d}",
        "Estimated reading of the {p} too high",
        "Change the {p} to {n} kW",
        "Connecting the {p} takes {n} weeks",
        "{p} not arriving {d}",
        "{p} shows usage when off",
        "Pay the {p} from another account",
      ],
    },
    symptoms: {
      es: ["la lectura real es {n} kWh", "no hay aviso en la web", "los vecinos también están sin servicio", "el recibo es el doble"],
      en: ["the real reading is {n} kWh", "there is no notice on the website", "the neighbours are out too", "the bill is double"],
    },
  },
  {
    name: "airlines",
    products: [
      "vuelo",
      "maleta facturada",
      "equipaje de mano",
      "tarjeta de embarque",
      "asiento",
      "reserva",
      "millas",
      "check-in online",
      "vuelo de conexión",
      "bono de viaje",
    ],
    tags: ["equipaje", "reservas", "reembolso", "cancelaciones", "retrasos", "checkin", "millas", "asientos", "conexiones", "reclamaciones"],
    titles: {
      es: [
        "Mi {p} se perdió en {c}",
        "Vuelo a {c} cancelado sin reembolso",
        "El {p} no me deja seguir {d}",
        "Retraso de {n} horas en {c}",
        "No sumaron las {p} del viaje",
        "Cambiar el {p} pagado {n} €",
        "Reclamación por {p} dañada",
        "El {p} no aparece en la app",
      ],
      en: [
        "My {p} was lost in {c}",
        "Flight to {c} cancelled with no refund",
        "{p} will not let me continue {d}",
        "{n} hour delay in {c}",
        "{p} from my trip not credited",
        "Change the {p} I paid {n} for",
        "Claim for damaged {p}",
        "{p} does not show in the app",
      ],
    },
    symptoms: {
      es: ["el localizador es {n}", "en el mostrador no saben nada", "el PIR no da respuesta", "perdí la conexión por {n} minutos"],
      en: ["the booking code is {n}", "the desk knows nothing", "the lost luggage report has no answer", "I missed the connection by {n} minutes"],
    },
  },
  {
    name: "insurance",
    products: [
      "seguro de coche",
      "seguro de hogar",
      "parte de siniestro",
      "póliza de salud",
      "seguro de viaje",
      "grúa",
      "perito",
      "franquicia",
      "seguro de móvil",
      "renovación",
    ],
    tags: ["siniestros", "polizas", "coche", "hogar", "salud", "viaje", "peritos", "renovaciones", "pagos", "coberturas"],
    titles: {
      es: [
        "El {p} no cubre el daño en {c}",
        "Parte abierto hace {n} días sin perito",
        "La {p} subió {n} € sin aviso",
        "La grúa no llegó {d}",
        "Cancelar la {p} antes de la renovación",
        "Reembolso del {p} pendiente",
        "El {p} rechaza la reclamación",
        "Cambiar el banco de la {p}",
      ],
      en: [
        "{p} does not cover the damage in {c}",
        "Claim open {n} days with no assessor",
        "{p} went up {n} without notice",
        "Tow truck never came {d}",
        "Cancel the {p} before renewal",
        "Refund from the {p} pending",
        "{p} rejected my claim",
        "Change the bank for the {p}",
      ],
    },
    symptoms: {
      es: ["el número de póliza es {n}", "me piden papeles otra vez", "nadie contesta al teléfono", "el importe es de {n} €"],
      en: ["the policy number is {n}", "they ask for documents again", "nobody answers the phone", "the amount is {n}"],
    },
  },
];

// Words meant to be in more than a tenth of the corpus: common-word queries where naive ranking gets expensive.
export const COMMON_WORDS: Record<Lang, string[]> = { es: ["problema", "cuenta", "ayuda"], en: ["problem", "account", "help"] };
// Words each in a small share of the corpus: rare-word queries.
export const RARE_WORDS = [
  "zirconio",
  "Tromsø",
  "quasar",
  "ferrocarril",
  "xilófono",
  "pelícano",
  "hydrofoil",
  "marzipan",
  "kilimanjaro",
  "obsidiana",
  "tangerine",
  "vortex",
];

// Endings for titles whose template has no place or number, so titles are rarely identical.
export const TITLE_TAILS: Record<Lang, string[]> = {
  es: [" en {c}", " {d}", " desde hace {n} días", " (pedido {n})", " (ref. {n})", ", cliente {n}"],
  en: [" in {c}", " {d}", " for {n} days now", " (order {n})", " (ref. {n})", ", customer {n}"],
};

export const OPENERS: Record<Lang, string[]> = {
  es: [
    "Hola, tengo un problema con mi cuenta.",
    "Buenas, necesito ayuda con esto.",
    "Hola a todos, es sobre mi cuenta.",
    "Llevo días con este problema y nadie me da ayuda.",
    "Hola, os escribo desde {c}.",
  ],
  en: [
    "Hi, I have a problem with my account.",
    "Hello, I need help with this.",
    "Hi all, this is about my account.",
    "I have had this problem for days and nobody will help.",
    "Hello, writing from {c}.",
  ],
};

export const ANSWERS: Record<Lang, string[]> = {
  es: [
    "A mí me pasó lo mismo. Prueba esto:\n\n1. Entra en tu cuenta desde la web\n2. Ve a **Ajustes**\n3. Pulsa `Restablecer`\n\nCon eso se solucionó.",
    "Llama al servicio de atención y pide que abran una incidencia con el número {n}. Tardan unas {n} horas.",
    "Revisa que el {p} esté actualizado; la última versión corrige ese problema.",
    "En {c} pasa mucho. Lo mejor es reclamar por escrito y guardar el justificante.",
    "Si no te responden en {n} días, pon una reclamación en consumo. A mí me devolvieron el dinero.",
    "Apaga y enciende el {p}, espera **30 segundos** y vuelve a probar. Si sigue igual, escribe por el chat.",
  ],
  en: [
    "Same thing happened to me. Try this:\n\n1. Sign in to your account on the website\n2. Go to **Settings**\n3. Press `Reset`\n\nThat fixed it.",
    "Call support and ask them to open a ticket with number {n}. It takes about {n} hours.",
    "Check the {p} is up to date; the latest version fixes that problem.",
    "This happens a lot in {c}. Best to complain in writing and keep the receipt.",
    "If they do not answer in {n} days, file a consumer complaint. I got my money back.",
    "Turn the {p} off and on, wait **30 seconds** and try again. If nothing changes, use the chat.",
  ],
};

// Synonym swaps for duplicate titles (both directions are applied where they match).
export const SYNONYMS: [string, string][] = [
  ["móvil", "celular"],
  ["factura", "recibo"],
  ["paquete", "envío"],
  ["package", "parcel"],
  ["no puedo", "me es imposible"],
  ["cannot", "can't"],
  ["never", "still hasn't"],
  ["tarjeta", "tarjeta bancaria"],
  ["reembolso", "devolución del dinero"],
  ["refund", "money back"],
  ["bill", "invoice"],
  ["vuelo", "viaje en avión"],
  ["flight", "plane trip"],
  ["maleta", "equipaje"],
  ["sin", "y sin"],
  ["keeps", "always"],
  ["no funciona", "no va"],
  ["not working", "broken"],
  ["Mi", "El"],
  ["My", "The"],
];
