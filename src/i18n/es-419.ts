import type { CatalogueOverrides } from "./catalogue";

/**
 * Latin American Spanish: only what differs from es.ts (Spain), which fills in the rest. A pair
 * is "ustedes", never "vosotros"; words follow Latin American use.
 */
export const es419: CatalogueOverrides = {
  language: { changed: "Listo, desde ahora te hablo en español de Latinoamérica." },
  help: {
    commands: {
      support: "Pide ayuda a coordinación diciendo por qué (nunca ven sus notas).",
    },
  },
  matching: {
    intro: {
      title: "🤝 Les damos la bienvenida a su pareja en {{cohort}}",
      principles:
        "**Mentoría inversa:** los dos dan y los dos aprenden. Una persona comparte competencias digitales y la otra, experiencia de la organización. Escuchen, pregunten y mantengan la confidencialidad.",
      principlesClassic:
        "**Mentoría:** quien mentoriza acompaña; quien es mentoreado lidera su propio crecimiento. Escuchen, pregunten y mantengan la confidencialidad.",
      agenda:
        "**Primera sesión (unos {{minutes}} minutos):** acuerden sus roles, cuándo y dónde se reúnen (cada {{cadence}} días, al menos {{sessions}} sesiones), sus reglas y qué queda entre ustedes.",
      goals:
        "**Objetivos:** fijen de uno a tres objetivos SMART (específicos, medibles, alcanzables, relevantes y con plazo), cada uno en tres fases: inicio, práctica y consolidación.",
      privacy: "Lo que escriban en Tandem sobre sus sesiones solo lo ven ustedes dos.",
    },
  },
  goals: {
    with: "Con {{partner}} · {{cohort}} · Solo las ven ustedes dos.",
    empty:
      "Todavía no tienen metas. Empieza con **Añadir una meta**: basta con un título y el resto lo completan después.",
    tooMany: "Una pareja puede tener como máximo {{max}} metas. Borra primero alguna que ya no necesiten.",
    form: {
      intro:
        "**Cómo escribir una meta:** ponle un título corto. Después hazla **SMART** (específica, medible, alcanzable, relevante y con plazo) y divídela en **tres fases**. Solo el título es obligatorio; lo demás pueden completarlo más adelante.",
      measurable: "Medible: ¿cómo sabrán que lo lograron?",
      achievable: "Alcanzable: ¿por qué está a su alcance?",
    },
  },
  rhythm: {
    noNextSession: "Aún no hay fecha para su próxima sesión.",
    plan: {
      intro:
        "Horarios en los que tú y {{partner}} están en jornada durante los próximos {{days}} días, en tu zona horaria ({{zone}}). Se le pedirá a {{partner}} que lo acepte.",
      noSlots:
        "Ninguna hora de los próximos {{days}} días cae dentro de la jornada de ambos: indica abajo una fecha y hora que hayan acordado.",
      slotLabel: "Un horario que les acomode",
      customHint: "Una hora que hayan acordado, en tu zona horaria.",
    },
    proposal: {
      text: "📅 {{name}} propone su próxima sesión de mentoría: **{{when}}** ({{minutes}} min).",
      accepted:
        "✅ Sesión del **{{when}}** con {{partner}} confirmada. Los dos recibirán un recordatorio antes; abajo está el archivo de calendario.",
      acceptedNotice:
        "✅ {{name}} aceptó la sesión del {{when}}. El archivo de calendario está en su mensaje de grupo.",
      inviteDescription: "Tandem · {{cohort}}. Traigan sus acciones pendientes.",
      inviteFile: "📅 Su sesión en un archivo de calendario: ábrelo para agregarla a tu calendario.",
    },
    checkIn: {
      text: "👋 ¿Se reunieron {{partner}} y tú el {{when}}?",
    },
    nudge: {
      text: "🗓️ Toca poner fecha a su próxima sesión con {{partner}} (cada {{days}} días).",
    },
    log: {
      intro:
        "Las sesiones son de ayuda, no de evaluación. Terminen con acciones concretas para cualquiera de los dos; volverán en cada recordatorio hasta que estén hechas.",
      notesHint: "Solo las ven ustedes dos. Coordinación nunca las ve.",
    },
    partnerPaused: "⏸️ {{name}} pausó los recordatorios de su pareja hasta el {{until}}.",
    partnerResumed: "▶️ {{name}} reanudó los recordatorios de su pareja.",
    support: {
      usage:
        "Cuenta a coordinación por qué, por ejemplo `/mentoring support no encontramos hora`. Les llega quién lo pide y por qué, nunca sus notas.",
    },
  },
  teams: {
    rhythm: {
      accepted: "✅ Sesión del **{{when}}** con {{partner}} confirmada. Los dos recibirán un recordatorio antes.",
    },
    intro: {
      chatHint: "Saluda a {{partner}}: el botón de abajo abre su chat en Teams. Acuerden allí la primera sesión.",
    },
  },
};
