/**
 * The one module that imports botbuilder. Its support ended on 31 December 2025; its successor,
 * the Microsoft 365 Agents SDK (@microsoft/agents-hosting and its Teams extension), keeps the same
 * CloudAdapter, ActivityHandler, TurnContext, MessageFactory, CardFactory and TeamsInfo model, so
 * moving to it means changing what this module imports, and nothing else in Tandem.
 */
export {
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
  TeamsActivityHandler,
  TeamsInfo,
  TurnContext,
} from "botbuilder";
export type { Activity, ConversationParameters, ConversationReference, FileConsentCardResponse } from "botbuilder";
