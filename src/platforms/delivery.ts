import type { Clock } from "../domain/clock";
import { isDemoPerson } from "../domain/cohorts/demo-cohort";
import type { OutboundMessage } from "../domain/messages";
import type { PeopleService, Person, Platform, Viewer } from "../domain/people";
import type { DeliveryRepository } from "../storage/delivery-repository";
import type { SendPace } from "./send-pace";

/** One platform's way of reaching people outside a request. */
export interface PlatformSender {
  /** The conversation between the bot and this person (opened if needed); its id. */
  openDirect(person: Person): Promise<string>;
  /** Posts the message, tagged with the delivery key where the platform allows; returns its id. */
  post(channel: string, message: OutboundMessage, reader: Viewer, deliveryKey: string): Promise<string | null>;
  /** Finds a message tagged with this key posted since `since`, when the platform can tell. */
  findPosted?(channel: string, deliveryKey: string, since: Date): Promise<string | null>;
  /** A conversation of these people and the bot, where the platform has one (Slack group DMs). */
  openGroup?(people: Person[]): Promise<string>;
}

export class PlatformUnavailableError extends Error {
  override name = "PlatformUnavailableError";
}

// A crash between "sending" and "sent" may have happened just after the platform accepted the
// message; look back a little further than the recorded attempt.
const RECONCILE_MARGIN_MS = 60_000;

/**
 * Sends each message at most once per delivery key: the ledger records the intent before the send
 * and the result after; a send interrupted by a crash is checked against the platform (Slack: the
 * message's metadata in the conversation history) before it is tried again.
 */
export class Deliverer {
  constructor(
    private readonly ledger: DeliveryRepository,
    private readonly senders: Partial<Record<Platform, PlatformSender>>,
    private readonly people: PeopleService,
    private readonly clock: Clock,
    private readonly pacing?: {
      pace: SendPace;
      /** How long the platform asked to wait, when an error is its "too many requests". */
      retryAfterOf: (error: unknown) => number | undefined;
    },
  ) {}

  async toPerson(
    person: Person,
    message: OutboundMessage,
    deliveryKey: string,
  ): Promise<"sent" | "already-sent" | "not-sent-demo"> {
    // A demo cohort's made-up people are never written to, whatever asked for it.
    if (isDemoPerson(person)) return "not-sent-demo";
    const sender = this.senders[person.platform];
    if (!sender)
      throw new PlatformUnavailableError(`${person.platform} is not configured, so ${person.id} cannot be reached`);
    return this.send(sender, person, await sender.openDirect(person), message, this.people.viewer(person), deliveryKey);
  }

  /**
   * One message to several people together: a group conversation where their platform has one
   * (all on the same Slack workspace), otherwise the same message to each of them.
   */
  async toGroup(people: Person[], message: OutboundMessage, deliveryKey: string, reader: Viewer): Promise<void> {
    const first = people[0];
    if (!first || people.some(isDemoPerson)) return;
    const sender = this.senders[first.platform];
    const together = people.every((p) => p.platform === first.platform && p.workspaceId === first.workspaceId);
    if (sender?.openGroup && together) {
      await this.send(sender, first, await sender.openGroup(people), message, reader, deliveryKey);
      return;
    }
    // One person out of reach (a Teams user who never opened the bot) must not keep it from the others.
    let failure: unknown;
    for (const person of people) {
      try {
        await this.toPerson(person, message, `${deliveryKey}:${person.id}`);
      } catch (error) {
        failure ??= error;
      }
    }
    if (failure !== undefined) throw failure;
  }

  /** `to` names the platform and the workspace (or tenant) whose send budget the message spends. */
  private async send(
    sender: PlatformSender,
    to: Pick<Person, "platform" | "workspaceId">,
    channel: string,
    message: OutboundMessage,
    reader: Viewer,
    deliveryKey: string,
  ): Promise<"sent" | "already-sent"> {
    const { platform } = to;
    await this.pacing?.pace.take(platform, to.workspaceId);
    const record = await this.ledger.beginSending(deliveryKey, platform, channel, this.clock.now());
    if (record.state === "sent") return "already-sent";
    if (record.state === "sending") {
      // An earlier attempt died between sending and recording: ask the platform before sending again.
      if (sender.findPosted) {
        const since = new Date(record.attemptedAt.getTime() - RECONCILE_MARGIN_MS);
        const posted = await sender.findPosted(record.channel ?? channel, deliveryKey, since);
        if (posted) {
          await this.ledger.markSent(deliveryKey, posted, this.clock.now());
          return "already-sent";
        }
      }
      await this.ledger.markSending(deliveryKey, channel, this.clock.now());
    }
    let reference: string | null;
    try {
      reference = await sender.post(channel, message, reader, deliveryKey);
    } catch (error) {
      const retryAfterMs = this.pacing?.retryAfterOf(error);
      if (retryAfterMs !== undefined) await this.pacing?.pace.holdFor(platform, to.workspaceId, retryAfterMs);
      throw error;
    }
    await this.ledger.markSent(deliveryKey, reference, this.clock.now());
    return "sent";
  }
}
