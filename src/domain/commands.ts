import type { Person } from "./people";
import { can, type Actor } from "./policy";

/**
 * The commands people type after `/mentoring` in Slack, or in the bot's chat in Teams. One list for
 * both platforms, so help, permissions and suggestions are the same everywhere.
 */
export type Audience = "everyone" | "coordinator";

export interface CommandSpec<N extends string = CommandName> {
  name: N;
  audience: Audience;
  /**
   * What follows the name in the usage line, e.g. "add|remove [@{person}]": the words as the
   * dispatcher reads them, and each `{placeholder}` (see ARG_PLACEHOLDERS) for what the person
   * fills in, which help writes in the reader's language.
   */
  args?: string;
  /** Other words that run the same command, such as its Spanish name. */
  aliases?: readonly string[];
  /**
   * Only shows the person something and changes nothing: a copy of the request answered twice costs
   * a second identical reply, so it is not first recorded as seen (a write on every request).
   */
  readOnly?: boolean;
}

/**
 * The command table. Its names type both dispatchers (`satisfies Record<CommandName, …>`), so a
 * command added here does not compile until Slack and Teams both handle it.
 */
const TABLE = [
  { name: "help", audience: "everyone", aliases: ["ayuda", "?"], readOnly: true },
  { name: "settings", audience: "everyone", aliases: ["ajustes", "preferencias"] },
  { name: "language", audience: "everyone", args: "es|es-419|en", aliases: ["idioma", "lang"] },
  { name: "timezone", audience: "everyone", args: "<{zone}>", aliases: ["zona", "tz"] },
  { name: "apply", audience: "everyone", args: "[{cohort}]", aliases: ["postular", "postulo", "solicitar", "aplicar"] },
  { name: "status", audience: "everyone", aliases: ["estado"], readOnly: true },
  {
    name: "session",
    audience: "everyone",
    args: "plan|log",
    aliases: ["sesion", "sesión", "sesiones", "sessions", "reunion", "reunión"],
  },
  { name: "actions", audience: "everyone", aliases: ["acciones", "tareas", "compromisos", "todo"] },
  { name: "goals", audience: "everyone", aliases: ["metas", "objetivos", "goal"] },
  { name: "pause", audience: "everyone", args: "[{date}]|resume", aliases: ["pausa", "pausar"] },
  { name: "support", audience: "everyone", args: "<{why}>", aliases: ["apoyo", "socorro", "sos"] },
  {
    name: "evaluation",
    audience: "everyone",
    aliases: ["evaluacion", "evaluación", "encuesta", "cuestionario", "feedback"],
  },
  { name: "mydata", audience: "everyone", aliases: ["misdatos", "datos", "data"] },
  { name: "leave", audience: "everyone", args: "[{cohort}]", aliases: ["salir", "abandonar", "baja"] },
  { name: "admin", audience: "coordinator", args: "add|remove|list [@{person}]", aliases: ["coordinadores"] },
  {
    name: "cohort",
    audience: "coordinator",
    args: "new|list|show|status|edit|open|close|extend|finish [{name}]",
    aliases: ["cohorte", "cohortes", "cohorts"],
  },
  { name: "announce", audience: "coordinator", args: "[{cohort}]", aliases: ["anunciar", "anuncio", "convocatoria"] },
  {
    name: "applicants",
    audience: "coordinator",
    args: "[{cohort}]",
    aliases: ["postulantes", "postulaciones", "candidatos"],
  },
  { name: "match", audience: "coordinator", args: "[{cohort}]", aliases: ["emparejar", "emparejamiento", "parejas"] },
  {
    name: "plenary",
    audience: "coordinator",
    args: "[{cohort}] plan|list|attendance",
    aliases: ["plenaria", "plenarias", "plenaries"],
  },
  { name: "export", audience: "coordinator", args: "[{cohort}]", aliases: ["exportar"] },
  { name: "report", audience: "coordinator", args: "[{cohort}]", aliases: ["informe", "reporte"] },
  {
    name: "certificate",
    audience: "coordinator",
    args: "[{cohort}] preview|issue|reissue @{person}",
    aliases: ["certificado", "certificados", "certificates"],
  },
  { name: "audit", audience: "coordinator", args: "[{cohort}]", aliases: ["auditoria", "auditoría", "registro"] },
] as const satisfies readonly CommandSpec<string>[];

export type CommandName = (typeof TABLE)[number]["name"];
export const COMMANDS: readonly CommandSpec[] = TABLE;

export type ParsedCommand =
  | { kind: "command"; spec: CommandSpec; args: string[]; rest: string }
  | { kind: "empty" }
  | { kind: "unknown"; word: string; suggestion?: CommandSpec };

export function parseCommand(text: string, commands: readonly CommandSpec[] = COMMANDS): ParsedCommand {
  const trimmed = text.trim();
  if (trimmed === "") return { kind: "empty" };
  const [first = "", ...others] = trimmed.split(/\s+/);
  const word = first.toLowerCase();
  const spec = commands.find((c) => c.name === word || c.aliases?.includes(word));
  // The word is shown back to the person: a page of text is cut to what fits in a sentence.
  if (!spec)
    return {
      kind: "unknown",
      word: first.length > 40 ? `${first.slice(0, 39)}…` : first,
      suggestion: nearestCommand(word, commands),
    };
  return { kind: "command", spec, args: others, rest: trimmed.slice(first.length).trim() };
}

/** Whether this person may run the command (the policy decides). */
export function canRun(spec: Pick<CommandSpec<string>, "audience">, actor: Actor<Pick<Person, "id">>): boolean {
  return can(actor, "command.run", spec);
}

/** The command whose name (or alias) is closest to a mistyped word, if any is close enough. */
export function nearestCommand(word: string, commands: readonly CommandSpec[] = COMMANDS): CommandSpec | undefined {
  // The distance is at least the difference in length, so a word much longer than every command
  // can never be close enough: it is not compared at all (a 20,000-letter word took seconds).
  if (word.length > MAX_SUGGESTED_WORD) return undefined;
  const tolerance = Math.max(1, Math.floor(word.length / 3));
  const lower = word.toLowerCase();
  let best: { spec: CommandSpec; distance: number } | undefined;
  for (const spec of commands) {
    for (const candidate of [spec.name, ...(spec.aliases ?? [])]) {
      if (Math.abs(candidate.length - lower.length) > tolerance) continue;
      const distance = editDistance(lower, candidate);
      if (!best || distance < best.distance) best = { spec, distance };
    }
  }
  return best && best.distance <= tolerance ? best.spec : undefined;
}

/** Longer than any command or alias by far: no typo of one (the longest are under 20 letters). */
const MAX_SUGGESTED_WORD = 40;

/** Edit distance counting a swap of two neighbouring letters as one edit ("hepl" → "help"). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * What a person fills in after a command: a cohort's name, a person, a date… Help shows each in
 * the reader's language (`[cohorte]`, `AAAA-MM-DD`), while the command's own words stay as the
 * dispatcher reads them in every language.
 */
export const ARG_PLACEHOLDERS = ["cohort", "name", "person", "why", "zone", "date"] as const;
export type ArgPlaceholder = (typeof ARG_PLACEHOLDERS)[number];

/** A usage line's parts: words typed as they are, and placeholders for what the person fills in. */
export type UsagePart = { text: string } | { placeholder: ArgPlaceholder };

/** A table entry's args as parts: "[{cohort}] plan" is "[", cohort, "] plan". */
export function usageParts(args: string): UsagePart[] {
  const parts: UsagePart[] = [];
  let last = 0;
  for (const match of args.matchAll(/\{(\w+)\}/g)) {
    const name = match[1] as ArgPlaceholder;
    // A brace around an unknown word is text: a test keeps the table's placeholders all known.
    if (!ARG_PLACEHOLDERS.includes(name)) continue;
    if (match.index > last) parts.push({ text: args.slice(last, match.index) });
    parts.push({ placeholder: name });
    last = match.index + match[0].length;
  }
  if (last < args.length) parts.push({ text: args.slice(last) });
  return parts;
}

export interface HelpView {
  sections: { audience: Audience; commands: { name: CommandName; args?: UsagePart[] }[] }[];
  /** The word that was not understood, when help answers an unknown command. */
  unknown?: string;
  suggestion?: string;
}

/** Help lists only what this person may run; coordinators also see their own section. */
export function helpView(
  actor: Actor<Pick<Person, "id">>,
  unknown?: { word: string; suggestion?: CommandSpec },
): HelpView {
  const audiences: Audience[] = can(actor, "coordinator.view") ? ["everyone", "coordinator"] : ["everyone"];
  return {
    sections: audiences.map((audience) => ({
      audience,
      commands: COMMANDS.filter((c) => c.audience === audience).map((c) => ({
        name: c.name,
        args: c.args ? usageParts(c.args) : undefined,
      })),
    })),
    unknown: unknown?.word,
    suggestion: unknown?.suggestion && canRun(unknown.suggestion, actor) ? unknown.suggestion.name : undefined,
  };
}
