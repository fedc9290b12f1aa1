import {
  CardFactory,
  MessageFactory,
  TeamsActivityHandler,
  type FileConsentCardResponse,
  type TurnContext,
} from "./transport";
import { helpView } from "../../domain/commands";
import type { Services } from "../../services";
import { isDatabaseUnavailable } from "../../storage/errors";
import { translator } from "../../i18n";
import { helpCard } from "./cards/help";
import { SETTINGS_SUBMIT } from "./cards/settings";
import { SPONSOR_DECISION } from "./cards/ids";
import { sponsorDecisionSubmitted } from "./sponsor-decision";
import { SUBMIT_HANDLERS } from "./actions";
import { handleTeamsCommand } from "./commands";
import { fileConsentAccepted, fileConsentDeclined } from "./files";
import { teamsRequest } from "./request";
import { identifyTeamsUser } from "./identify";
import { settingsSubmitted } from "./settings-submitted";

/** Tandem in Teams: typed commands, card submissions, and a welcome when installed. */
export class TandemTeamsBot extends TeamsActivityHandler {
  constructor(private readonly services: Services) {
    super();
    this.onMessage(async (context, next) => {
      await this.safely(context, async () => {
        const value = context.activity.value as Record<string, unknown> | undefined;
        if (value && value.action === SETTINGS_SUBMIT) {
          await settingsSubmitted(services, context, await identifyTeamsUser(services, context), value);
        } else if (value && value.action === SPONSOR_DECISION) {
          await sponsorDecisionSubmitted(services, context, await identifyTeamsUser(services, context), value);
        } else if (value && typeof value.action === "string" && Object.hasOwn(SUBMIT_HANDLERS, value.action)) {
          const viewer = await identifyTeamsUser(services, context);
          await SUBMIT_HANDLERS[value.action]!(teamsRequest(services, context, viewer), value);
        } else {
          await handleTeamsCommand(services, context);
        }
      });
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if (context.activity.membersAdded?.some((member) => member.id === botId)) {
        await this.safely(context, () => this.welcome(context));
      }
      await next();
    });
  }

  /** A file offered with a consent card: the person allowed it, so it is made again and uploaded. */
  protected override async handleTeamsFileConsentAccept(
    context: TurnContext,
    answer: FileConsentCardResponse,
  ): Promise<void> {
    await this.safely(context, () => fileConsentAccepted(this.services, context, answer));
  }

  protected override async handleTeamsFileConsentDecline(
    context: TurnContext,
    answer: FileConsentCardResponse,
  ): Promise<void> {
    await this.safely(context, () => fileConsentDeclined(this.services, context, answer));
  }

  /** Installing the bot: say hello, and keep the conversation reference for proactive messages. */
  private async welcome(context: TurnContext): Promise<void> {
    const viewer = await identifyTeamsUser(this.services, context);
    const type = context.activity.conversation?.conversationType;
    if (type === "channel" || type === "groupChat") {
      // Added to a team or a group chat: what Tandem does there (the call for applications), nothing private.
      await context.sendActivity(MessageFactory.text(viewer.t("teams.teamWelcome")));
      return;
    }
    await context.sendActivity(MessageFactory.text(viewer.t("teams.welcome")));
    await context.sendActivity(
      MessageFactory.attachment(CardFactory.adaptiveCard(helpCard(helpView(viewer), viewer.t))),
    );
  }

  /** Nothing a person types may crash the turn: log it and answer politely. */
  private async safely(context: TurnContext, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.services.logger.error({ err: error }, "Teams activity failed");
      const t = translator(this.services.config.defaults.locale, "teams");
      const key = isDatabaseUnavailable(error) ? "common.databaseUnavailable" : "common.somethingWentWrong";
      await context.sendActivity(MessageFactory.text(t(key))).catch(() => undefined);
    }
  }
}
