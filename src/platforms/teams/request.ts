import { CardFactory, MessageFactory, type TurnContext } from "botbuilder";
import type { Services } from "../../services";
import { markdown, type AdaptiveCard } from "./cards/card";
import type { TeamsViewer } from "./identify";

/** One activity being answered: who sent it, and how to answer in their conversation. */
export interface TeamsRequest {
  services: Services;
  context: TurnContext;
  viewer: TeamsViewer;
  /** A text reply; the catalogue's Slack-flavoured marks become Teams markdown. */
  reply(text: string): Promise<void>;
  /** An Adaptive Card reply. */
  card(card: AdaptiveCard): Promise<void>;
}

export function teamsRequest(services: Services, context: TurnContext, viewer: TeamsViewer): TeamsRequest {
  return {
    services,
    context,
    viewer,
    async reply(text) {
      await context.sendActivity(MessageFactory.text(markdown(text)));
    },
    async card(card) {
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    },
  };
}

/** A card submission's handler: the request and the card's data with its inputs. */
export type SubmitHandler = (request: TeamsRequest, value: Record<string, unknown>) => Promise<void>;
