import type { CommandName } from "../domain/commands";
import { auditLog } from "./audit";
import { openActionItems } from "./pairs";
import { pauseCommand } from "./pause";
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
