import type { App, ViewSubmitAction } from "@slack/bolt";
import type { Services } from "../../../../services";
import { VIEW_IDS } from "../../ids";
import { settingsSubmitted } from "./settings-submitted";

export function registerViews(app: App, services: Services): void {
  app.view<ViewSubmitAction>(VIEW_IDS.settings, settingsSubmitted(services));
}
