import { MessageFactory, type CloudAdapter, type ConversationReference } from "botbuilder";
import type { OutboundMessage } from "../../domain/messages";
import type { Person, Viewer } from "../../domain/people";
import { translator } from "../../i18n";
import { PermanentJobError } from "../../scheduler/job-worker";
import type { ConversationRefRepository } from "../../storage/conversation-ref-repository";
import type { PlatformSender } from "../delivery";
import { noticeText } from "./cards/notice";

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
  ) {}

  async openDirect(person: Person): Promise<string> {
    return (await this.reference(person)).conversation.id;
  }

  async post(_channel: string, message: OutboundMessage, reader: Viewer): Promise<string | null> {
    const reference = await this.reference(reader.person);
    const t = translator(reader.locale);
    let id: string | null = null;
    await this.adapter.continueConversationAsync(this.appId, reference, async (context) => {
      const activity = message.kind === "notice" ? MessageFactory.text(noticeText(message.notice, t)) : MessageFactory.text("");
      id = (await context.sendActivity(activity))?.id ?? null;
    });
    return id;
  }

  private async reference(person: Person): Promise<ConversationReference & { conversation: { id: string } }> {
    const reference = (await this.refs.get(person.id)) as (ConversationReference & { conversation?: { id?: string } }) | null;
    if (!reference?.conversation?.id || !reference.serviceUrl) {
      throw new PermanentJobError(`${person.displayName || person.id} has never opened Tandem in Teams, so the bot cannot message them`);
    }
    return reference as ConversationReference & { conversation: { id: string } };
  }
}
