import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import type { Services } from "../../../../services";
import { decodeMetadata } from "../../ids";
import { sponsorRequestMessages } from "../../own-messages";
import { identifySlackUser } from "../../people";
import { readViewState } from "../../view-state";
import { sponsorAnsweredMessage } from "../../views/sponsor-request";
import { markup } from "../../../../i18n";
import { sponsorRefusal } from "../../../../app/refusals";
import { slackText } from "../../render";

/** The sponsor's Decline, with the optional reason: recorded, the applicant told, the DM updated. */
export function sponsorDeclineSubmitted(services: Services) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const { applicationId } = decodeMetadata(view.private_metadata);
    const typed = readViewState(view).reason;
    const result = await services.applications.decide(
      viewer.person,
      applicationId ?? "",
      "decline",
      typeof typed === "string" ? typed : undefined,
    );
    if (!result.ok) {
      await ack({ response_action: "errors", errors: { reason: slackText(sponsorRefusal(result), viewer) } });
      return;
    }
    await ack();
    const text = viewer.tEscaped("sponsor.declinedDone", {
      applicant: markup(`<@${result.applicant.userId}>`),
      cohort: result.cohort.name,
    });
    // The request (and its reminder) as the ledger recorded them, never a channel/ts from the request.
    const sent = await sponsorRequestMessages(services, result.application);
    for (const message of sent)
      await client.chat.update({ channel: message.channel, ts: message.ts, ...sponsorAnsweredMessage(text) });
    if (sent.length === 0) await client.chat.postMessage({ channel: body.user.id, text });
  };
}
