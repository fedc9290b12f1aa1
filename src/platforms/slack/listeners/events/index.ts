import type { App } from "@slack/bolt";
import type { Services } from "../../../../services";
import { appHomeOpened } from "./app-home-opened";

export function registerEvents(app: App, services: Services): void {
  app.event("app_home_opened", appHomeOpened(services));
}
