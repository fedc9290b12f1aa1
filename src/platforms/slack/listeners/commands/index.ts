import type { App } from "@slack/bolt";
import type { Services } from "../../../../services";
import { SLASH_COMMAND } from "../../slash-command";
import { mentoringCommand } from "./mentoring";

export function registerCommands(app: App, services: Services): void {
  app.command(SLASH_COMMAND, mentoringCommand(services));
}
