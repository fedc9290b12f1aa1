import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from "botbuilder";
import type { TeamsConfig } from "../../config/env";
import type { Logger } from "../../logger";

/**
 * botbuilder's CloudAdapter. Without MICROSOFT_APP_ID it accepts unauthenticated activities (what
 * Microsoft 365 Agents Playground sends); with the app id and password it authenticates both ways.
 * Replies go to each activity's serviceUrl, which is how tests read them from a fake connector.
 */
export function createTeamsAdapter(teams: TeamsConfig, logger: Logger): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication(
    teams.anonymous
      ? {}
      : {
          MicrosoftAppId: teams.appId,
          MicrosoftAppPassword: teams.appPassword,
          MicrosoftAppType: teams.appType,
          MicrosoftAppTenantId: teams.tenantId,
        },
  );
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: error, activityType: context.activity.type }, "unhandled error in a Teams turn");
  };
  return adapter;
}
