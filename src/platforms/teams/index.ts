import type { Request, Response } from "express";
import type { TeamsConfig } from "../../config/env";
import type { InFlight } from "../../lifecycle";
import type { Services } from "../../services";
import { createTeamsAdapter } from "./adapter";
import { TandemTeamsBot } from "./bot";
import { TeamsSender } from "./sender";

export { TEAMS_MESSAGES_PATH } from "./paths";

export interface TeamsPlatform {
  sender: TeamsSender;
  /** The Express handler for POST /api/messages. */
  handle(req: Request, res: Response): Promise<void>;
}

/** Teams, when it is configured (authenticated, or the anonymous local mode the operator asked for). */
export function createTeamsPlatform(
  teams: Exclude<TeamsConfig, { mode: "off" }>,
  services: Services,
  inFlight: InFlight,
): TeamsPlatform {
  const adapter = createTeamsAdapter(teams, services.logger);
  const bot = new TandemTeamsBot(services);
  const appId = teams.mode === "authenticated" ? teams.appId : "";
  return {
    sender: new TeamsSender(adapter, appId, services.conversationRefs, teams.mode === "anonymous"),
    async handle(req, res) {
      const done = inFlight.begin();
      try {
        await adapter.serve(req, res, (context) => bot.run(context));
      } finally {
        done();
      }
    },
  };
}
