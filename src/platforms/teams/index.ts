import type { Request, Response } from "express";
import type { TeamsConfig } from "../../config/env";
import type { InFlight } from "../../lifecycle";
import type { Services } from "../../services";
import { createTeamsAdapter } from "./adapter";
import { TandemTeamsBot } from "./bot";
import { TeamsSender } from "./sender";

export const TEAMS_MESSAGES_PATH = "/api/messages";

export interface TeamsPlatform {
  sender: TeamsSender;
  /** The Express handler for POST /api/messages. */
  handle(req: Request, res: Response): Promise<void>;
}

export function createTeamsPlatform(teams: TeamsConfig, services: Services, inFlight: InFlight): TeamsPlatform {
  const adapter = createTeamsAdapter(teams, services.logger);
  const bot = new TandemTeamsBot(services);
  return {
    sender: new TeamsSender(adapter, teams.appId ?? "", services.conversationRefs),
    async handle(req, res) {
      const done = inFlight.begin();
      try {
        await adapter.process(req, res, (context) => bot.run(context));
      } finally {
        done();
      }
    },
  };
}
