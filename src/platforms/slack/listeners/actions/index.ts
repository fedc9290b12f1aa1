import type { App, BlockButtonAction } from "@slack/bolt";
import type { Services } from "../../../../services";
import { ACTION_IDS } from "../../ids";
import { openSettingsAction } from "./open-settings";
import { showHelpAction } from "./show-help";

export function registerActions(app: App, services: Services): void {
  app.action<BlockButtonAction>(ACTION_IDS.openSettings, openSettingsAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.showHelp, showHelpAction(services));
}
