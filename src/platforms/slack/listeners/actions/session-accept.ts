import { sessionInviteFile } from "../../../../documents/session-invite-file";
import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import type { PairContext, PairSession } from "../../../../domain/meetings/meetings";
import { formatDateTime, translator } from "../../../../i18n";
import type { Services } from "../../../../services";
import { parseActionValue } from "../../action-values";
import { identifySlackUser, type SlackViewer } from "../../people";
import { plainMessage } from "../../views/text";
import { replyToAction } from "./reply";
import { sessionRefusal } from "../../../../app/refusals";
import { slackText } from "../../render";

const sessionValue = z.object({ sessionId: z.string().min(1) });

/**
 * "Accept" on a partner's proposal: the session is on (the proposer hears it from the domain); the calendar file
 * goes to the pair's group message so both can add it to their calendars.
 */
export function sessionAcceptAction(services: Services) {
  return async (args: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    const { ack, body, client, respond, action } = args;
    await ack();
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const result = await services.sessions.accept(
      viewer.person,
      parseActionValue(sessionValue, action.value)?.sessionId ?? "-",
    );
    if (!result.ok) {
      await replyToAction(body, client, respond, plainMessage(slackText(sessionRefusal(result.reason), viewer)));
      return;
    }
    const { session, context } = result;
    const when = formatDateTime(session.startsAt, viewer.locale, viewer.timeZone);
    await respond({
      replace_original: true,
      ...plainMessage(viewer.tEscaped("rhythm.proposal.accepted", { when, partner: context.partner.displayName })),
    });
    await shareInvite(services, client, viewer, context, session);
  };
}

/** The .ics file in the pair's group DM (both partners on this Slack workspace). */
async function shareInvite(
  services: Services,
  client: AllMiddlewareArgs["client"],
  viewer: SlackViewer,
  context: PairContext,
  session: PairSession,
): Promise<void> {
  const { me, partner, pair, cohort } = context;
  if (me.platform !== "slack" || partner.platform !== "slack" || me.workspaceId !== partner.workspaceId) return;
  const mentor = pair.mentorPersonId === me.id ? me : partner;
  const mentee = mentor === me ? partner : me;
  const invite = sessionInviteFile(
    { session, cohort, mentor, mentee, now: services.clock.now() },
    translator(viewer.locale),
  );
  if (!invite.ok) {
    services.logger.warn({ err: invite.cause, sessionId: session.id }, "the calendar file could not be made");
    return;
  }
  const channel = (await client.conversations.open({ users: `${mentor.userId},${mentee.userId}` })).channel?.id;
  if (!channel) return;
  await client.files.uploadV2({
    channel_id: channel,
    filename: invite.filename,
    title: invite.title,
    file: invite.content,
  });
}
