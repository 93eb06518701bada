import type { DemoThread } from "./types";

// Telvia Móvil (telecom). Categories: facturacion, cobertura, portabilidad, equipos.
// Authors are indexes into DEMO_MEMBERS (members.ts); regulars here: 5 Javier (routers, fibre),
// 0 Lucía (billing, porting), 4 Camila (devices, eSIM), 13 Ricardo, 21 Kevin (English).
export const THREADS: DemoThread[] = [
  {
    title: "El router pierde el Wi-Fi todas las noches a partir de las 23:00",
    body: `Desde hace una semana, todas las noches entre las 23:00 y las 23:30 el Wi-Fi desaparece. Los móviles dicen "conectado sin internet" y al rato ni siquiera ven la red. Si reinicio el router vuelve, pero al día siguiente pasa lo mismo.

- Router: el blanco que instalaron con la fibra (modelo TV-R300)
- Las luces de fibra y de internet siguen en verde cuando pasa
- Por cable al ordenador sí tengo conexión

¿A alguien más le pasa? Me estoy volviendo loco.`,
    tags: ["router", "wifi", "fibra"],
    category: "equipos",
    locale: "es",
    askedDaysAgo: 62,
    author: 7,
    votes: 5,
    comments: [
      { body: "¿Tienes activada la programación horaria del Wi-Fi? Algunos routers vienen con una franja de apagado nocturno.", author: 13 },
      { body: "No que yo sepa, nunca toqué esa parte del menú. Lo miro esta noche.", author: 7 },
    ],
    answers: [
      {
        author: 5,
        hoursLater: 3,
        votes: 8,
        accepted: true,
        body: `Si por cable sigue funcionando, el problema es solo la parte Wi-Fi del router. En el TV-R300 hay dos cosas que suelen causar justo eso a una hora fija:

1. **Programación de Wi-Fi** (Avanzado → Wi-Fi → Programación): revisa que no haya una regla de apagado. A veces viene activada de fábrica tras una actualización.
2. **Canal automático**: a esa hora tus vecinos cambian de canal y el router se queda "buscando". Fija el canal a mano:

| Banda | Canal recomendado | Ancho |
|---|---|---|
| 2,4 GHz | 1, 6 u 11 | 20 MHz |
| 5 GHz | 36–48 | 80 MHz |

Guarda, reinicia una vez y prueba un par de noches. Si sigue, pide que te cambien el equipo.`,
        comments: [
          {
            body: "Era la programación: tenía una regla de 23:00 a 07:00 que yo no puse. La quité y llevo tres noches sin cortes. ¡Gracias!",
            author: 7,
            hoursLater: 50,
          },
          { body: "Esto debería estar en la guía oficial, me pasó lo mismo tras la última actualización.", author: 2 },
        ],
      },
      {
        author: 21,
        hoursLater: 9,
        votes: 2,
        body: "Same thing happened to me. Besides the schedule, check the firmware version under *Status → Device info*; the update from last month fixed a Wi-Fi crash for me.",
      },
    ],
  },
  {
    title: "Llevo tres semanas esperando la instalación de fibra y nadie me da fecha",
    body: `Contraté fibra 600 Mb el día 2 y todavía no vino nadie. En la app el pedido sigue en "Pendiente de cita". Llamé dos veces y solo me dicen que "está en gestión".

¿Es normal que tarde tanto? ¿Hay alguna forma de saber en qué paso está realmente?`,
    tags: ["fibra", "instalacion", "alta"],
    category: "cobertura",
    locale: "es",
    askedDaysAgo: 48,
    author: 10,
    votes: 3,
    answers: [
      {
        author: 0,
        hoursLater: 2,
        votes: 4,
        body: `Por experiencia, "Pendiente de cita" suele esconder uno de estos pasos:

- **Estudio de viabilidad**: comprueban que haya puerto libre en la caja de tu calle o edificio.
- **Permiso de la comunidad**: si el edificio no tiene fibra todavía, necesitan autorización para pasar cableado.
- **Obra en la calle**: si falta canalización, puede irse a más de un mes.

Pide que te digan *cuál de los tres* es; si te responden con el paso concreto, al menos sabes qué esperar.`,
      },
      {
        author: 5,
        hoursLater: 20,
        votes: 2,
        body: "Si pasan 30 días desde la contratación sin cita, puedes pedir que escalen el caso. Desde aquí mismo, el botón de pedir un agente abre un caso privado donde ven tu pedido; en mi caso me dieron cita en cuatro días.",
        comments: [{ body: "Hecho, ya abrí el caso. Os cuento qué me dicen.", author: 10 }],
      },
    ],
  },
  {
    title: "Cargo de roaming en la factura aunque tenía el bono de viaje activado",
    body: `Estuve 5 días fuera y activé el bono de viaje desde la app antes de salir. Ahora en la factura aparecen 23,40 € de "Datos en itinerancia". El bono también aparece cobrado.

¿Alguien sabe por qué me cobran las dos cosas?`,
    tags: ["roaming", "factura", "bono-viaje"],
    category: "facturacion",
    locale: "es",
    askedDaysAgo: 81,
    author: 8,
    votes: 3,
    comments: [{ body: "¿El bono lo activaste antes de cruzar la frontera o ya estando allí?", author: 0 }],
    answers: [
      {
        author: 0,
        hoursLater: 4,
        votes: 6,
        accepted: true,
        body: `Lo más habitual: el bono se activa a las **00:00 del día siguiente** a contratarlo, no en el momento. Si aterrizaste el mismo día, esas primeras horas se cobran a tarifa normal de itinerancia.

Mira el detalle de consumos de ese día en la app (Facturas → Ver detalle): si los cargos son todos del primer día, es eso. Aun así, puedes reclamarlo; suelen devolverlo si el bono se contrató antes del viaje.`,
        comments: [{ body: "Exacto, todo era del primer día. Reclamé y me lo devuelven en la próxima factura.", author: 8 }],
      },
    ],
  },
  {
    title: "¿Cuánto tarda la portabilidad de mi número desde otra compañía?",
    body: "Quiero pasarme a Telvia con mi número de siempre. ¿Cuántos días me quedo sin línea? Lo necesito para trabajar y me da miedo quedarme incomunicada.",
    tags: ["portabilidad", "numero"],
    category: "portabilidad",
    locale: "es",
    askedDaysAgo: 74,
    author: 6,
    votes: 4,
    answers: [
      {
        author: 0,
        hoursLater: 1,
        votes: 7,
        accepted: true,
        body: `No te quedas sin línea: la portabilidad se hace en una ventana de madrugada.

1. Pides el alta con portabilidad y te envían la SIM nueva.
2. Te llega un SMS con la **fecha y hora del cambio** (normalmente 1–3 días hábiles).
3. Esa noche, entre las 2:00 y las 6:00, la SIM vieja deja de funcionar.
4. Metes la SIM nueva y listo.

El único corte real es de unos minutos durante esa ventana.`,
        comments: [{ body: "Perfecto, mucho más sencillo de lo que pensaba. ¡Gracias!", author: 6 }],
      },
      {
        author: 13,
        hoursLater: 6,
        votes: 1,
        body: "Consejo: no canceles nada con tu compañía actual. Si das de baja la línea antes de que termine la portabilidad, pierdes el número.",
      },
    ],
  },
  {
    title: "No puedo activar la eSIM: el código QR dice que ya fue usado",
    body: `Cambié de móvil y al escanear el QR de la eSIM me sale "Este código ya no es válido". Lo había escaneado en el móvil viejo hace un año.

¿Tengo que ir a una tienda o se puede hacer online?`,
    tags: ["esim", "activacion", "qr"],
    category: "equipos",
    locale: "es",
    askedDaysAgo: 35,
    author: 2,
    votes: 2,
    answers: [
      {
        author: 4,
        hoursLater: 2,
        votes: 5,
        accepted: true,
        body: `Cada QR de eSIM se puede usar **una sola vez**. Para el móvil nuevo necesitas uno nuevo:

- App de Telvia → Mis líneas → *Cambiar a eSIM / Nuevo dispositivo*.
- Te piden confirmar con un código por SMS o correo.
- El QR nuevo llega al correo en unos minutos; la eSIM del móvil viejo se desactiva al activar la nueva.

Hazlo con Wi-Fi, porque durante unos minutos no tendrás datos móviles.`,
        comments: [{ body: "Listo, en 10 minutos tenía la eSIM funcionando. No sabía que se podía desde la app.", author: 2 }],
      },
    ],
  },
  {
    title: "La factura de este mes vino casi el doble de lo normal",
    body: `Siempre pago unos 35 € y este mes me llegaron 64 €. No hice llamadas internacionales ni nada raro. Lo único que hice fue cambiarme a la tarifa con más gigas a mitad de mes.

¿Es por eso?`,
    tags: ["factura", "cambio-de-tarifa"],
    category: "facturacion",
    locale: "es",
    askedDaysAgo: 27,
    author: 12,
    votes: 2,
    answers: [
      {
        author: 0,
        hoursLater: 3,
        votes: 4,
        accepted: true,
        body: `Casi seguro que sí. Cuando cambias de tarifa a mitad de ciclo, en esa factura ves:

- La parte proporcional de la tarifa vieja (del 1 al día del cambio).
- La parte proporcional de la nueva **más el mes siguiente por adelantado**.

Por eso parece el doble. En la próxima factura vuelve a lo normal (el precio de la tarifa nueva). En el PDF, el apartado "Cuotas" lo desglosa por días.`,
      },
      {
        author: 13,
        hoursLater: 5,
        votes: 1,
        body: "A mí me pasó igual. Revisa también que no te hayan dejado activo algún bono antiguo de la tarifa anterior; a veces no se da de baja solo.",
      },
      {
        author: 23,
        hoursLater: 30,
        votes: -2,
        body: "Llama y amenaza con irte, así siempre te hacen descuento.",
        comments: [{ body: "Eso no explica el cargo. Mejor entender la factura primero.", author: 0 }],
      },
    ],
  },
  {
    title: "¿Hay cobertura 5G en mi zona? El móvil solo muestra 4G",
    body: "Vivo en el centro y según el mapa de la web tengo 5G, pero mi móvil nunca pasa de 4G. La tarifa dice que incluye 5G. ¿Qué tengo que revisar?",
    tags: ["5g", "cobertura", "movil"],
    category: "cobertura",
    locale: "es",
    askedDaysAgo: 40,
    author: 9,
    votes: 2,
    answers: [
      {
        author: 4,
        hoursLater: 5,
        votes: 3,
        accepted: true,
        body: `Revisa en este orden:

1. **El móvil es compatible con 5G** y con las bandas de Telvia (mira la ficha técnica: n78 es la principal).
2. Ajustes → Redes móviles → **Tipo de red preferido: 5G/4G/3G/2G (auto)**.
3. En algunos Android el 5G viene desactivado en el "modo ahorro de batería".
4. La SIM: las SIM muy antiguas a veces no registran 5G; un duplicado es gratis.

El mapa de cobertura indica exterior; dentro de casa la señal 5G cae bastante más que la 4G.`,
        comments: [{ body: "Era el ahorro de batería. Ahora me sale 5G en la calle, dentro de casa a ratos.", author: 9 }],
      },
    ],
  },
  {
    title: "El decodificador de TV dice 'Sin señal' desde ayer",
    body: `Desde ayer por la noche la tele muestra "Sin señal" con el decodificador de Telvia. Internet funciona perfecto. Ya apagué y prendí el deco dos veces.

La luz frontal del deco está en rojo fijo.`,
    tags: ["tv", "decodificador", "sin-senal"],
    category: "equipos",
    locale: "es",
    askedDaysAgo: 12,
    author: 3,
    votes: 1,
    comments: [{ body: "¿El deco está conectado al router por cable o por Wi-Fi?", author: 5 }],
    answers: [
      {
        author: 5,
        hoursLater: 2,
        votes: 3,
        accepted: true,
        body: `Luz roja fija = el deco está en reposo o no arrancó bien. Prueba:

1. Desenchúfalo de la corriente **30 segundos** (no desde el mando).
2. Comprueba que la tele está en la entrada HDMI correcta.
3. Si va por cable, que el cable de red esté en un puerto **LAN 1–4 del router**, no en otro sitio.
4. Si sigue en rojo, mantén pulsado el botón de encendido del deco 10 s para forzar el arranque.

Si después de eso sigue igual, es avería del equipo y te lo cambian sin coste.`,
        comments: [{ body: "Era el paso 1, con el mando no se reiniciaba de verdad. Ya tengo tele.", author: 3 }],
      },
    ],
  },
  {
    title: "¿Puedo cambiar de tarifa a mitad de mes sin penalización?",
    body: "Tengo la tarifa de 20 GB y quiero bajar a la de 10 GB porque trabajo desde casa y casi no uso datos. ¿Me cobran algo por bajar de tarifa? Llevo 8 meses con ellos.",
    tags: ["tarifa", "permanencia"],
    category: "facturacion",
    locale: "es",
    askedDaysAgo: 19,
    author: 11,
    answers: [
      {
        author: 13,
        hoursLater: 8,
        votes: 2,
        body: "Si tu tarifa no lleva terminal a plazos, no hay permanencia y puedes bajar cuando quieras. Si el móvil lo compraste con ellos, mira el contrato: a veces la permanencia depende de mantener una tarifa mínima.",
      },
    ],
  },
  {
    title: "Portabilidad rechazada: 'los datos del titular no coinciden'",
    body: `Intenté traer mi número a Telvia y a los dos días me llegó un SMS: "Portabilidad rechazada. Datos del titular no coinciden".

La línea está a mi nombre desde hace años. ¿Qué puede ser?`,
    tags: ["portabilidad", "rechazo", "titular"],
    category: "portabilidad",
    locale: "es",
    askedDaysAgo: 56,
    author: 17,
    votes: 2,
    comments: [{ body: "¿Es una línea de prepago? En prepago a veces el titular registrado no es quien uno cree.", author: 0 }],
    answers: [
      {
        author: 0,
        hoursLater: 6,
        votes: 6,
        accepted: true,
        body: `Los motivos típicos de ese rechazo:

- El documento que diste (DNI/NIE/pasaporte) no es el mismo con el que se registró la línea en la compañía de origen.
- Un error de una letra en el nombre o apellidos.
- La línea está a nombre de una **empresa** (CIF) y la portabilidad se pidió como particular.
- Es prepago y la registró otra persona (la tienda, un familiar…).

Pregunta en tu compañía actual con qué datos figura el titular y vuelve a pedirla con esos mismos datos.`,
        comments: [{ body: "Era eso: la puso mi hermano a su nombre cuando la compré. Lo cambiamos y vuelvo a pedirla.", author: 17 }],
      },
    ],
  },
  {
    title: "Fibra de 600 Mb pero en los test me llegan 90 Mb",
    body: `Tengo 600 Mb simétricos y nunca paso de 90–95 Mb, ni siquiera por cable. Esto es lo que me sale en un test desde el portátil conectado al router:

~~~
Descarga: 93.8 Mbps
Subida:   94.1 Mbps
Ping:     6 ms
~~~

¿Me están dando menos de lo que pago?`,
    tags: ["fibra", "velocidad", "cable-de-red"],
    category: "cobertura",
    locale: "es",
    askedDaysAgo: 33,
    author: 13,
    votes: 4,
    answers: [
      {
        author: 5,
        hoursLater: 1,
        votes: 8,
        accepted: true,
        body: `Ese número (≈94 Mb en los dos sentidos) es el límite clásico de un enlace a **100 Mbps**. No es la fibra, es algo entre el router y tu portátil:

- **Cable** de red categoría 5 (sin la "e") o dañado: cámbialo por uno Cat 5e o Cat 6.
- **Tarjeta de red** o adaptador USB de 100 Mbps.
- Puerto del router: prueba otro LAN.

En Linux o macOS puedes ver la velocidad negociada así:

~~~bash
# Linux
ethtool eth0 | grep Speed
# macOS
ifconfig en0 | grep media
~~~

Si dice "100baseTX" o "Speed: 100Mb/s", ahí lo tienes.`,
        comments: [
          { body: "Era el cable, uno viejo de un cajón. Con el que venía en la caja del router: 580/590. Qué vergüenza 😅", author: 13 },
          { body: "Le pasa a todo el mundo, yo estuve un mes igual.", author: 21 },
        ],
      },
      {
        author: 21,
        hoursLater: 4,
        votes: 2,
        body: "Also worth knowing: over Wi-Fi you will rarely see the full 600 Mb. On 5 GHz with a recent laptop, 300–450 Mb is normal.",
      },
    ],
  },
  {
    title: "Me cobran una suscripción premium por SMS que nunca contraté",
    body: 'En la última factura aparece "Servicios de terceros: 7,99 €" y otro igual el mes anterior. No sé qué es. ¿Cómo lo doy de baja y recupero el dinero?',
    tags: ["factura", "cobros-de-terceros", "sms-premium"],
    category: "facturacion",
    locale: "es",
    askedDaysAgo: 66,
    author: 18,
    votes: 3,
    answers: [
      {
        author: 0,
        hoursLater: 2,
        votes: 5,
        accepted: true,
        body: `Son suscripciones de contenidos que se cobran a través de la factura (a veces basta con tocar un anuncio).

1. En la app: Mi línea → **Servicios de terceros** → ahí ves el nombre del proveedor y puedes darla de baja.
2. Activa el **bloqueo de cobros de terceros** en el mismo menú para que no vuelva a pasar.
3. Para el reembolso, reclama al proveedor (el contacto sale en el detalle del cargo). Si no contesta en un mes, abre una reclamación con Telvia.`,
      },
      {
        author: 6,
        hoursLater: 26,
        votes: 2,
        body: "Yo activé el bloqueo y también el de SMS de tarificación adicional. Desde entonces nada raro en las facturas.",
      },
    ],
  },
  {
    title: "En la calle tengo cobertura pero dentro de casa no hay manera",
    body: "Vivo en un bajo con paredes muy gruesas. Fuera tengo 4 rayas, dentro 0–1 y se cortan las llamadas. Tengo fibra con Telvia. ¿Hay alguna solución que no sea salir al balcón a hablar?",
    tags: ["cobertura", "interior", "llamadas-wifi"],
    category: "cobertura",
    locale: "es",
    askedDaysAgo: 22,
    author: 8,
    votes: 3,
    answers: [
      {
        author: 4,
        hoursLater: 3,
        votes: 4,
        accepted: true,
        body: `Activa las **llamadas por Wi-Fi**. Ya tienes fibra, así que es la solución directa:

- Android: Ajustes → Redes móviles → Llamadas por Wi-Fi.
- iOS: Ajustes → Teléfono → Llamadas por Wi-Fi.

Las llamadas van por internet pero con tu número normal y sin coste extra. Cuando sales de casa pasa a la red móvil sola.`,
        comments: [{ body: "Funciona genial, ya no se corta ninguna llamada. Gracias Camila.", author: 8 }],
      },
      {
        author: 13,
        hoursLater: 10,
        votes: 1,
        body: "Si tu móvil no tiene esa opción, pregunta por un repetidor de interior; en algunos casos lo dan en préstamo.",
      },
    ],
  },
  {
    title: "¿Cómo configuro el APN para los datos móviles?",
    body: "Me compré un móvil libre de importación y no me funcionan los datos. Llamadas y SMS sí. Creo que es el APN, pero no sé qué poner.",
    tags: ["apn", "datos-moviles", "configuracion"],
    category: "equipos",
    locale: "es",
    askedDaysAgo: 58,
    author: 15,
    votes: 2,
    answers: [
      {
        author: 4,
        hoursLater: 2,
        votes: 7,
        accepted: true,
        body: `Ajustes → Redes móviles → Nombres de puntos de acceso → **+** y pon:

| Campo | Valor |
|---|---|
| Nombre | Telvia Internet |
| APN | internet.telvia |
| Usuario / Contraseña | (vacío) |
| MCC / MNC | los que salgan por defecto |
| Tipo de APN | default,supl |
| Protocolo | IPv4/IPv6 |

Guarda, selecciónalo y reinicia el móvil. Si tampoco, pon el modo avión 10 segundos.`,
        comments: [{ body: "Works! Datos funcionando. Gracias.", author: 15 }],
      },
    ],
  },
  {
    title: "Cambié el router por uno propio y ahora la TV no funciona",
    body: `Puse un router mío (más potente) detrás de la ONT y el internet va bien, pero el decodificador de TV dice "Error de red".

¿Hay que configurar algo especial para la tele?`,
    tags: ["router-propio", "iptv", "vlan"],
    category: "equipos",
    locale: "es",
    askedDaysAgo: 44,
    author: 21,
    votes: 4,
    answers: [
      {
        author: 5,
        hoursLater: 4,
        votes: 6,
        accepted: true,
        body: `Sí, la TV va en su propia VLAN. En tu router tienes que replicar esto (los datos de la ficha técnica de Telvia):

~~~
WAN internet: VLAN 20, prioridad 1, PPPoE o DHCP según tu alta
WAN TV:       VLAN 24, prioridad 4, DHCP
IGMP proxy:   activado en la interfaz de TV
IGMP snooping en la LAN: activado
~~~

Y el deco tiene que estar en un puerto donde le llegue el tráfico multicast. Si tu router no permite varias VLAN en la WAN, lo más fácil es dejar el router de Telvia solo para la TV.`,
        comments: [{ body: "Con el IGMP proxy activado ya carga los canales. Los de catálogo bajo demanda tardan un poco, pero funciona.", author: 21 }],
      },
      {
        author: 13,
        hoursLater: 30,
        votes: 1,
        body: "Ojo que con router propio el soporte técnico solo te atiende hasta la ONT. Guarda el router original por si tienes que llamar.",
      },
    ],
  },
  {
    title: "¿Puedo mantener mi número fijo si me mudo a otra ciudad?",
    body: "Me mudo de provincia el mes que viene y me gustaría conservar el número fijo de casa, aunque casi no lo uso. ¿Se puede?",
    tags: ["fijo", "mudanza", "numero"],
    category: "portabilidad",
    locale: "es",
    askedDaysAgo: 13,
    author: 8,
    answers: [
      {
        author: 0,
        hoursLater: 7,
        votes: 2,
        body: "Los fijos geográficos llevan el prefijo de la provincia, así que al cambiar de provincia normalmente no se puede conservar. Dentro de la misma provincia sí. Con el traslado de fibra te asignan uno nuevo sin coste.",
      },
    ],
  },
  {
    title: "Me devolvieron el recibo del banco y me cortaron la línea",
    body: "Cambié de cuenta bancaria y se me olvidó actualizar la domiciliación. El recibo vino devuelto y hoy me cortaron la línea de salida. ¿Cómo pago ya para que me la reactiven?",
    tags: ["pago", "recibo-devuelto", "corte"],
    category: "facturacion",
    locale: "es",
    askedDaysAgo: 9,
    author: 22,
    votes: 1,
    answers: [
      {
        author: 0,
        hoursLater: 1,
        votes: 3,
        accepted: true,
        body: `Desde la app: Facturas → la factura pendiente → **Pagar con tarjeta**. En cuanto se confirma el pago, la línea se reactiva sola (suele ser en menos de 2 horas, máximo 24).

Y aprovecha para cambiar la cuenta en Mi perfil → Datos de pago, que si no el mes que viene pasa otra vez.`,
        comments: [{ body: "Pagado y en una hora ya podía llamar. Gracias.", author: 22 }],
      },
    ],
  },
  {
    title: "Microcortes de internet cada pocos minutos con la fibra",
    body: `Desde el lunes tengo cortes de 10–20 segundos varias veces por hora. Se nota mucho en videollamadas. Reinicié router y ONT.

¿Qué más puedo mirar antes de llamar?`,
    tags: ["fibra", "cortes", "ont"],
    category: "cobertura",
    locale: "es",
    askedDaysAgo: 5,
    author: 6,
    votes: 2,
    comments: [
      { body: "Cuando se corta, ¿alguna luz de la ONT cambia? En especial la que pone LOS o PON.", author: 5 },
      { body: "Sí, creo que la de LOS parpadea en rojo un momento.", author: 6, hoursLater: 5 },
    ],
    answers: [
      {
        author: 5,
        hoursLater: 6,
        votes: 3,
        body: `LOS en rojo = la ONT pierde la señal óptica. Eso no se arregla reiniciando:

- Revisa que el latiguillo de fibra (el cable fino, normalmente verde) no esté doblado ni pisado por un mueble.
- No lo desconectes ni mires dentro del conector.
- Si está bien, es avería de la línea: abre un caso con un agente y di exactamente "LOS intermitente", que así lo mandan directo a técnico.`,
        comments: [{ body: "El cable estaba aplastado detrás del mueble de la tele. Lo coloqué bien y de momento sin cortes.", author: 6, hoursLater: 20 }],
      },
    ],
  },
  {
    title: "El técnico dice que no hay hueco libre en la caja de fibra del edificio",
    body: 'Vino el técnico a instalar y dice que la caja de la planta está llena y que "ya lo gestionarán". De eso hace diez días. ¿Alguien sabe cuánto tardan en ampliar una caja?',
    tags: ["fibra", "instalacion", "caja-terminal"],
    category: "cobertura",
    locale: "es",
    askedDaysAgo: 17,
    author: 23,
    answers: [],
  },
  {
    title: "Quiero dar de baja el teléfono fijo y quedarme solo con la fibra",
    body: "Tengo el paquete fibra + fijo + móvil. El fijo no lo uso nunca y me llegan solo llamadas comerciales. ¿Puedo quitarlo sin perder el descuento del paquete?",
    tags: ["fijo", "baja", "paquete"],
    category: "facturacion",
    locale: "es",
    askedDaysAgo: 3,
    author: 10,
    answers: [],
  },
  {
    title: "¿La eSIM funciona también en un reloj inteligente con el mismo número?",
    body: "Me regalaron un reloj con eSIM y quiero usarlo para salir a correr sin el móvil. ¿Telvia permite compartir el número con el reloj?",
    tags: ["esim", "reloj", "multisim"],
    category: "equipos",
    locale: "es",
    askedDaysAgo: 29,
    author: 2,
    votes: 2,
    answers: [
      {
        author: 4,
        hoursLater: 11,
        votes: 3,
        accepted: true,
        body: `Sí, se llama **MultiSIM**. Se activa desde la app del reloj (no desde la de Telvia):

1. En la app del reloj, elige *Añadir plan móvil*.
2. Te redirige a Telvia para iniciar sesión y aceptar.
3. Tiene una cuota mensual pequeña; revisa el precio en tu tarifa.

Las llamadas entran a los dos; los datos se comparten con tu bono.`,
      },
    ],
  },
  {
    title: "Me llegó un SMS de 'paquete retenido' que dice ser de Telvia, ¿es estafa?",
    body: `Me llegó esto:

> Telvia: su pedido está retenido por falta de pago de 1,99 €. Regularice aquí: (enlace acortado)

No tengo ningún pedido pendiente. ¿Es de verdad?`,
    tags: ["seguridad", "sms", "fraude"],
    category: "equipos",
    locale: "es",
    askedDaysAgo: 24,
    author: 12,
    votes: 6,
    answers: [
      {
        author: 13,
        hoursLater: 1,
        votes: 9,
        accepted: true,
        body: `Es **smishing** (fraude por SMS). Señales claras:

- Enlace acortado y un importe pequeño para que no lo pienses.
- Telvia nunca pide pagos por enlace en un SMS; todo está en la app o en el área de cliente.

No toques el enlace. Si ya metiste datos de tarjeta, bloquéala en tu banco ahora mismo. Puedes reenviar el SMS como denuncia y borrarlo.`,
        comments: [{ body: "No lo abrí, menos mal. Gracias por la respuesta tan rápida.", author: 12 }],
      },
      {
        author: 4,
        hoursLater: 3,
        votes: 3,
        body: "A mi madre le llegó el mismo. Si lo abriste solo para mirar y no metiste datos, no pasa nada, pero borra el SMS para no tocarlo sin querer.",
      },
    ],
  },
  {
    title: "Perdí el móvil: ¿cómo bloqueo la SIM y pido un duplicado?",
    body: "Ayer perdí el móvil en el autobús. ¿Cómo bloqueo la línea para que nadie la use y cómo pido una SIM nueva con el mismo número?",
    tags: ["sim", "duplicado", "perdida"],
    category: "equipos",
    locale: "es",
    askedDaysAgo: 51,
    author: 9,
    votes: 2,
    answers: [
      {
        author: 4,
        hoursLater: 1,
        votes: 4,
        accepted: true,
        body: `Desde otro móvil u ordenador:

1. Entra al área de cliente → Mis líneas → **Bloquear por robo o pérdida**. El bloqueo es inmediato.
2. En el mismo menú, *Pedir duplicado*: eSIM al momento o SIM física a domicilio o en tienda.
3. Al activar la nueva se desbloquea la línea.

Denuncia también la pérdida si tenías el móvil a plazos: te lo pueden pedir para bloquear el IMEI.`,
      },
    ],
  },
  {
    title: "El móvil dice 'Solo llamadas de emergencia' y no puedo llamar",
    body: 'Desde esta mañana el móvil pone "Solo llamadas de emergencia". Reinicié y nada. Ayer funcionaba perfecto. La factura está pagada.',
    tags: ["sim", "sin-servicio", "emergencia"],
    category: "cobertura",
    locale: "es",
    askedDaysAgo: 7,
    author: 11,
    votes: 1,
    answers: [
      {
        author: 4,
        hoursLater: 2,
        votes: 2,
        body: `Prueba en este orden:

1. Modo avión 30 s y quítalo.
2. Saca la SIM, límpiala con un paño seco y vuelve a meterla.
3. Ajustes → Redes móviles → Operadores → desactiva "Automático" y selecciona Telvia a mano.
4. Prueba la SIM en otro móvil: si allí tampoco, pide un duplicado.`,
      },
      {
        author: 13,
        hoursLater: 3,
        votes: 1,
        body: "Mira también la web de incidencias: esta mañana hubo una caída en varias zonas del norte. Puede que no sea tu SIM.",
        comments: [{ body: "Era la caída, a mediodía volvió sola. Gracias a los dos.", author: 11 }],
      },
    ],
  },
  {
    title: "Según la app gasté 10 GB en dos días sin casi usar el móvil",
    body: "El lunes tenía 12 GB y hoy me quedan 2. No vi vídeos ni nada. ¿Puede ser un error del contador o algo de mi móvil?",
    tags: ["datos-moviles", "consumo"],
    category: "facturacion",
    locale: "es",
    askedDaysAgo: 15,
    author: 7,
    votes: 1,
    answers: [
      {
        author: 4,
        hoursLater: 4,
        votes: 4,
        accepted: true,
        body: `Casi siempre es algo del móvil:

- **Copia de seguridad** de fotos o una actualización grande que empezó con datos móviles.
- Compartir internet (punto de acceso) que alguien dejó conectado.
- Alguna app con reproducción automática de vídeo.

En Ajustes → Uso de datos ves qué app gastó cuánto. Activa "actualizar y subir copias solo con Wi-Fi".`,
        comments: [{ body: "Era la copia de las fotos, 8 GB. Ya lo puse solo con Wi-Fi.", author: 7 }],
      },
    ],
  },
  {
    title: "Portabilidad de cuatro líneas a la vez para un plan familiar",
    body: "Queremos pasarnos toda la familia (4 líneas, dos son de prepago y dos de contrato, todas en la misma compañía). ¿Se pueden portar todas el mismo día? ¿Hay que estar como titular de todas?",
    tags: ["portabilidad", "plan-familiar"],
    category: "portabilidad",
    locale: "es",
    askedDaysAgo: 2,
    author: 3,
    answers: [],
  },
  {
    title: "No me llegan los SMS de verificación del banco",
    body: "Los SMS normales me llegan, pero los códigos del banco y de algunas webs no. Esto empezó hace una semana. ¿Puede ser cosa de la línea?",
    tags: ["sms", "verificacion"],
    category: "equipos",
    locale: "es",
    askedDaysAgo: 38,
    author: 10,
    votes: 3,
    answers: [
      {
        author: 4,
        hoursLater: 5,
        votes: 4,
        accepted: true,
        body: `Los códigos vienen de remitentes alfanuméricos, y hay dos cosas que los bloquean:

1. En la app de mensajes: **Filtrar remitentes desconocidos** o "spam" activado. Revisa la carpeta de spam.
2. En Telvia: si activaste el *bloqueo de SMS de tarificación adicional*, algunos códigos se cuelan en ese filtro. Desactívalo, recibe el código y vuelve a activarlo.`,
        comments: [{ body: "Estaban en la carpeta de spam, ni sabía que existía. Gracias.", author: 10 }],
      },
    ],
  },
  {
    title: "Después de la portabilidad no me llaman desde la compañía anterior",
    body: 'Ayer terminó mi portabilidad y todo va bien, salvo que mi madre (que sigue en la compañía vieja) me llama y le sale "número no disponible".',
    tags: ["portabilidad", "llamadas-entrantes"],
    category: "portabilidad",
    locale: "es",
    askedDaysAgo: 70,
    author: 18,
    votes: 1,
    answers: [
      {
        author: 0,
        hoursLater: 2,
        votes: 3,
        accepted: true,
        body: "Es normal las primeras horas: cada compañía actualiza su tabla de números portados y alguna tarda hasta 24 h. Si mañana sigue igual, pide un agente para que lo revisen con la compañía de origen.",
        comments: [{ body: "Hoy ya puede llamarme. Gracias.", author: 18 }],
      },
    ],
  },
  {
    title: "¿Cómo descargo la factura detallada en PDF para mi empresa?",
    body: "Soy autónoma y necesito la factura completa con NIF para la contabilidad. En la app solo veo un resumen.",
    tags: ["factura", "pdf", "autonomos"],
    category: "facturacion",
    locale: "es",
    askedDaysAgo: 86,
    author: 6,
    votes: 2,
    answers: [
      {
        author: 0,
        hoursLater: 3,
        votes: 3,
        accepted: true,
        body: `En la **web** (no en la app):

1. Área de cliente → Facturas.
2. Elige el mes → *Descargar PDF completo*.
3. Si el NIF no aparece, cámbialo en Perfil → Datos fiscales; se aplica a partir de la siguiente factura.

Las facturas anteriores con datos antiguos se pueden pedir rectificadas a través de un agente.`,
      },
    ],
  },
  {
    title: "¿Cómo abro puertos en el router de Telvia para la consola?",
    body: 'Juego online y la consola dice "NAT tipo 3 / estricta". He leído que hay que abrir puertos, pero no encuentro dónde en el router.',
    tags: ["router", "puertos", "nat"],
    category: "equipos",
    locale: "es",
    askedDaysAgo: 45,
    author: 17,
    votes: 3,
    answers: [
      {
        author: 5,
        hoursLater: 2,
        votes: 6,
        accepted: true,
        body: `En el TV-R300 (192.168.1.1):

1. Dale a la consola una **IP fija**: Avanzado → LAN → Reservas DHCP, por ejemplo 192.168.1.50.
2. Avanzado → NAT → Redirección de puertos, y añade:

| Protocolo | Puerto externo | IP interna |
|---|---|---|
| TCP | 3478–3480 | 192.168.1.50 |
| UDP | 3074, 3478–3479 | 192.168.1.50 |

3. Alternativa más sencilla: activa **UPnP** (Avanzado → NAT → UPnP) y la consola abre lo que necesite.

Mira en la web del fabricante de la consola los puertos exactos de tu juego.`,
        comments: [{ body: "Con UPnP ya me sale NAT 2/moderada. Perfecto.", author: 17 }],
      },
      {
        author: 21,
        hoursLater: 12,
        votes: 1,
        body: "If you use your own router behind the Telvia one you will get double NAT. In that case put the Telvia router in bridge mode first.",
      },
    ],
  },
  {
    title: "Roaming charges in the EU even though my plan includes roaming",
    body: "I was in Portugal for a week and got charged for extra data. My plan says EU roaming is included. I only used about 15 GB. What happened?",
    tags: ["roaming", "bill", "fair-use"],
    category: "facturacion",
    locale: "en",
    askedDaysAgo: 60,
    author: 15,
    votes: 3,
    answers: [
      {
        author: 0,
        hoursLater: 5,
        votes: 5,
        accepted: true,
        body: `EU roaming is included, but with a **fair use limit** on data, which is lower than your home allowance on big plans. Once you pass it, each extra GB is charged.

You can see the roaming allowance for your plan in the app under *My plan → Roaming*. It is usually shown as "X GB in EU". Next time, the app sends an SMS when you reach 80% of it.`,
        comments: [{ body: "Didn't know there was a separate cap. Makes sense now, thanks.", author: 15 }],
      },
      {
        author: 21,
        hoursLater: 9,
        votes: 2,
        body: "Tip: turn off automatic photo backup when travelling. That is where most of my roaming data went.",
      },
    ],
  },
  {
    title: "How do I bring my number to Telvia from a prepaid SIM?",
    body: "I have a prepaid SIM from another carrier and want to switch to a Telvia contract. Do I need to top up or close anything first?",
    tags: ["porting", "prepaid"],
    category: "portabilidad",
    locale: "en",
    askedDaysAgo: 76,
    author: 23,
    votes: 2,
    answers: [
      {
        author: 0,
        hoursLater: 4,
        votes: 4,
        accepted: true,
        body: `No need to close anything — closing it would actually lose the number. Just:

1. Make sure the prepaid line is **active** (not expired) and registered under your ID.
2. Order Telvia with "keep my number" and give the same ID the prepaid is registered with.
3. You get an SMS with the switch date; that night the old SIM stops and you put in the new one.

Any prepaid balance left over is lost, so don't top up before porting.`,
      },
    ],
  },
  {
    title: "eSIM activation stuck on 'Activating…' after switching phones",
    body: 'I scanned the new eSIM QR code on my new phone. It has been showing "Activating…" for three hours and I have no signal. The old phone also lost service.',
    tags: ["esim", "activation"],
    category: "equipos",
    locale: "en",
    askedDaysAgo: 31,
    author: 18,
    votes: 2,
    comments: [{ body: "Are you connected to Wi-Fi on the new phone? The activation needs internet.", author: 4 }],
    answers: [
      {
        author: 21,
        hoursLater: 1,
        votes: 3,
        body: "Restart the phone while on Wi-Fi. In my case the profile was downloaded but the phone didn't register until a reboot.",
      },
      {
        author: 4,
        hoursLater: 2,
        votes: 3,
        accepted: true,
        body: `If a reboot doesn't help:

- Settings → Mobile network → check the eSIM line is **turned on** and set as the line for calls and data.
- Don't delete the eSIM profile; a deleted profile can't be reinstalled from the same QR.
- If it is still stuck after 24 h, request an agent: they can reset the activation on their side.`,
        comments: [{ body: "The line was installed but switched off. Turned it on and it worked straight away.", author: 18 }],
      },
    ],
  },
  {
    title: "Wi-Fi drops only at night — router log attached",
    body: `My Wi-Fi disconnects most nights between 1 and 3 am, which kills my backups. Wired is fine. Here is what the router log shows around that time:

~~~
01:42:10 wlan1: DFS radar detected on channel 52
01:42:10 wlan1: switching to channel 36
01:42:11 wlan1: all stations disassociated
~~~

Is the router faulty?`,
    tags: ["wifi", "router", "dfs"],
    category: "equipos",
    locale: "en",
    askedDaysAgo: 54,
    author: 21,
    votes: 4,
    answers: [
      {
        author: 5,
        hoursLater: 3,
        votes: 7,
        accepted: true,
        body: `Not faulty: that's **DFS**. Channels 52–144 on 5 GHz are shared with weather and airport radar, and the router must leave them when it detects a radar pulse, which kicks everyone off.

Fix: pin 5 GHz to a non-DFS channel (36, 40, 44 or 48) instead of *Auto*:

~~~
Advanced → Wi-Fi → 5 GHz → Channel: 36 → Save
~~~

You lose a little bandwidth, but no more drops.`,
        comments: [{ body: "Pinned to 40, three nights without a drop. Thanks!", author: 21, hoursLater: 70 }],
      },
    ],
  },
  {
    title: "Fibre installation appointment cancelled twice — what are my options?",
    body: "The technician appointment was cancelled by text the day before, twice now. I took a day off work both times. Is there any way to get a guaranteed slot?",
    tags: ["fibre", "installation", "appointment"],
    category: "cobertura",
    locale: "en",
    askedDaysAgo: 20,
    author: 16,
    votes: 2,
    answers: [
      {
        author: 13,
        hoursLater: 14,
        votes: 2,
        body: "Ask for an agent here and mention both cancellations. They can book the first slot of the day (8–10 am), which is the one least likely to be cancelled. Also ask for compensation — after two no-shows they usually credit the first month.",
      },
    ],
  },
  {
    title: "Is 5G included in the basic mobile plan?",
    body: "I'm on the cheapest plan (5 GB). My new phone supports 5G but I only ever see 4G. Do I need to upgrade the plan?",
    tags: ["5g", "plan"],
    category: "cobertura",
    locale: "en",
    askedDaysAgo: 42,
    author: 20,
    votes: 1,
    answers: [
      {
        author: 21,
        hoursLater: 6,
        votes: 3,
        accepted: true,
        body: "All current plans include 5G at no extra cost, including the basic one. If you're on an older plan (before last year) you might need to switch to the current version of the same plan — same price, done from the app in a minute.",
        comments: [{ body: "I was on an old plan. Switched and now I see 5G. Thanks!", author: 20 }],
      },
    ],
  },
  {
    title: "TV decoder shows error E-204 after a power cut",
    body: 'We had a power cut last night. Since then the decoder boots and shows "E-204: No network signal". Internet works fine on everything else.',
    tags: ["tv", "decoder", "error"],
    category: "equipos",
    locale: "en",
    askedDaysAgo: 11,
    author: 23,
    answers: [
      {
        author: 5,
        hoursLater: 5,
        votes: 2,
        body: `E-204 usually means the decoder started before the router had internet, and it gave up. Do it in order:

1. Unplug the decoder.
2. Wait until the router's internet light is solid green.
3. Plug the decoder back in.

If it still fails, check the network cable between router and decoder — power cuts sometimes go with a surge that kills a LAN port. Try a different port.`,
      },
    ],
  },
  {
    title: "Bill shows a late payment fee but I paid on time",
    body: "This month's bill has a €5 late payment fee. I paid last month's bill by card on the due date, before noon. Has anyone managed to get this removed?",
    tags: ["bill", "late-fee"],
    category: "facturacion",
    locale: "en",
    askedDaysAgo: 4,
    author: 15,
    answers: [],
  },
  {
    title: "Can I keep my Telvia number while living abroad for a year?",
    body: "I'm moving abroad for work for about a year. I want to keep my number (banks, etc. use it for codes) but not pay for a full plan I won't use. Any options?",
    tags: ["number", "abroad", "plan"],
    category: "portabilidad",
    locale: "en",
    askedDaysAgo: 37,
    author: 18,
    votes: 3,
    answers: [
      {
        author: 0,
        hoursLater: 8,
        votes: 3,
        body: "Easiest is to switch to the cheapest plan (or prepaid) before you leave. You keep the number, and receiving SMS while roaming is free, so bank codes still arrive.",
      },
      {
        author: 21,
        hoursLater: 20,
        votes: 2,
        body: "I did this with prepaid. Just remember the line expires if there's no top-up in 12 months, so set a reminder.",
      },
    ],
  },
  {
    title: "Bridge mode on the Telvia router for a mesh system",
    body: "I bought a mesh Wi-Fi kit and want it to handle everything. How do I put the Telvia router into bridge mode so I don't get double NAT?",
    tags: ["router", "bridge-mode", "mesh"],
    category: "equipos",
    locale: "en",
    askedDaysAgo: 68,
    author: 16,
    votes: 4,
    answers: [
      {
        author: 5,
        hoursLater: 7,
        votes: 7,
        accepted: true,
        body: `On the TV-R300 there's no one-click bridge, but this works:

~~~
Advanced → WAN → Internet connection → Mode: Bridge
Advanced → Wi-Fi → 2.4 GHz and 5 GHz: Off
~~~

Then connect the mesh main unit to LAN 1 and set it to get its WAN by **PPPoE** with the credentials on the sticker under the router.

Keep in mind: TV will stop working in bridge mode unless your mesh handles the TV VLAN, so if you have Telvia TV, use DMZ instead (Advanced → NAT → DMZ → mesh IP).`,
        comments: [
          { body: "I have TV, so I went with DMZ. Works, no more strict NAT on anything.", author: 16 },
          { body: "DMZ is the sane option for most people here, good call.", author: 21 },
        ],
      },
    ],
  },
  {
    title: "Calls drop whenever my phone switches from 4G to 5G",
    body: "Walking around town, calls drop about once a day, always when the icon changes between 4G and 5G. Phone is two months old.",
    tags: ["5g", "calls", "dropped-calls"],
    category: "cobertura",
    locale: "en",
    askedDaysAgo: 26,
    author: 20,
    answers: [
      {
        author: 4,
        hoursLater: 18,
        votes: 2,
        body: "Check your phone's software is up to date — there were fixes for exactly this handover issue. As a workaround, set the preferred network to 4G while on long calls; data will still use 4G+ which is plenty.",
      },
    ],
  },
  {
    title: "What does it cost to use my Telvia SIM outside Europe?",
    body: "Going to South America for three weeks. Does Telvia have a travel pass for outside the EU, or should I just buy a local SIM?",
    tags: ["roaming", "travel"],
    category: "facturacion",
    locale: "en",
    askedDaysAgo: 1,
    author: 23,
    answers: [],
  },
  {
    title: "Static IP or dynamic DNS on the fibre router?",
    body: "I run a small home server and need to reach it from outside. Does Telvia offer a static IP on residential fibre, or does the router support dynamic DNS?",
    tags: ["router", "static-ip", "ddns"],
    category: "equipos",
    locale: "en",
    askedDaysAgo: 6,
    author: 21,
    answers: [],
  },
];
