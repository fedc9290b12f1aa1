import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { platformSummary, type Config } from "../config/env";
import type { InFlight } from "../lifecycle";
import { createSlackPlatform, SLACK_EVENTS_PATH, type SlackPlatform } from "../platforms/slack/app";
import type { TeamsPlatform } from "../platforms/teams";
import { TEAMS_MESSAGES_PATH } from "../platforms/teams/paths";
import type { Services } from "../services";
import { isDatabaseUnavailable } from "../storage/errors";
import { pingDatabase } from "../storage/prisma-client";

export interface HttpFront {
  app: express.Express;
  /** Present when Teams is configured. */
  teams?: TeamsPlatform;
  /** Present when Slack is configured; started once the server listens. */
  slack?: SlackPlatform;
}

/** The express app: /healthz, Teams' endpoint when Teams is on, and Slack's (or a 503 saying it is off). */
export async function buildHttp(services: Services, inFlight: InFlight, isDraining: () => boolean): Promise<HttpFront> {
  const { config, db } = services;
  const app = express();
  app.disable("x-powered-by");
  app.get("/healthz", async (_req, res) => {
    const databaseUp = await pingDatabase(db);
    const status = isDraining() ? "draining" : databaseUp ? "ok" : "unavailable";
    res.status(status === "ok" ? 200 : 503).json({ status, database: databaseUp ? "ok" : "unreachable" });
  });

  // /api/messages exists only when Teams is configured: with tokens, or in the anonymous local mode.
  // botbuilder is loaded only when Teams is on: a Slack-only server does not carry it.
  const teams =
    config.teams.mode === "off"
      ? undefined
      : (await import("../platforms/teams")).createTeamsPlatform(config.teams, services, inFlight);
  if (teams) mountTeams(app, teams, services);

  let slack: SlackPlatform | undefined;
  if (config.slack.mode !== "off") {
    slack = createSlackPlatform(config.slack, services, app, inFlight);
  } else {
    app.post(SLACK_EVENTS_PATH, (_req, res) => {
      res.status(503).json({ error: "Slack is not configured on this Tandem server (see README, 'Slack')." });
    });
  }
  return { app, teams, slack };
}

function mountTeams(app: express.Express, teams: TeamsPlatform, { logger }: Services): void {
  app.post(TEAMS_MESSAGES_PATH, express.json({ limit: "1mb" }), (req, res) => {
    teams.handle(req, res).catch((error: unknown) => {
      logger.error({ err: error }, "Teams request failed");
      if (!res.headersSent) res.status(isDatabaseUnavailable(error) ? 503 : 500).end();
    });
  });
  // A body that is not JSON (or too large) is the sender's mistake: a 4xx, without a stack trace.
  app.use(
    TEAMS_MESSAGES_PATH,
    (error: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (res.headersSent) return next(error);
      const status = (error as { status?: unknown }).status;
      res
        .status(typeof status === "number" && status >= 400 && status < 500 ? status : 400)
        .json({ error: "malformed request body" });
    },
  );
}

export interface Listening {
  server: Server;
  port: number;
  /** The base URL the server listens on, e.g. http://127.0.0.1:3978. */
  url: string;
}

/** Serves `app` on the configured host and port; port 0 takes a free one. */
export async function listen(app: express.Express, config: Config): Promise<Listening> {
  const server = createServer(app);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}`;
  return { server, port, url };
}

/** One line per platform saying what is on or missing, then where everything is served. */
export function logStarted(services: Services, { port, url }: Listening, { slack, teams }: HttpFront): void {
  const { config, logger } = services;
  for (const { level, line } of platformSummary(config)) logger[level](line);
  const slackAt = slack ? `Slack: ${url}${SLACK_EVENTS_PATH}, ` : "";
  const teamsAt = teams ? `Teams: ${url}${TEAMS_MESSAGES_PATH}, ` : "";
  logger.info(
    { port, database: config.database.provider },
    `Tandem is listening on ${url} (${slackAt}${teamsAt}health: ${url}/healthz)`,
  );
}
