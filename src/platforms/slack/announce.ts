import type { WebClient } from "@slack/web-api";
import type { Cohort } from "../../domain/cohorts/cohort";
import { announcementScreen } from "../../app/announcement-screen";
import type { Services } from "../../services";
import { slackReaderIn } from "./people";
import { slackScreen } from "./render-screen";

// What Slack answers when the bot may not write in a channel.
const CANNOT_POST = new Set([
  "not_in_channel",
  "channel_not_found",
  "is_archived",
  "restricted_action",
  "cannot_dm_bot",
  "ekm_access_denied",
  "team_access_not_granted",
]);

/**
 * Posts a cohort's call for applications in a channel, in the cohort's language. Slack refuses
 * channels the bot cannot write to (private ones it was not invited to, DMs with others): that
 * comes back as `ok: false` so the coordinator can pick another channel.
 */
export async function postAnnouncement(
  services: Services,
  client: WebClient,
  cohort: Cohort,
  channel: string,
): Promise<{ ok: true; channel: string } | { ok: false }> {
  const message = slackScreen(
    announcementScreen(cohort, services.clock.now()),
    slackReaderIn(cohort.locale, cohort.timeZone),
  );
  try {
    const result = await client.chat.postMessage({
      channel,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
    });
    return { ok: true, channel: result.channel ?? channel };
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error ?? "";
    if (!CANNOT_POST.has(code)) throw error;
    services.logger.info({ err: error, channel }, "the call for applications could not be posted in this channel");
    return { ok: false };
  }
}
