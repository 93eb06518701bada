import type { DemoThread } from "./types";

// Banco Austral (banking). Categories: tarjetas, app, transferencias.
// Authors are indexes into DEMO_MEMBERS (members.ts); regulars here: 1 Diego (transfers, Mexico),
// 11 Pablo (SEPA, app, Spain), 12 Gabriela (cards), 9 Tomás, 16 Priya (English).
export const THREADS: DemoThread[] = [
  {
    title: "Me bloquearon la tarjeta estando de viaje en el extranjero",
    body: `Estoy de vacaciones fuera del país y al intentar pagar en un supermercado la tarjeta de débito fue rechazada. En la app me aparece "Tarjeta bloqueada temporalmente por seguridad".

No tengo otra forma de pagar aquí. ¿Cómo la desbloqueo rápido?`,
    tags: ["tarjeta-bloqueada", "viaje", "extranjero"],
    category: "tarjetas",
    locale: "es",
    askedDaysAgo: 64,
    author: 6,
    votes: 4,
    answers: [
      {
        author: 12,
        hoursLater: 1,
        votes: 7,
        accepted: true,
        body: `Es el sistema antifraude: una compra en otro país sin aviso previo dispara el bloqueo. Desde la app:

1. Tarjetas → tu tarjeta → **Desbloquear** (te pide confirmar con tu clave de la app).
2. En la misma pantalla, activa **Compras en el extranjero** y registra un *aviso de viaje* con las fechas y el país.
3. Vuelve a intentar la compra pasados unos minutos.

Si el bloqueo no se puede quitar desde la app, pide un agente desde aquí: lo atienden en privado y pueden verificar tu identidad.`,
        comments: [{ body: "¡Funcionó! No sabía lo del aviso de viaje. Ya pude pagar.", author: 6 }],
      },
      {
        author: 9,
        hoursLater: 5,
        votes: 2,
        body: "Para la próxima: lleva siempre una segunda tarjeta o algo de efectivo. Y activa las notificaciones de compras, así ves al instante si algo se rechaza.",
      },
    ],
  },
  {
    title: "Transferencia SPEI en estado 'en proceso' desde ayer",
    body: `Hice una transferencia SPEI ayer a las 17:40 a una cuenta de otro banco y sigue como "En proceso". El dinero ya salió de mi cuenta. La persona dice que no le ha llegado.

¿Cuánto suele tardar? Pensé que SPEI era inmediato.`,
    tags: ["spei", "transferencia-pendiente"],
    category: "transferencias",
    locale: "es",
    askedDaysAgo: 41,
    author: 10,
    votes: 3,
    comments: [{ body: "¿Fue a una cuenta que ya tenías registrada o era un beneficiario nuevo?", author: 1 }],
    answers: [
      {
        author: 1,
        hoursLater: 2,
        votes: 7,
        accepted: true,
        body: `SPEI normalmente tarda segundos, pero "En proceso" por horas suele ser uno de estos casos:

- **Beneficiario nuevo**: la primera transferencia pasa por una revisión de seguridad.
- La **CLABE** tiene un dígito mal y el banco receptor la va a devolver (tarda hasta el siguiente día hábil).
- El banco receptor tuvo una incidencia.

Puedes consultar el estado con el **CEP** (comprobante electrónico de pago) en el portal del banco central usando la clave de rastreo que aparece en el detalle del movimiento. Si dice "devuelta", el dinero regresa solo a tu cuenta.`,
        comments: [{ body: "Era beneficiario nuevo. Hoy a las 9 ya le llegó. Gracias por lo del CEP, no lo conocía.", author: 10 }],
      },
    ],
  },
  {
    title: "¿Por qué una transferencia SEPA tarda dos días en llegar a otro banco?",
    body: "Hice una transferencia a una cuenta de otro banco en España el viernes a las 16:00 y llegó el martes. ¿No debería ser inmediata? Tengo que pagar el alquiler y no quiero volver a retrasarme.",
    tags: ["sepa", "transferencia", "plazos"],
    category: "transferencias",
    locale: "es",
    askedDaysAgo: 71,
    author: 8,
    votes: 5,
    answers: [
      {
        author: 11,
        hoursLater: 3,
        votes: 8,
        accepted: true,
        body: `Depende del tipo de transferencia que elijas:

| Tipo | Cuándo llega | Días |
|---|---|---|
| SEPA inmediata | En segundos | Todos, 24/7 |
| SEPA ordinaria antes de las 15:00 | El siguiente día hábil | Lunes a viernes |
| SEPA ordinaria después de las 15:00 | Dos días hábiles | Lunes a viernes |

El viernes por la tarde + fin de semana = martes. Para el alquiler, marca **Transferencia inmediata** al enviarla (solo funciona si el banco de destino también la admite; casi todos ya lo hacen).`,
        comments: [
          { body: "Clarísimo, gracias. No había visto la casilla de inmediata.", author: 8 },
          { body: "Ojo que la inmediata tiene un límite por operación, para importes grandes a veces no deja.", author: 9 },
        ],
      },
    ],
  },
  {
    title: "La app dice 'dispositivo no reconocido' después de cambiar de móvil",
    body: 'Me compré un móvil nuevo, instalé la app y al entrar me dice "Dispositivo no reconocido. Contacte con su oficina". El móvil viejo lo borré. ¿Tengo que ir sí o sí a la sucursal?',
    tags: ["app", "nuevo-dispositivo", "acceso"],
    category: "app",
    locale: "es",
    askedDaysAgo: 53,
    author: 7,
    votes: 3,
    answers: [
      {
        author: 11,
        hoursLater: 2,
        votes: 5,
        accepted: true,
        body: `No hace falta ir si tienes la tarjeta a mano:

1. En la pantalla de error pulsa **Dar de alta este dispositivo**.
2. Te pide los datos de tu tarjeta de débito y un código por SMS al número registrado.
3. Después, una selfie con tu documento (validación de identidad).

Tarda unos 10 minutos. Si el número de teléfono registrado ya no es tuyo, ahí sí necesitas un agente o ir a la sucursal.`,
        comments: [{ body: "Hecho, me tomó 5 minutos. Gracias.", author: 7 }],
      },
    ],
  },
  {
    title: "Compra en mi tarjeta que no reconozco: ¿cómo hago el contracargo?",
    body: `Me apareció un cargo de 89,90 en una tienda en línea que no conozco. La tarjeta la tengo yo y no se la he prestado a nadie.

¿Qué hago primero? ¿Bloqueo la tarjeta o reclamo?`,
    tags: ["contracargo", "fraude", "compra-no-reconocida"],
    category: "tarjetas",
    locale: "es",
    askedDaysAgo: 30,
    author: 2,
    votes: 6,
    answers: [
      {
        author: 12,
        hoursLater: 1,
        votes: 10,
        accepted: true,
        body: `Primero **bloquea**, después reclama:

1. App → Tarjetas → **Bloquear tarjeta** (puedes pedir una nueva en el mismo paso).
2. En el movimiento, pulsa **No reconozco este cargo** → elige "No hice esta compra".
3. Rellena el formulario. Si el cargo está pendiente, espera a que se confirme para poder reclamarlo.

Plazos habituales: abono provisional en unos días y resolución final hasta 45 días. Guarda el número de folio que te dan.`,
        comments: [
          { body: "¿Y si el cargo ya tiene más de un mes? ¿Todavía se puede reclamar?", author: 6 },
          { body: "Sí, normalmente tienes varios meses desde la fecha del cargo. Cuanto antes, mejor.", author: 12 },
        ],
      },
      {
        author: 9,
        hoursLater: 4,
        votes: 3,
        body: "Revisa también si no es una suscripción que contrataste hace tiempo con otro nombre comercial. A mí me pasó: el nombre en el estado de cuenta no tenía nada que ver con la web.",
      },
      {
        author: 16,
        hoursLater: 9,
        votes: 1,
        body: "Also worth changing the passwords of the shops where you saved this card. A leaked card number usually comes from there, not from the bank.",
      },
    ],
  },
  {
    title: "¿Cómo solicito aumentar el límite de mi tarjeta de crédito?",
    body: "Tengo la tarjeta de crédito desde hace dos años y siempre pago a tiempo. Quiero subir el límite para una compra grande. ¿Se pide desde la app o hay que ir a la sucursal?",
    tags: ["tarjeta-de-credito", "limite"],
    category: "tarjetas",
    locale: "es",
    askedDaysAgo: 45,
    author: 13,
    votes: 2,
    answers: [
      {
        author: 12,
        hoursLater: 6,
        votes: 4,
        accepted: true,
        body: `Desde la app: Tarjetas → tu tarjeta de crédito → **Límite de crédito** → *Solicitar aumento*.

- Si te aparece una oferta preaprobada, se aplica al momento.
- Si no, puedes pedir un monto y te responden en 2–5 días hábiles; a veces piden comprobante de ingresos.

Un consejo: si la compra grande es puntual, revisa también la opción de *meses sin intereses* o el pago a plazos, quizás no necesitas subir el límite.`,
      },
      {
        author: 1,
        hoursLater: 20,
        votes: 1,
        body: "A mí me lo aumentaron solo después de actualizar mis ingresos en el perfil. Revisa que estén al día.",
      },
    ],
  },
  {
    title: "Perdí mi tarjeta de débito: ¿cómo la bloqueo y pido una nueva?",
    body: "Creo que se me cayó la cartera en el taxi. ¿Cómo bloqueo la tarjeta ya mismo? ¿La nueva tiene costo?",
    tags: ["tarjeta-perdida", "reposicion"],
    category: "tarjetas",
    locale: "es",
    askedDaysAgo: 22,
    author: 3,
    votes: 2,
    answers: [
      {
        author: 12,
        hoursLater: 0.5,
        votes: 4,
        accepted: true,
        body: `Ya mismo, desde la app: Tarjetas → **Bloquear por robo o extravío**. El bloqueo es inmediato y definitivo.

En el mismo flujo te ofrece la reposición:
- La **tarjeta digital** se activa al momento para compras en línea.
- La física llega a domicilio en 5–7 días hábiles.

La primera reposición por extravío no tiene costo en cuentas de nómina. Revisa tus movimientos recientes por si hubo cargos raros.`,
        comments: [{ body: "Bloqueada y con la digital ya activa. Qué alivio.", author: 3 }],
      },
    ],
  },
  {
    title: "¿Dónde descargo mis estados de cuenta en PDF?",
    body: "Necesito los estados de cuenta de los últimos 6 meses para un trámite de alquiler. En la app solo veo movimientos.",
    tags: ["estado-de-cuenta", "pdf"],
    category: "app",
    locale: "es",
    askedDaysAgo: 77,
    author: 17,
    votes: 3,
    answers: [
      {
        author: 9,
        hoursLater: 3,
        votes: 5,
        accepted: true,
        body: `En la app: **Cuentas → tu cuenta → ⋯ → Estados de cuenta**. Ahí eliges mes y lo descargas o compartes en PDF.

En la banca en línea (web) está en *Documentos → Estados de cuenta* y puedes descargar varios a la vez.

Si piden un **certificado de cuenta** con firma del banco (no es lo mismo), se solicita en *Documentos → Certificados*.`,
      },
    ],
  },
  {
    title: "No me llega el código de verificación por SMS para entrar",
    body: "Cada vez que entro a la banca en línea me pide un código por SMS que no llega. Esperé 10 minutos y pedí reenviar tres veces. Otros SMS sí me llegan.",
    tags: ["2fa", "sms", "codigo"],
    category: "app",
    locale: "es",
    askedDaysAgo: 16,
    author: 4,
    votes: 2,
    comments: [{ body: "¿Cambiaste de compañía telefónica hace poco? Con la portabilidad a veces tardan los códigos.", author: 11 }],
    answers: [
      {
        author: 11,
        hoursLater: 2,
        votes: 4,
        accepted: true,
        body: `Lo más fiable es dejar de depender del SMS:

1. Entra en la **app** (si ya está dada de alta, no pide SMS).
2. Perfil → Seguridad → **Activar clave en la app** (token digital).
3. A partir de ahí, la web te pide aprobar el acceso desde la app en vez del SMS.

Si no puedes entrar a ningún lado, revisa la carpeta de spam de mensajes del móvil: los códigos llegan desde un remitente alfanumérico.`,
      },
    ],
  },
  {
    title: "Me cobraron dos veces la cuenta de un restaurante",
    body: 'Pagué la cena con tarjeta y en la app aparecen dos cargos iguales: uno "pendiente" y otro "aplicado". ¿Me cobraron doble?',
    tags: ["cargo-duplicado", "preautorizacion"],
    category: "tarjetas",
    locale: "es",
    askedDaysAgo: 8,
    author: 15,
    votes: 1,
    answers: [
      {
        author: 12,
        hoursLater: 2,
        votes: 3,
        accepted: true,
        body: `Casi seguro que no. En restaurantes y hoteles es común:

- El primer cargo "pendiente" es una **preautorización** (a veces sin la propina).
- El "aplicado" es el cobro definitivo.

La preautorización se libera sola en 3–7 días hábiles. Si a los 7 días siguen los dos, entonces sí reclámalo desde el movimiento.`,
        comments: [{ body: "A los 3 días desapareció el pendiente. Gracias por la explicación.", author: 15, hoursLater: 72 }],
      },
    ],
  },
  {
    title: "Hice una transferencia a una cuenta equivocada, ¿se puede revertir?",
    body: "Me equivoqué en un número de la cuenta y mandé 4.000 a otra persona. La transferencia ya aparece como completada. ¿Hay forma de recuperar el dinero?",
    tags: ["transferencia", "error", "devolucion"],
    category: "transferencias",
    locale: "es",
    askedDaysAgo: 36,
    author: 22,
    votes: 4,
    answers: [
      {
        author: 1,
        hoursLater: 1,
        votes: 6,
        body: `Una transferencia completada **no se puede revertir** desde tu lado, pero sí pedir la devolución:

1. Pide un agente desde aquí o llama: solicitan al banco receptor una *petición de devolución* (recall).
2. El banco receptor contacta al titular; si acepta, el dinero vuelve.
3. Si el titular no responde o se niega, hay que ir por la vía legal.

Hazlo hoy: cuanto antes, más probable es que el dinero siga en esa cuenta.`,
      },
      {
        author: 11,
        hoursLater: 4,
        votes: 2,
        body: "Si el número de cuenta que pusiste no existía, la transferencia se devuelve sola en 1–3 días. Si existía, es lo que dice Diego.",
      },
      {
        author: 2,
        hoursLater: 28,
        votes: 1,
        body: "A mí me pasó con 1.500 y me lo devolvieron en dos semanas. La persona fue honrada. Ánimo.",
        comments: [{ body: "Gracias, ya abrí la solicitud. Ojalá tenga la misma suerte.", author: 22 }],
      },
    ],
  },
  {
    title: "¿SPEI funciona los fines de semana y días festivos?",
    body: "Necesito enviar dinero un domingo. ¿Llega el mismo día o se queda hasta el lunes como antes?",
    tags: ["spei", "horario"],
    category: "transferencias",
    locale: "es",
    askedDaysAgo: 84,
    author: 10,
    votes: 2,
    answers: [
      {
        author: 1,
        hoursLater: 4,
        votes: 4,
        accepted: true,
        body: "Sí, SPEI opera 24/7, incluidos domingos y festivos, y llega en segundos. La excepción son los montos altos: por encima del límite diario de la app, la transferencia se programa para el siguiente día hábil. Ese límite lo ves en Perfil → Límites.",
      },
    ],
  },
  {
    title: "Me cobraron la anualidad de la tarjeta aunque me dijeron que era gratis",
    body: 'Cuando contraté la tarjeta de crédito me dijeron "sin anualidad". Este mes me cobraron la anualidad completa. ¿Alguien sabe si hay condiciones?',
    tags: ["anualidad", "comisiones", "tarjeta-de-credito"],
    category: "tarjetas",
    locale: "es",
    askedDaysAgo: 58,
    author: 7,
    votes: 3,
    answers: [
      {
        author: 12,
        hoursLater: 5,
        votes: 5,
        accepted: true,
        body: `Lo más común es que la anualidad sea gratis **con condición de uso**, por ejemplo un gasto mínimo mensual o cierta cantidad de compras al año. Revísalo en el contrato, apartado "Comisiones".

Si cumpliste la condición (o nunca te la explicaron), reclámala desde el movimiento → *Aclaración de comisión*. Suelen bonificarla si es el primer año.`,
        comments: [{ body: "Efectivamente era con gasto mínimo. La reclamé igual y me la devolvieron por ser el primer año.", author: 7 }],
      },
    ],
  },
  {
    title: "La tarjeta es rechazada en compras por internet aunque tengo saldo",
    body: "En tiendas físicas la tarjeta funciona, pero en cualquier web me la rechazan. Ya revisé que los datos estén bien.",
    tags: ["compras-en-linea", "tarjeta-rechazada"],
    category: "tarjetas",
    locale: "es",
    askedDaysAgo: 27,
    author: 4,
    votes: 3,
    answers: [
      {
        author: 12,
        hoursLater: 1,
        votes: 6,
        accepted: true,
        body: `Revisa en la app, Tarjetas → Ajustes de la tarjeta:

- **Compras en línea**: debe estar activado (viene apagado en algunas tarjetas nuevas).
- **CVV dinámico**: si lo tienes, el código de 3 dígitos cambia cada pocos minutos y el impreso ya no vale. Cópialo de la app justo antes de pagar.
- La verificación 3-D Secure: la compra se aprueba desde una notificación de la app; si no la aceptas en 5 minutos, se rechaza.`,
        comments: [{ body: "Era el CVV dinámico, usaba el impreso. Gracias!", author: 4 }],
      },
    ],
  },
  {
    title: "¿Es seguro usar el CVV dinámico o mejor lo desactivo?",
    body: "Me parece incómodo tener que abrir la app cada vez que compro algo en internet. ¿De verdad protege tanto?",
    tags: ["cvv-dinamico", "seguridad"],
    category: "tarjetas",
    locale: "es",
    askedDaysAgo: 19,
    author: 13,
    answers: [
      {
        author: 9,
        hoursLater: 10,
        votes: 3,
        body: "Sí protege bastante: si una tienda donde guardaste la tarjeta sufre una filtración, el CVV que se filtra ya no sirve a los pocos minutos. Para suscripciones que guardan la tarjeta no hace falta repetirlo cada mes. Yo lo dejo activado.",
      },
      {
        author: 16,
        hoursLater: 30,
        votes: 1,
        body: "You can also create a separate virtual card just for online shopping and keep the physical one offline. That's what I do.",
      },
    ],
  },
  {
    title: "Dar de alta un beneficiario nuevo me obliga a esperar 30 minutos",
    body: "Agregué la cuenta de mi hermana para mandarle dinero y la app dice que podré transferir en 30 minutos. ¿Es normal? Lo necesitaba urgente.",
    tags: ["beneficiarios", "seguridad", "transferencia"],
    category: "transferencias",
    locale: "es",
    askedDaysAgo: 12,
    author: 2,
    votes: 2,
    answers: [
      {
        author: 1,
        hoursLater: 0.5,
        votes: 4,
        accepted: true,
        body: "Es normal y es a propósito: si alguien entra a tu cuenta y agrega su propia cuenta, esos 30 minutos te dan tiempo de recibir la notificación y bloquear. Durante la espera sí puedes transferir a cuentas ya registradas. Para cuentas propias o de Banco Austral suele ser inmediato.",
      },
    ],
  },
  {
    title: "La app se cierra sola nada más abrirla en Android",
    body: "Desde ayer la app se abre, sale el logo y se cierra. Ya reinicié el celular. ¿A alguien más le pasa?",
    tags: ["app", "android", "error"],
    category: "app",
    locale: "es",
    askedDaysAgo: 10,
    author: 8,
    votes: 5,
    comments: [
      { body: "A mí también, desde la actualización de ayer.", author: 3 },
      { body: "¿Qué versión de Android tienes? Lo veo en Ajustes → Acerca del teléfono.", author: 11 },
      { body: "Android 11.", author: 8, hoursLater: 2 },
    ],
    answers: [
      {
        author: 11,
        hoursLater: 3,
        votes: 4,
        accepted: true,
        body: `Con la última versión algunos equipos con Android 11 o anterior tienen este cierre. Mientras sale el arreglo:

1. Ajustes → Aplicaciones → Banco Austral → Almacenamiento → **Borrar caché** (no borres datos).
2. Si sigue, actualiza el sistema del teléfono si tienes algo pendiente.
3. Mientras tanto puedes usar la banca en línea desde el navegador.`,
        comments: [{ body: "Con borrar caché volvió a abrir. Gracias Pablo.", author: 8 }],
      },
      {
        author: 9,
        hoursLater: 30,
        votes: 2,
        body: "Hoy salió una actualización nueva de la app en la tienda de aplicaciones que lo corrige, a mí ya me funciona sin hacer nada.",
      },
    ],
  },
  {
    title: "No reconozco un cargo que dice 'AUS*SERV DIGITAL' cada mes",
    body: 'Todos los meses me aparece un cargo de 99 con el nombre "AUS*SERV DIGITAL". No recuerdo haber contratado nada. ¿Es del banco?',
    tags: ["cargo-recurrente", "suscripcion"],
    category: "tarjetas",
    locale: "es",
    askedDaysAgo: 33,
    author: 18,
    answers: [
      {
        author: 12,
        hoursLater: 8,
        votes: 2,
        body: `No es un cargo del banco. Los nombres con asterisco suelen ser el procesador de pagos + el comercio. Mira el detalle del movimiento en la app: a veces incluye una web o teléfono del comercio.

Si no lo reconoces, en la misma pantalla puedes **bloquear cargos recurrentes de ese comercio** y reclamar los anteriores.`,
      },
    ],
  },
  {
    title: "¿Cómo subo el límite diario de transferencias en la app?",
    body: "Tengo que pagar el enganche de un coche y el límite diario de la app no me alcanza. ¿Cómo lo subo?",
    tags: ["limites", "transferencia"],
    category: "transferencias",
    locale: "es",
    askedDaysAgo: 47,
    author: 6,
    votes: 2,
    answers: [
      {
        author: 1,
        hoursLater: 3,
        votes: 4,
        accepted: true,
        body: `Perfil → Seguridad → **Límites de operación**. Los límites que puedes tocar tú mismo:

| Operación | Límite por defecto | Máximo desde la app |
|---|---|---|
| Transferencias a terceros | 20.000 / día | 250.000 / día |
| Pagos de servicios | 10.000 / día | 50.000 / día |
| Retiro en cajero | 8.000 / día | 15.000 / día |

El cambio se confirma con tu clave de la app y aplica en unos minutos. Por encima del máximo hay que pedirlo a un agente.`,
        comments: [{ body: "Listo, subido y pagado. Gracias.", author: 6 }],
      },
    ],
  },
  {
    title: "Mi nómina no aparece en la cuenta y la empresa dice que ya pagó",
    body: "Hoy es día de pago y mis compañeros de otros bancos ya tienen la nómina. A mí no me aparece nada, ni como pendiente. La empresa me mandó el comprobante.",
    tags: ["nomina", "deposito", "transferencia-pendiente"],
    category: "transferencias",
    locale: "es",
    askedDaysAgo: 0.3,
    author: 17,
    answers: [],
  },
  {
    title: "¿Cómo activo la tarjeta nueva que me llegó por correo?",
    body: "Me llegó la tarjeta de reposición. ¿Hay que activarla en un cajero o desde la app? ¿El PIN es el mismo que la anterior?",
    tags: ["activacion", "tarjeta-nueva", "pin"],
    category: "tarjetas",
    locale: "es",
    askedDaysAgo: 61,
    author: 10,
    votes: 1,
    answers: [
      {
        author: 12,
        hoursLater: 2,
        votes: 3,
        accepted: true,
        body: `Desde la app: Tarjetas → la tarjeta nueva → **Activar** y escaneas el reverso o escribes los últimos 4 dígitos.

- El PIN **se mantiene** si es reposición de la misma tarjeta. Si es una tarjeta distinta, lo defines en la app (Ver/Cambiar PIN).
- La primera operación con chip y PIN en un cajero la termina de activar para pagos sin contacto.`,
      },
    ],
  },
  {
    title: "Las transferencias con número de celular no funcionan",
    body: 'Quiero mandar dinero a un amigo usando solo su número de celular, pero me dice "número no asociado". Él tiene cuenta en otro banco.',
    tags: ["pago-movil", "celular", "transferencia"],
    category: "transferencias",
    locale: "es",
    askedDaysAgo: 25,
    author: 7,
    votes: 1,
    answers: [
      {
        author: 1,
        hoursLater: 5,
        votes: 3,
        accepted: true,
        body: 'Para recibir por número de celular, **tu amigo** tiene que asociar su número a su cuenta en su propio banco (se suele llamar "vincular celular" o "cobros con celular"). Si no lo hizo, sale justo ese error. Mientras tanto, usa su CLABE.',
        comments: [{ body: "Lo vinculó y ya le pude mandar. Gracias.", author: 7 }],
      },
    ],
  },
  {
    title: "La app me pide actualizar mis datos y no me deja hacer nada",
    body: 'Al entrar me sale "Actualiza tu información para seguir operando" y me pide comprobante de domicilio. No puedo ni ver el saldo. ¿Es real o es fraude?',
    tags: ["actualizacion-de-datos", "app", "seguridad"],
    category: "app",
    locale: "es",
    askedDaysAgo: 39,
    author: 3,
    votes: 3,
    answers: [
      {
        author: 11,
        hoursLater: 3,
        votes: 5,
        accepted: true,
        body: `Si aparece **dentro de la app oficial** después de iniciar sesión, es real: los bancos tienen que actualizar datos de clientes cada cierto tiempo (por normativa).

Si te llega por SMS o correo con un enlace, **no** es el banco. En la app:
1. Sube el comprobante (foto clara, menos de 3 meses).
2. Confirma tu ocupación e ingresos.
3. La revisión tarda unos minutos; mientras tanto puedes ver el saldo pero no transferir.`,
      },
    ],
  },
  {
    title: "¿Puedo sacar dinero en cajeros de otros bancos sin comisión?",
    body: "Cerca de mi casa no hay cajeros de Banco Austral. ¿Cuánto me cobran por usar los de otros bancos?",
    tags: ["cajeros", "comisiones"],
    category: "tarjetas",
    locale: "es",
    askedDaysAgo: 68,
    author: 10,
    votes: 3,
    answers: [
      {
        author: 9,
        hoursLater: 4,
        votes: 4,
        body: "Depende de tu cuenta. En la cuenta básica tienes 2 retiros gratis al mes en cajeros de la red compartida; a partir del tercero cobra el otro banco (lo muestra la pantalla antes de confirmar).",
      },
      {
        author: 12,
        hoursLater: 6,
        votes: 3,
        body: "Otra opción: retiro de efectivo en tiendas de conveniencia con código desde la app. No cobran comisión y no necesitas la tarjeta.",
        comments: [{ body: "No sabía lo de las tiendas, me viene genial.", author: 10 }],
      },
      {
        author: 23,
        hoursLater: 40,
        votes: -1,
        body: "Just pay with card everywhere, who needs cash.",
      },
    ],
  },
  {
    title: "La huella dactilar dejó de funcionar para entrar a la app",
    body: "Desde que actualicé el teléfono la app no me ofrece entrar con huella, siempre pide la contraseña. En otras apps sí funciona.",
    tags: ["biometria", "huella", "app"],
    category: "app",
    locale: "es",
    askedDaysAgo: 14,
    author: 22,
    answers: [
      {
        author: 11,
        hoursLater: 6,
        votes: 2,
        body: "Por seguridad, cuando cambia la configuración biométrica del teléfono (o una actualización la resetea), la app la desactiva. Entra con contraseña y vuelve a activarla en Perfil → Seguridad → **Acceso con huella**.",
        comments: [{ body: "Así era, reactivada. Gracias.", author: 22 }],
      },
    ],
  },
  {
    title: "¿Qué datos necesito para recibir una transferencia internacional?",
    body: "Un cliente del extranjero me va a pagar un trabajo. ¿Qué datos le tengo que pasar? ¿Hay comisión por recibir?",
    tags: ["transferencia-internacional", "swift"],
    category: "transferencias",
    locale: "es",
    askedDaysAgo: 88,
    author: 5,
    votes: 4,
    answers: [
      {
        author: 11,
        hoursLater: 5,
        votes: 6,
        accepted: true,
        body: `Para una transferencia internacional (SWIFT) tu cliente necesita:

- **Nombre completo** del titular, tal como figura en la cuenta.
- Tu **número de cuenta** o IBAN (lo ves en Cuentas → Datos de la cuenta → Internacional).
- El **código BIC/SWIFT** de Banco Austral (sale en la misma pantalla).
- Dirección del banco (también ahí).

Sobre comisiones: elige con tu cliente la opción de gastos **SHA** (compartidos). Banco Austral cobra una comisión fija por recepción y puede haber un banco intermediario que descuente algo más.`,
      },
      {
        author: 16,
        hoursLater: 12,
        votes: 2,
        body: "If the payer can send in your local currency, ask them to — the conversion rate on the sender's side is often better than the one applied on receipt.",
      },
    ],
  },
  {
    title: "Me rechazaron la reclamación de un cargo, ¿qué puedo hacer?",
    body: 'Reclamé un cargo de una tienda que nunca me envió el producto. Después de 30 días me contestan que "el comercio acreditó la entrega". Tengo capturas de los correos con la tienda. ¿Puedo apelar?',
    tags: ["contracargo", "reclamacion"],
    category: "tarjetas",
    locale: "es",
    askedDaysAgo: 23,
    author: 7,
    votes: 2,
    answers: [
      {
        author: 12,
        hoursLater: 22,
        votes: 2,
        body: "Sí: responde a la resolución pidiendo la **reconsideración** y adjunta las capturas (sobre todo donde la tienda reconoce que no envió). Si vuelven a rechazarla, puedes acudir a la autoridad de protección al usuario de servicios financieros con el folio del banco.",
      },
    ],
  },
  {
    title: "Cambié de número de celular y no puedo recibir los códigos del banco",
    body: "Perdí mi número anterior (era de prepago y se venció). El banco me sigue mandando los códigos al número viejo. ¿Cómo lo cambio si no puedo recibir el código?",
    tags: ["numero-de-telefono", "2fa"],
    category: "app",
    locale: "es",
    askedDaysAgo: 4,
    author: 2,
    answers: [],
  },
  {
    title: "¿Cómo pago la tarjeta de crédito desde una cuenta de otro banco?",
    body: "Tengo la nómina en otro banco y quiero pagar la tarjeta de Banco Austral desde ahí. ¿Qué número uso como destino?",
    tags: ["pago-tarjeta", "transferencia"],
    category: "transferencias",
    locale: "es",
    askedDaysAgo: 1.5,
    author: 13,
    answers: [],
  },
  {
    title: "No me llegan las notificaciones de compras con la tarjeta",
    body: "Antes me llegaba una notificación cada vez que pagaba con la tarjeta. Desde hace un mes ya no. Las tengo activadas en la app.",
    tags: ["notificaciones", "app"],
    category: "app",
    locale: "es",
    askedDaysAgo: 50,
    author: 6,
    votes: 1,
    answers: [
      {
        author: 11,
        hoursLater: 9,
        votes: 3,
        accepted: true,
        body: `Suele ser el teléfono, no el banco:

1. Ajustes del teléfono → Aplicaciones → Banco Austral → **Notificaciones** activadas.
2. Quita la app del **ahorro de batería** / optimización: si no, el sistema la duerme.
3. En la app: Perfil → Notificaciones → desactiva y vuelve a activar "Compras con tarjeta" para registrar otra vez el dispositivo.`,
        comments: [{ body: "Era el ahorro de batería. Ya llegan. ¡Gracias!", author: 6 }],
      },
    ],
  },
  {
    title: "Card declined abroad even though I set a travel notice",
    body: "I added a travel notice in the app for my trip, but my card was declined at a hotel check-in. The app shows no block. What else could it be?",
    tags: ["card-declined", "travel"],
    category: "tarjetas",
    locale: "en",
    askedDaysAgo: 57,
    author: 23,
    votes: 3,
    answers: [
      {
        author: 16,
        hoursLater: 2,
        votes: 4,
        accepted: true,
        body: `Hotels usually place a **pre-authorisation** for the stay plus a deposit. Common reasons it fails even with a travel notice:

- The hold is larger than your **daily card limit** (raise it temporarily in Cards → Limits).
- It's a debit card and the hold exceeds the available balance.
- The terminal runs the card as "card not present" and online purchases are disabled.

Check the declined transaction in the app; it usually shows the reason.`,
        comments: [{ body: "The hold was over my daily limit. Raised it and it went through. Thanks!", author: 23 }],
      },
    ],
  },
  {
    title: "SEPA transfer from abroad still not received after three days",
    body: "My employer in another EU country sent my salary by SEPA transfer on Monday. It's Thursday and nothing has arrived. They sent me the payment confirmation.",
    tags: ["sepa", "incoming-transfer"],
    category: "transferencias",
    locale: "en",
    askedDaysAgo: 43,
    author: 18,
    votes: 2,
    comments: [{ body: "Does the confirmation show your IBAN exactly, including the name?", author: 11 }],
    answers: [
      {
        author: 11,
        hoursLater: 4,
        votes: 4,
        accepted: true,
        body: `A normal SEPA transfer takes one business day. If it's later than that:

1. Compare the **IBAN** in the confirmation with yours character by character.
2. Check the **beneficiary name**: a big mismatch can make the bank hold it for review.
3. Ask your employer for the **transaction reference** (it's sometimes called the UETR) and request an agent here — they can trace it with that.

Held payments are either released or returned to the sender, never lost.`,
        comments: [{ body: "The name had a typo and it was held. Arrived the next day after the agent checked it.", author: 18 }],
      },
    ],
  },
  {
    title: "Locked out of the app after too many wrong PIN attempts",
    body: "I typed the wrong app PIN five times and now it says my access is blocked. How do I get back in?",
    tags: ["app", "locked-out", "pin"],
    category: "app",
    locale: "en",
    askedDaysAgo: 21,
    author: 15,
    votes: 2,
    answers: [
      {
        author: 16,
        hoursLater: 1,
        votes: 3,
        accepted: true,
        body: `On the login screen tap **Forgot PIN**. You'll need:

- Your debit card (number and expiry),
- An SMS code to your registered phone,
- A selfie for identity verification.

After that you set a new PIN. If the "Forgot PIN" option also says blocked, the block lifts automatically after 24 hours.`,
      },
    ],
  },
  {
    title: "How do I dispute a card payment I don't recognise?",
    body: "There's a payment of 45.00 to an online store I've never heard of. I still have my card. What's the process?",
    tags: ["chargeback", "fraud"],
    category: "tarjetas",
    locale: "en",
    askedDaysAgo: 34,
    author: 20,
    votes: 3,
    answers: [
      {
        author: 12,
        hoursLater: 3,
        votes: 5,
        accepted: true,
        body: `1. **Freeze the card** first: Cards → Freeze (you can unfreeze later if it turns out to be yours).
2. Open the transaction → **I don't recognise this** → "I didn't make this purchase".
3. If it's still pending, wait until it posts — pending payments can't be disputed yet.

You'll get a case number. A temporary credit usually arrives within a few days while they investigate.`,
      },
      {
        author: 9,
        hoursLater: 7,
        votes: 1,
        body: "Revisa antes si no es una app o suscripción: el nombre del comercio en el extracto a veces no coincide con la marca. Pasa mucho.",
      },
    ],
  },
  {
    title: "Can I get my account statements in English?",
    body: "I need bank statements for a visa application abroad. The PDFs are in Spanish. Is there an English version?",
    tags: ["statements", "english", "documents"],
    category: "app",
    locale: "en",
    askedDaysAgo: 74,
    author: 23,
    votes: 2,
    answers: [
      {
        author: 16,
        hoursLater: 8,
        votes: 3,
        body: "Monthly statements are only in Spanish, but a **bank certificate** (Documents → Certificates) can be requested in English. For visa applications that's usually what they want anyway, since it's signed by the bank.",
        comments: [{ body: "Got the certificate in two days. The consulate accepted it.", author: 23 }],
      },
    ],
  },
  {
    title: "Pending payment came back with a different amount",
    body: "I paid 30 EUR in a shop abroad. The pending amount was one figure, and when it posted the amount in my currency was higher. Why did it change?",
    tags: ["currency-conversion", "fees"],
    category: "tarjetas",
    locale: "en",
    askedDaysAgo: 48,
    author: 21,
    votes: 3,
    answers: [
      {
        author: 16,
        hoursLater: 3,
        votes: 6,
        accepted: true,
        body: `Two things happen:

- The **pending** amount uses an estimated rate; the final one uses the rate of the day the payment is settled (1–3 days later).
- A **foreign transaction fee** is added when it posts.

Also: if the terminal asks "pay in EUR or in your currency?", always choose the **local currency (EUR)**. Letting the shop convert (dynamic currency conversion) is almost always more expensive.`,
        comments: [{ body: "I did let the terminal convert it. Lesson learned.", author: 21 }],
      },
    ],
  },
  {
    title: "Setting up 2FA on a new phone when the old one is broken",
    body: "My old phone died and it had the app with the security key. The new phone asks me to approve the login from the old device. How do I move the key?",
    tags: ["2fa", "new-phone", "app"],
    category: "app",
    locale: "en",
    askedDaysAgo: 29,
    author: 18,
    votes: 2,
    answers: [
      {
        author: 11,
        hoursLater: 2,
        votes: 4,
        accepted: true,
        body: `When the prompt to approve on the old device appears, tap **I no longer have that device**. It switches to the recovery flow:

1. Card details + SMS code,
2. Selfie with your ID,
3. The security key is moved to the new phone and the old one is revoked.

If your phone number also changed, the SMS step won't work and you'll need an agent.`,
      },
    ],
  },
  {
    title: "What is the limit for instant transfers?",
    body: "I need to send a deposit for a flat (about 3,000). Will an instant transfer go through or do I need a normal one?",
    tags: ["instant-transfer", "limits"],
    category: "transferencias",
    locale: "en",
    askedDaysAgo: 65,
    author: 20,
    answers: [
      {
        author: 11,
        hoursLater: 5,
        votes: 2,
        body: "The default per-transfer limit for instant transfers is lower than that, but you can raise it in Profile → Limits (confirm with the app key). Otherwise a standard transfer sent before 15:00 arrives the next business day.",
      },
    ],
  },
  {
    title: "The ATM kept my card — what now?",
    body: "The ATM took my card and didn't give it back after a timeout. It wasn't a Banco Austral ATM. Can I get the card back?",
    tags: ["atm", "card-retained"],
    category: "tarjetas",
    locale: "en",
    askedDaysAgo: 52,
    author: 15,
    votes: 1,
    answers: [
      {
        author: 12,
        hoursLater: 1,
        votes: 3,
        accepted: true,
        body: "Retained cards are destroyed for security, you won't get it back. Block it in the app (Cards → Block → Retained by ATM) and order a replacement; the digital card works straight away for online payments and phone wallets.",
        comments: [{ body: "Done, thanks. At least the digital card works.", author: 15 }],
      },
    ],
  },
  {
    title: "Opening an account as a foreign resident — which documents?",
    body: "I moved here recently on a work visa. Can I open an account from the app with my passport and residence permit, or do I need to go to a branch?",
    tags: ["account-opening", "foreign-resident"],
    category: "app",
    locale: "en",
    askedDaysAgo: 9,
    author: 23,
    answers: [],
  },
  {
    title: "Why is my outgoing transfer 'under review'?",
    body: 'I sent money to a friend and it has said "Under review" for six hours. I\'ve sent money to other people before without this.',
    tags: ["transfer", "under-review"],
    category: "transferencias",
    locale: "en",
    askedDaysAgo: 2,
    author: 21,
    answers: [],
  },
  {
    title: "Adding my card to the phone wallet fails with 'card not supported'",
    body: "When I try to add my debit card to the payment wallet on my phone it says the card isn't supported. The credit card works fine.",
    tags: ["mobile-wallet", "debit-card"],
    category: "tarjetas",
    locale: "en",
    askedDaysAgo: 6,
    author: 18,
    answers: [],
  },
];
