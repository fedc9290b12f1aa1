import { slackText } from "../../render";
import { coordinatorRefusal } from "../../../../app/gate";
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import type { Services } from "../../../../services";
import { postAnnouncement } from "../../announce";
import { decodeMetadata } from "../../ids";
import { identifySlackUser } from "../../people";
import { readViewState } from "../../view-state";
import { fieldErrors } from "../../views/text";

/** The channel picked for the call for applications: posted there, or told why not next to the field. */
export function announceChannelSubmitted(services: Services) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const { t } = viewer;
    const { cohortId } = decodeMetadata(view.private_metadata);
    const cohort = cohortId ? await services.cohorts.findById(cohortId) : null;
    const channel = readViewState(view).channel;
    const refused = coordinatorRefusal(viewer, "cohort.announce", "announce");
    if (refused) {
      await ack(fieldErrors({ channel: slackText(refused, viewer) }));
      return;
    }
    if (!cohort) {
      await ack({ response_action: "errors", errors: { channel: t("cohorts.gone") } });
      return;
    }
    if (typeof channel !== "string" || !channel) {
      await ack({ response_action: "errors", errors: { channel: t("announce.pickRequired") } });
      return;
    }
    const posted = await postAnnouncement(services, client, cohort, channel);
    if (!posted.ok) {
      await ack({ response_action: "errors", errors: { channel: t("announce.cannotPostThere") } });
      return;
    }
    await ack();
    await client.chat.postMessage({ channel: body.user.id, text: t("announce.posted", { channel: posted.channel }) });
  };
}
