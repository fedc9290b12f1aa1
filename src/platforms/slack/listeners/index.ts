import { registerIntents } from "./intents";
import type { App } from "@slack/bolt";
import type { Services } from "../../../services";
import { registerActions } from "./actions";
import { registerCommands } from "./commands";
import { registerEvents } from "./events";
import { registerViews } from "./views";

export function registerListeners(app: App, services: Services): void {
  registerCommands(app, services);
  registerActions(app, services);
  registerViews(app, services);
  registerEvents(app, services);
  registerIntents(app, services);
}
