import { evaluationRequestText } from "../../i18n/evaluation-text";
import { evaluationRequestCard } from "./cards/evaluation";
import { coordinatorNudgeScreen } from "../../app/coordinator-nudge-screen";
import { CardFactory, MessageFactory, type Activity, type CloudAdapter, type ConversationReference } from "./transport";
import type { DocumentMessage, OutboundMessage } from "../../domain/messages";
import type { IntroductionView } from "../../domain/pairing/introduction";
import { fileOffer } from "./files";
import { serviceUrlAllowed } from "./trust";
import type { Person, Viewer } from "../../domain/people";
import { plenaryText } from "../../i18n/plenary-text";
import { rhythmText } from "../../i18n/rhythm-text";
import { translator } from "../../i18n";
import { PermanentJobError } from "../../scheduler/job-worker";
import type { ConversationRefRepository } from "../../storage/conversation-ref-repository";
import type { PlatformSender } from "../delivery";
import { escapeTeamsMarkdown, plainText, type AdaptiveCard } from "./cards/card";
import { noticeText } from "./cards/notice";
import { plenaryCard, rhythmCard } from "./cards/rhythm";
import { introductionScreen } from "../../app/introduction-screen";
import { sponsorRequestScreen } from "../../app/sponsor-request-screen";
import type { Screen } from "../../app/screen";
import { teamsReaderIn } from "./identify";
import { teamsText } from "./render";
import { teamsScreen } from "./render-screen";

/**
 * Proactive messages through the conversation reference saved when the person first talked to
 * the bot. Teams cannot be asked whether a message already went out, so a send interrupted by a
 * crash may, rarely, arrive twice.
 */
export class TeamsSender implements PlatformSender {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly refs: ConversationRefRepository,
    private readonly anonymous: boolean,
  ) {}

  async openDirect(person: Person): Promise<string> {
    return (await this.reference(person)).conversation.id;
  }

  async post(_channel: string, message: OutboundMessage, reader: Viewer): Promise<string | null> {
    const reference = await this.reference(reader.person);
    const t = translator(reader.locale, "teams");
    let id: string | null = null;
    const partnerSignInAddress =
      message.kind === "introduction"
        ? await this.partnerSignInAddress(message.introduction, reader.person)
        : undefined;
    // botbuilder hands an error thrown in here to onTurnError, which only logs it: carry it out, so
    // the job worker retries a 412, 429 or 5xx instead of recording the message as sent.
    let failure: { error: unknown } | undefined;
    await this.adapter.continueConversationAsync(this.appId, reference, async (context) => {
      try {
        const activity = renderTeamsOutbound(message, reader, t, partnerSignInAddress);
        id = (await context.sendActivity(activity))?.id ?? null;
      } catch (error) {
        failure = { error };
      }
    });
    if (failure) throw failure.error;
    return id;
  }

  /** What Teams told Tandem of the partner's sign-in address, for the introduction's chat link. */
  private async partnerSignInAddress(view: IntroductionView, reader: Person): Promise<string | undefined> {
    const partner = view.mentor.personId === reader.id ? view.mentee : view.mentor;
    if (partner.platform !== "teams") return undefined;
    const ref = (await this.refs.get(partner.personId)) as { user?: { userPrincipalName?: string } } | null;
    return ref?.user?.userPrincipalName || undefined;
  }

  private async reference(person: Person): Promise<ConversationReference & { conversation: { id: string } }> {
    const reference = (await this.refs.get(person.id)) as
      | (ConversationReference & { conversation?: { id?: string } })
      | null;
    if (!reference?.conversation?.id || !reference.serviceUrl) {
      throw new PermanentJobError(
        `${person.displayName || person.id} has never opened Tandem in Teams, so the bot cannot message them`,
      );
    }
    // A reference kept while the server ran in another mode never sends outside Teams' own hosts.
    if (!serviceUrlAllowed(reference.serviceUrl, this.anonymous)) {
      throw new PermanentJobError(
        `the saved Teams conversation of ${person.id} points outside Teams; they must open Tandem again`,
      );
    }
    return reference as ConversationReference & { conversation: { id: string } };
  }
}

/** A platform-neutral message as a Teams activity, in the reader's language. */
export function renderTeamsOutbound(
  message: OutboundMessage,
  reader: Viewer,
  t = translator(reader.locale, "teams"),
  partnerSignInAddress?: string,
): Partial<Activity> {
  switch (message.kind) {
    case "notice":
      // Catalogue texts are written with Slack's markup; Teams reads markdown.
      return MessageFactory.text(noticeText(message.notice, reader.locale, reader.timeZone));
    case "sponsor-request":
      return screenActivity(sponsorRequestScreen(message.request), reader);
    case "introduction":
      return screenActivity(
        introductionScreen(message.introduction, {
          personId: reader.person.id,
          chatWithPartner: partnerChatLink(partnerSignInAddress),
        }),
        reader,
      );
    case "rhythm":
      return withSummary(
        rhythmCard(message.rhythm, t, reader.locale, reader.timeZone),
        rhythmText(message.rhythm, t, reader.locale, reader.timeZone, escapeTeamsMarkdown),
      );
    case "plenary":
      return withSummary(
        plenaryCard(message.plenary, t, reader.locale, reader.timeZone),
        plenaryText(message.plenary, t, reader.locale, reader.timeZone, escapeTeamsMarkdown),
      );
    case "evaluation":
      return withSummary(
        evaluationRequestCard(message.evaluation, t, reader.locale, reader.timeZone),
        evaluationRequestText(message.evaluation, t, reader.locale, reader.timeZone, escapeTeamsMarkdown),
      );
    case "document":
      return documentOffer(message.document, reader);
    case "coordinator-nudge":
      return screenActivity(coordinatorNudgeScreen(message.nudge), reader);
  }
}

/**
 * A file (a certificate) is offered with a consent card; on acceptance the same bytes are made again
 * from its source. A file without a source cannot be made again, so its notice goes alone.
 */
function documentOffer(document: DocumentMessage, reader: Viewer): Partial<Activity> {
  const text = noticeText(document.notice, reader.locale, reader.timeZone);
  if (!document.source) return MessageFactory.text(text);
  return fileOffer(
    { filename: document.filename, description: document.title, content: document.content },
    document.source,
    text,
  );
}

function screenActivity(screen: Screen, reader: Viewer): Partial<Activity> {
  const words = teamsReaderIn(reader.locale, reader.timeZone);
  return withSummary(teamsScreen(screen, words), teamsText(screen.summary, words));
}

/**
 * A Teams link that opens a one-to-one chat with the partner. Teams' chat links take sign-in
 * addresses (user principal names), not object ids, and name only group chats, so the link is
 * simply "chat with <partner>"; undefined when Teams never told Tandem the partner's address.
 */
export function partnerChatLink(partnerSignInAddress: string | undefined): string | undefined {
  if (!partnerSignInAddress || !/^[^@\s]+@[^@\s]+$/.test(partnerSignInAddress)) return undefined;
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(partnerSignInAddress)}`;
}

/**
 * A card with the one-line summary Teams shows in notifications and the chat list. It goes in
 * `summary`, not `text`: Teams would print a text above the card, saying the same thing twice.
 * The summary is markdown like the card, so its callers escape what people typed in it.
 */
function withSummary(card: AdaptiveCard, summary: string): Partial<Activity> {
  return {
    ...MessageFactory.attachment(CardFactory.adaptiveCard(card)),
    summary: plainText(summary).split("\n")[0],
  };
}
