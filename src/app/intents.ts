import { z } from "zod";
import type { CommandName } from "../domain/commands";
import type { FormName } from "./form";
import { auditLog } from "./audit";
import { leaveCommand, leaveSubmitted } from "./leave";
import { openActionItems } from "./pairs";
import { openPause, pauseCommand, pauseSubmitted, resumePair } from "./pause";
import { message, type Reply } from "./reply";
import type { App, Asker } from "./request";
import { sessionCommand } from "./sessions";
import { askForSupport } from "./support";

/** The words typed after a command's name: split, and as typed (names with spaces). */
export interface CommandWords {
  args: string[];
  rest: string;
}

export type CommandUseCase = (app: App, who: Asker, words: CommandWords) => Promise<Reply | Reply[]>;

/**
 * The commands whose whole answer is a use case's reply: Slack and Teams both run them from this
 * table and only render what comes back, so such a command needs no platform file at all.
 */
export const APP_COMMANDS = {
  session: (app, who, { args }) => sessionCommand(app, who, args),
  actions: (app, who) => openActionItems(app, who),
  pause: (app, who, { args }) => pauseCommand(app, who, args),
  support: (app, who, { rest }) => askForSupport(app, who, rest),
  audit: (app, who, { rest }) => auditLog(app, who, rest),
  leave: (app, who) => leaveCommand(app, who),
} satisfies Partial<Record<CommandName, CommandUseCase>>;

export type AppCommandName = keyof typeof APP_COMMANDS;

export function isAppCommand(name: CommandName): name is AppCommandName {
  return Object.hasOwn(APP_COMMANDS, name);
}

/** A use case ready to run for whoever asked, once what was sent has been checked. */
export type Ready<R> = (app: App, who: Asker) => Promise<R>;

/**
 * A button or form's use case: what it sends back (ids, and a form's values as typed) is checked with
 * `data` first; what does not parse (tampered, or from an old message) runs nothing.
 */
function define<T, R>(data: z.ZodType<T>, run: (app: App, who: Asker, input: T) => Promise<R | Reply>) {
  return (value: unknown): Ready<R | Reply> => {
    const parsed = data.safeParse(value);
    // Changed in transit or from a message too old to read: say so rather than do nothing.
    return parsed.success ? (app, who) => run(app, who, parsed.data) : async () => message("common.staleButton");
  };
}

const id = z.string().min(1).max(100);
/** What a person typed in a field: text, or nothing (a platform leaves out an empty field). */
const typed = z.string().max(10_000).catch("");
const pairData = z.object({ pairId: id });

/**
 * The buttons whose whole answer is a use case's reply, by name: each platform routes its own id for
 * the name (Slack's action_id, Teams' data.action) here and renders what comes back.
 */
export const APP_BUTTONS: Record<string, (value: unknown) => Ready<Reply | Reply[]>> = {
  "pair.pause": define(pairData, (app, who, { pairId }) => openPause(app, who, pairId)),
  "pair.resume": define(pairData, (app, who, { pairId }) => resumePair(app, who, pairId)),
};

/** Every form's submission (a form sent back means errors under its fields). */
export const APP_FORMS = {
  pause: define(z.object({ pairId: id, until: typed }), pauseSubmitted),
  leave: define(z.object({ cohort: typed, reason: typed }), leaveSubmitted),
} satisfies Record<FormName, (value: unknown) => Ready<Reply>>;

/** A button's use case, when the name is one of the application's buttons. */
export function appButton(name: string, value: unknown): Ready<Reply | Reply[]> | undefined {
  return Object.hasOwn(APP_BUTTONS, name) ? APP_BUTTONS[name]?.(value) : undefined;
}

/** A form's submission, when the name is one of the application's forms. */
export function appForm(name: unknown, values: unknown): Ready<Reply> | undefined {
  return typeof name === "string" && Object.hasOwn(APP_FORMS, name) ? APP_FORMS[name as FormName](values) : undefined;
}
