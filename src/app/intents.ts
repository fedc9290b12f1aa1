import { z } from "zod";
import type { CommandName } from "../domain/commands";
import type { FormName } from "./form";
import { auditLog } from "./audit";
import { openActionItems } from "./pairs";
import { openPause, pauseCommand, pauseSubmitted, resumePair } from "./pause";
import type { Reply } from "./reply";
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
} satisfies Partial<Record<CommandName, CommandUseCase>>;

export type AppCommandName = keyof typeof APP_COMMANDS;

export function isAppCommand(name: CommandName): name is AppCommandName {
  return Object.hasOwn(APP_COMMANDS, name);
}

/** A button's use case: what the button carries (checked), who pressed it → replies. */
export interface ButtonUseCase<T> {
  data: z.ZodType<T>;
  run(app: App, who: Asker, data: T): Promise<Reply | Reply[]>;
}

/** A form's use case: its data and fields' values (checked) → a reply; a form back means errors under fields. */
export interface FormUseCase<T> {
  data: z.ZodType<T>;
  run(app: App, who: Asker, input: T): Promise<Reply>;
}

const id = z.string().min(1).max(100);
const pairData = z.object({ pairId: id });

/**
 * The buttons whose whole answer is a use case's reply, by name: each platform routes its own id for
 * the name (Slack's action_id, Teams' data.action) here and renders what comes back.
 */
export const APP_BUTTONS = {
  "pair.pause": { data: pairData, run: (app, who, { pairId }) => openPause(app, who, pairId) },
  "pair.resume": { data: pairData, run: (app, who, { pairId }) => resumePair(app, who, pairId) },
} satisfies Record<string, ButtonUseCase<{ pairId: string }>>;

export type AppButtonName = keyof typeof APP_BUTTONS;

/** Every form's submission: its data and its fields' values as typed (a platform sends text). */
export const APP_FORMS = {
  pause: {
    data: z.object({ pairId: id, until: z.string().max(100).catch("") }),
    run: (app, who, input) => pauseSubmitted(app, who, input),
  },
} satisfies Record<FormName, FormUseCase<{ pairId: string; until: string }>>;

/** A button's use case, when it is the application's; the data it carried, checked. */
export function appButton(
  name: string,
  value: unknown,
): { run: (app: App, who: Asker) => Promise<Reply | Reply[]> } | undefined {
  if (!Object.hasOwn(APP_BUTTONS, name)) return undefined;
  const button: ButtonUseCase<unknown> = APP_BUTTONS[name as AppButtonName];
  const parsed = button.data.safeParse(value);
  // A button whose data does not parse (tampered, or from an old message) reads as about nothing.
  return { run: (app, who) => button.run(app, who, parsed.success ? parsed.data : { pairId: "-" }) };
}

/** A form's submission, when the name is one of the application's forms. */
export function appForm(name: unknown, values: unknown): { run: (app: App, who: Asker) => Promise<Reply> } | undefined {
  if (typeof name !== "string" || !Object.hasOwn(APP_FORMS, name)) return undefined;
  const submitted: FormUseCase<unknown> = APP_FORMS[name as FormName];
  const parsed = submitted.data.safeParse(values);
  if (!parsed.success) return undefined;
  return { run: (app, who) => submitted.run(app, who, parsed.data) };
}
