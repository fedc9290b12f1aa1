import type { Request, Response } from "express";
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type TurnContext } from "./transport";
import type { TeamsConfig } from "../../config/env";
import type { Logger } from "../../logger";
import { checkActivity, checkShape, type TrustSettings } from "./trust";

/**
 * botbuilder's CloudAdapter behind Tandem's own front door. Every POST /api/messages is, in order:
 * well formed (else 400), from Teams (403), authenticated by its Bot Framework token (401; in the
 * anonymous local mode no token is read at all), and then from a tenant Tandem serves, with a
 * serviceUrl on Teams' own hosts and a sender named by Entra object id (403). Only then does the
 * bot see it, so nothing unauthenticated is stored, answered or sent anywhere.
 */
export class TandemCloudAdapter extends CloudAdapter {
  constructor(
    private readonly trust: TrustSettings,
    private readonly logger: Logger,
    auth: ConfigurationBotFrameworkAuthentication,
  ) {
    super(auth);
  }

  async serve(req: Request, res: Response, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const shape = checkShape(req.body);
    if (!shape.ok) return refuse(res, shape.status, shape.reason);
    if (shape.activity.channelId !== "msteams") return refuse(res, 403, "Tandem answers Microsoft Teams only");
    const activity = req.body as Activity;
    // In the anonymous mode a token is never read: validating one would make the bot fetch keys for nothing.
    const authorization = this.trust.anonymous
      ? ""
      : typeof req.headers.authorization === "string"
        ? req.headers.authorization
        : "";
    let authenticated: Awaited<ReturnType<typeof this.botFrameworkAuthentication.authenticateRequest>>;
    try {
      authenticated = await this.botFrameworkAuthentication.authenticateRequest(activity, authorization);
    } catch (error) {
      // A token that cannot be verified, for whatever reason (even keys that could not be fetched), is no token.
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : "unknown";
      this.logger.warn({ reason }, "Teams: refused an activity without a valid token");
      return refuse(res, 401, "unauthorized");
    }
    const checked = checkActivity(shape.activity, this.trust);
    if (!checked.ok) {
      this.logger.warn({ reason: checked.reason, type: shape.activity.type }, "Teams: refused an activity");
      return refuse(res, checked.status, checked.reason);
    }
    const invokeResponse = await this.processActivity(authenticated, activity, logic);
    res.status(invokeResponse?.status ?? 200);
    if (invokeResponse?.body !== undefined) res.send(invokeResponse.body);
    res.end();
  }
}

function refuse(res: Response, status: number, reason: string): void {
  res.status(status).json({ error: reason });
}

export function createTeamsAdapter(teams: Exclude<TeamsConfig, { mode: "off" }>, logger: Logger): TandemCloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication(
    teams.mode === "anonymous"
      ? {}
      : {
          MicrosoftAppId: teams.appId,
          MicrosoftAppPassword: teams.appPassword,
          MicrosoftAppType: teams.appType,
          MicrosoftAppTenantId: teams.tenantId,
          ...(teams.openIdMetadataUrl ? publicCloudWithKeysFrom(teams.openIdMetadataUrl) : {}),
        },
  );
  const adapter = new TandemCloudAdapter(
    { anonymous: teams.mode === "anonymous", allowedTenants: teams.allowedTenants },
    logger,
    auth,
  );
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: error, activityType: context.activity.type }, "unhandled error in a Teams turn");
  };
  return adapter;
}

/**
 * botbuilder takes any one endpoint setting as "all endpoints are given" and leaves the rest empty
 * (no token issuer, no login URL): so the keys' address comes with every other public-cloud value,
 * the same ones botbuilder uses by default.
 */
function publicCloudWithKeysFrom(openIdMetadataUrl: string): Record<string, string> {
  return {
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromChannelTokenIssuer: "https://api.botframework.com",
    ToChannelFromBotLoginUrl: "https://login.microsoftonline.com/botframework.com",
    ToChannelFromBotOAuthScope: "https://api.botframework.com",
    OAuthUrl: "https://api.botframework.com",
    ToBotFromEmulatorOpenIdMetadataUrl:
      "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration",
    CallerId: "urn:botframework:azure",
  };
}
