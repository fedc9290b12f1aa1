import type { WebClient } from "@slack/web-api";
import type { OutboundMessage } from "../../domain/messages";
import type { Person, Viewer } from "../../domain/people";
import { translator } from "../../i18n";
import { coordinatorNudgeScreen } from "../../app/coordinator-nudge-screen";
import { introductionScreen } from "../../app/introduction-screen";
import { sponsorRequestScreen } from "../../app/sponsor-request-screen";
import { slackReaderIn } from "./people";
import { slackScreen } from "./render-screen";
import type { ConversationRefRepository } from "../../storage/conversation-ref-repository";
import type { PlatformSender } from "../delivery";
import { evaluationRequestMessage } from "./views/evaluation";
import { noticeMessage } from "./views/notice";
import { plenarySlackMessage } from "./views/plenaries";
import { rhythmSlackMessage } from "./views/rhythm";
import type { SlackMessage } from "./views/text";

const DELIVERY_EVENT_TYPE = "tandem_delivery";

/** Renders a platform-neutral message in the reader's language. */
export function renderOutbound(message: OutboundMessage, reader: Viewer): SlackMessage {
  const t = translator(reader.locale, "slack");
  switch (message.kind) {
    case "notice":
      return noticeMessage(message.notice, reader.locale, reader.timeZone);
    case "sponsor-request":
      return slackScreen(sponsorRequestScreen(message.request), slackReaderIn(reader.locale, reader.timeZone));
    case "introduction":
      return slackScreen(introductionScreen(message.introduction), slackReaderIn(reader.locale, reader.timeZone));
    case "rhythm":
      return rhythmSlackMessage(message.rhythm, t, reader.locale, reader.timeZone);
    case "plenary":
      return plenarySlackMessage(message.plenary, t, reader.locale, reader.timeZone);
    case "evaluation":
      return evaluationRequestMessage(message.evaluation, t, reader.locale, reader.timeZone);
    case "document":
      return noticeMessage(message.document.notice, reader.locale, reader.timeZone);
    case "coordinator-nudge":
      return slackScreen(coordinatorNudgeScreen(message.nudge), slackReaderIn(reader.locale, reader.timeZone));
  }
}

/**
 * Sends what jobs deliver. Every message carries its delivery key in Slack message metadata, so
 * after a crash the conversation history says whether it already went out.
 */
export class SlackSender implements PlatformSender {
  // A person's DM channel with the bot never changes: remember it rather than read it per message.
  private readonly channels = new Map<string, string>();

  constructor(
    private readonly client: WebClient,
    private readonly refs: ConversationRefRepository,
  ) {}

  async openDirect(person: Person): Promise<string> {
    const known = this.channels.get(person.id);
    if (known) return known;
    const saved = (await this.refs.get(person.id)) as { channel?: string } | null;
    let channel = saved?.channel;
    if (!channel) {
      channel = (await this.client.conversations.open({ users: person.userId })).channel?.id;
      if (!channel) throw new Error("conversations.open returned no channel");
      await this.refs.save(person.id, { channel });
    }
    if (this.channels.size >= 50_000) this.channels.clear();
    this.channels.set(person.id, channel);
    return channel;
  }

  /** A group DM of these people and the bot (a pair's introduction). */
  async openGroup(people: Person[]): Promise<string> {
    const channel = (await this.client.conversations.open({ users: people.map((p) => p.userId).join(",") })).channel
      ?.id;
    if (!channel) throw new Error("conversations.open returned no channel");
    return channel;
  }

  async post(channel: string, message: OutboundMessage, reader: Viewer, deliveryKey: string): Promise<string | null> {
    const rendered = renderOutbound(message, reader);
    if (message.kind === "document") {
      // A file cannot carry message metadata; the ledger still sends it once per key.
      const { document } = message;
      const uploaded = await this.client.files.uploadV2({
        channel_id: channel,
        filename: document.filename,
        title: document.title,
        initial_comment: rendered.text,
        file: document.content,
      });
      const files = (uploaded as { files?: { files?: { id?: string }[] }[] }).files;
      return files?.[0]?.files?.[0]?.id ?? null;
    }
    const result = await this.client.chat.postMessage({
      channel,
      text: rendered.text,
      blocks: rendered.blocks,
      metadata: { event_type: DELIVERY_EVENT_TYPE, event_payload: { key: deliveryKey } },
    });
    return result.ts ?? null;
  }

  async findPosted(channel: string, deliveryKey: string, since: Date): Promise<string | null> {
    let cursor: string | undefined;
    do {
      const page = await this.client.conversations.history({
        channel,
        oldest: (since.getTime() / 1000).toFixed(6),
        include_all_metadata: true,
        limit: 200,
        cursor,
      });
      const found = page.messages?.find(
        (m) =>
          m.metadata?.event_type === DELIVERY_EVENT_TYPE &&
          (m.metadata.event_payload as { key?: string } | undefined)?.key === deliveryKey,
      );
      if (found?.ts) return found.ts;
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
    return null;
  }
}
