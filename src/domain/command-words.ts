/**
 * The words of the coordinator's sub-commands, in Spanish and English, shared by Slack and Teams so
 * that `cohorte estado` or `certificado emitir` mean the same everywhere.
 */

export type CohortAction =
  | "new"
  | "list"
  | "show"
  | "edit"
  | "open"
  | "close"
  | "extend"
  | "demo"
  | "status"
  | "finish";

export const COHORT_ACTIONS: Readonly<Record<string, CohortAction>> = {
  new: "new",
  create: "new",
  nueva: "new",
  nuevo: "new",
  crear: "new",
  list: "list",
  lista: "list",
  listar: "list",
  ls: "list",
  show: "show",
  ver: "show",
  mostrar: "show",
  info: "show",
  edit: "edit",
  editar: "edit",
  modificar: "edit",
  open: "open",
  abrir: "open",
  close: "close",
  cerrar: "close",
  extend: "extend",
  extender: "extend",
  ampliar: "extend",
  prorrogar: "extend",
  demo: "demo",
  ejemplo: "demo",
  prueba: "demo",
  status: "status",
  estado: "status",
  seguimiento: "status",
  finish: "finish",
  terminar: "finish",
  finalizar: "finish",
  clausurar: "finish",
};

/** `cohort demo remove`: the words that remove the demo cohorts. */
export const REMOVE_WORDS: ReadonlySet<string> = new Set(["remove", "delete", "rm", "borrar", "eliminar", "quitar"]);

export function cohortAction(word: string | undefined): CohortAction | undefined {
  return Object.hasOwn(COHORT_ACTIONS, (word ?? "").toLowerCase())
    ? COHORT_ACTIONS[(word ?? "").toLowerCase()]
    : undefined;
}

export type CertificateAction = "preview" | "issue" | "reissue";

const CERTIFICATE_ACTIONS: Readonly<Record<string, CertificateAction>> = {
  preview: "preview",
  ver: "preview",
  revisar: "preview",
  vista: "preview",
  issue: "issue",
  emitir: "issue",
  reissue: "reissue",
  reemitir: "reissue",
};

export function certificateAction(word: string): CertificateAction | undefined {
  return Object.hasOwn(CERTIFICATE_ACTIONS, word.toLowerCase()) ? CERTIFICATE_ACTIONS[word.toLowerCase()] : undefined;
}

/**
 * `certificate [cohort] preview|issue|reissue @person` once the mention is taken out: the action
 * (wherever it is typed) and the cohort's name (the other words).
 */
export function parseCertificateWords(words: string[]): { action: CertificateAction | undefined; cohortName: string } {
  return {
    action: words.map(certificateAction).find(Boolean),
    cohortName: words.filter((w) => !certificateAction(w)).join(" "),
  };
}

export type PlenaryVerb = "plan" | "list" | "attendance";

const PLENARY_VERBS: Readonly<Record<string, PlenaryVerb>> = {
  plan: "plan",
  generate: "plan",
  generar: "plan",
  planificar: "plan",
  list: "list",
  lista: "list",
  listar: "list",
  ver: "list",
  show: "list",
  attendance: "attendance",
  asistencia: "attendance",
};

/** `plenary [cohort] plan|list|attendance`: the verb (typed last) and the cohort's name before it. */
export function parsePlenaryWords(rest: string): { verb: PlenaryVerb | null; cohortName: string } {
  const words = rest.split(/\s+/).filter(Boolean);
  const last = (words.at(-1) ?? "").toLowerCase();
  const verb = Object.hasOwn(PLENARY_VERBS, last) ? PLENARY_VERBS[last]! : null;
  return { verb, cohortName: verb ? words.slice(0, -1).join(" ") : rest.trim() };
}

/** `pause resume`: the words that end a pause now. */
export const RESUME_WORDS: ReadonlySet<string> = new Set(["resume", "reanudar", "seguir", "off"]);

export type SessionVerb = "plan" | "log";

const SESSION_VERBS: Readonly<Record<string, SessionVerb>> = {
  plan: "plan",
  planificar: "plan",
  planear: "plan",
  proponer: "plan",
  new: "plan",
  nueva: "plan",
  log: "log",
  registrar: "log",
  registro: "log",
  anotar: "log",
};

/** `session plan|log`: the form to open, or null for the pairs' overview. */
export function sessionVerb(word: string | undefined): SessionVerb | null {
  const lower = (word ?? "").toLowerCase();
  return Object.hasOwn(SESSION_VERBS, lower) ? SESSION_VERBS[lower]! : null;
}

export type PauseWords = { kind: "form" } | { kind: "resume" } | { kind: "until"; isoDate: string } | { kind: "usage" };

/** `pause` (the form), `pause YYYY-MM-DD`, `pause resume`; anything else gets the usage line. */
export function pauseWords(word: string | undefined): PauseWords {
  const lower = (word ?? "").toLowerCase();
  if (lower === "") return { kind: "form" };
  if (RESUME_WORDS.has(lower)) return { kind: "resume" };
  if (/^\d{4}-\d{2}-\d{2}$/.test(lower)) return { kind: "until", isoDate: lower };
  return { kind: "usage" };
}
