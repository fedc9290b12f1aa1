import { CardFactory, MessageFactory, TurnContext, type CloudAdapter, type ConversationParameters } from "./transport";
import type { Services } from "../../services";
import type { AdaptiveCard } from "./cards/card";
import { makeFile } from "../../app/files";
import { fileOffer, type FileRef } from "./files";
import { teamsText } from "./render";
import type { TeamsViewer } from "./identify";
import { tenantOf } from "./trust";

const BOT_FRAMEWORK_AUDIENCE = "https://api.botframework.com";

/** One activity being answered: who sent it, and how to answer in their conversation. */
export interface TeamsRequest {
  services: Services;
  context: TurnContext;
  viewer: TeamsViewer;
  /** A text reply; the catalogue's Slack-flavoured marks become Teams markdown. */
  reply(text: string): Promise<void>;
  /** An Adaptive Card reply. */
  card(card: AdaptiveCard): Promise<void>;
  /**
   * A card for this person's eyes only: a reply in the personal chat, or, from a channel or group
   * chat, in a 1:1 chat the bot opens with them (whose reference is kept for later messages).
   */
  privately(card: AdaptiveCard): Promise<void>;
  /**
   * Offers a file with a consent card (made now to tell its size, made again when accepted), with
   * a line of text above it; a person who may not have it is told why instead.
   */
  file(ref: FileRef, text?: string, record?: boolean): Promise<boolean>;
}

export function teamsRequest(services: Services, context: TurnContext, viewer: TeamsViewer): TeamsRequest {
  return {
    services,
    context,
    viewer,
    async reply(text) {
      await context.sendActivity(MessageFactory.text(text));
    },
    async card(card) {
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    },
    async file(ref, text, record = true) {
      const made = await makeFile(services, viewer, ref, { record });
      if (!made.ok) {
        await this.reply(teamsText(made.refusal, viewer));
        return false;
      }
      await context.sendActivity(fileOffer(made.file, ref, text));
      return true;
    },
    async privately(card) {
      const { activity } = context;
      const type = activity.conversation?.conversationType;
      if (type === "personal" || type === undefined) return this.card(card);
      const tenantId = tenantOf(activity);
      const parameters = {
        isGroup: false,
        bot: activity.recipient,
        members: [activity.from],
        tenantId,
        channelData: { tenant: { id: tenantId } },
      } as unknown as ConversationParameters;
      const adapter = context.adapter as CloudAdapter;
      try {
        const appId = services.config.teams.mode === "authenticated" ? services.config.teams.appId : "";
        await adapter.createConversationAsync(
          appId,
          activity.channelId,
          activity.serviceUrl,
          BOT_FRAMEWORK_AUDIENCE,
          parameters,
          async (direct) => {
            const { activityId: _activityId, ...reference } = TurnContext.getConversationReference(direct.activity);
            await services.conversationRefs.save(viewer.person.id, reference);
            await direct.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
          },
        );
      } catch (error) {
        // Teams may refuse (the app is not installed for this person): say where to find it, never post the card here.
        services.logger.warn({ err: error }, "could not open a personal chat from a shared conversation");
        await this.reply(viewer.t("teams.openPersonal"));
      }
    },
  };
}

/** A card submission's handler: the request and the card's data with its inputs. */
export type SubmitHandler = (request: TeamsRequest, value: Record<string, unknown>) => Promise<void>;
