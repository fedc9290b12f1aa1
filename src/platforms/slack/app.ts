import { App, ExpressReceiver, SocketModeReceiver, type Receiver } from "@slack/bolt";
import { WebClient } from "@slack/web-api";
import type { Express } from "express";
import type { SlackConfig } from "../../config/env";
import type { InFlight } from "../../lifecycle";
import { boltLogger } from "../../logger";
import type { Services } from "../../services";
import { registerListeners } from "./listeners";
import { handleEachEventOnce, trackInFlight } from "./middleware";
import { SlackSender } from "./sender";

export const SLACK_EVENTS_PATH = "/slack/events";

export interface SlackPlatform {
  app: App;
  /** Sends for jobs; rate limits surface as errors so the job queue can honour Retry-After. */
  sender: SlackSender;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Bolt on Tandem's own Express app (HTTP mode: signed requests on /slack/events) or over a
 * WebSocket (Socket Mode, when SLACK_APP_TOKEN is set). SLACK_API_URL points every Web API call
 * elsewhere, which is how tests talk to a fake Slack.
 */
export function createSlackPlatform(
  slack: Exclude<SlackConfig, { mode: "off" }>,
  services: Services,
  http: Express,
  inFlight: InFlight,
): SlackPlatform {
  const logger = boltLogger(services.logger);
  const slackApiUrl = slack.apiUrl ? (slack.apiUrl.endsWith("/") ? slack.apiUrl : `${slack.apiUrl}/`) : undefined;
  const clientOptions = {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    // Interactive calls: a couple of quick retries, never minutes of waiting inside a handler.
    retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2_000 },
  };

  let receiver: Receiver;
  if (slack.mode === "socket") {
    receiver = new SocketModeReceiver({ appToken: slack.appToken, logger, installerOptions: { clientOptions } });
  } else {
    receiver = new ExpressReceiver({
      signingSecret: slack.signingSecret,
      endpoints: SLACK_EVENTS_PATH,
      app: http,
      logger,
      processBeforeResponse: false,
    });
  }

  const app = new App({
    token: slack.botToken,
    receiver,
    logger,
    clientOptions,
    // Tandem checks the token itself at start (see start()), so a slow or absent Slack never blocks boot.
    tokenVerificationEnabled: false,
  });
  app.use(trackInFlight(inFlight));
  app.use(handleEachEventOnce(services));
  registerListeners(app, services);
  app.error(async (error) => {
    services.logger.error({ err: error }, "unhandled error in a Slack listener");
  });

  const jobClient = new WebClient(slack.botToken, {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    logger,
  });
  const sender = new SlackSender(jobClient, services.conversationRefs);

  return {
    app,
    sender,
    async start() {
      try {
        const auth = await jobClient.auth.test();
        services.logger.info(
          { team: auth.team, bot: auth.user },
          `Slack: signed in to ${auth.team ?? "the workspace"} as @${auth.user ?? "bot"}`,
        );
      } catch (error) {
        services.logger.error(
          { err: error },
          "Slack: the bot token was not accepted (auth.test); check SLACK_BOT_TOKEN",
        );
      }
      if (slack.mode === "socket") await app.start();
    },
    async stop() {
      if (slack.mode === "socket") await app.stop();
    },
  };
}
