import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import type { Services } from "../../../../services";
import { decodeMetadata } from "../../ids";
import { identifySlackUser } from "../../people";
import { readViewState } from "../../view-state";
import { sponsorAnsweredMessage } from "../../views/sponsor-request";
import { escapeMrkdwn } from "../../views/text";
import { decisionRefusal } from "../actions/sponsor-decision";

/** The sponsor's Decline, with the optional reason: recorded, the applicant told, the DM updated. */
export function sponsorDeclineSubmitted(services: Services) {
  return async ({ ack, body, view, client }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const { applicationId, channelId, messageTs } = decodeMetadata(view.private_metadata);
    const reason = readViewState(view).reason;
    const result = await services.applications.decide(viewer.person, applicationId ?? "", "decline", typeof reason === "string" ? reason : undefined);
    if (!result.ok) {
      await ack({ response_action: "errors", errors: { reason: decisionRefusal(result, viewer.t) } });
      return;
    }
    await ack();
    const text = viewer.t("sponsor.declinedDone", { applicant: `<@${result.applicant.userId}>`, cohort: escapeMrkdwn(result.cohort.name) });
    if (channelId && messageTs) await client.chat.update({ channel: channelId, ts: messageTs, ...sponsorAnsweredMessage(text) });
    else await client.chat.postMessage({ channel: body.user.id, text });
  };
}
