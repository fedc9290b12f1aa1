import type { WebClient } from "@slack/web-api";
import { sponsorDeliveryKeys } from "../../domain/applications/application-service";
import type { Application } from "../../domain/applications/application";
import type { Person } from "../../domain/people";
import type { Services } from "../../services";

/**
 * A modal's private_metadata comes back in the request, so a channel and message ts in it are
 * never used to edit a message: these find the messages from what Tandem itself recorded.
 */

/** The sponsor request and reminder Tandem sent for this application's current request: channel and ts. */
export async function sponsorRequestMessages(
  services: Services,
  application: Application,
): Promise<{ channel: string; ts: string }[]> {
  const keys = sponsorDeliveryKeys(application);
  const messages: { channel: string; ts: string }[] = [];
  for (const key of [keys.request, keys.reminder]) {
    const record = await services.deliveries.find(key);
    if (record.state === "sent" && record.channel && record.messageRef)
      messages.push({ channel: record.channel, ts: record.messageRef });
  }
  return messages;
}

/** True when `channel` is this person's own DM with Tandem (the only place their review messages live). */
export async function isOwnDirectChannel(
  services: Services,
  client: WebClient,
  person: Person,
  channel: string | undefined,
): Promise<boolean> {
  if (!channel) return false;
  const saved = (await services.conversationRefs.get(person.id)) as { channel?: string } | null;
  if (saved?.channel) return saved.channel === channel;
  return (await client.conversations.open({ users: person.userId })).channel?.id === channel;
}
