import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { sponsorRefusal } from "../../../../app/refusals";
import { markup } from "../../../../i18n";
import type { Services } from "../../../../services";
import { identifySlackUser } from "../../people";
import { slackText } from "../../render";
import { sponsorAnsweredMessage, sponsorDeclineModal } from "../../views/sponsor-request";
import { plainMessage } from "../../views/text";
import { replyToAction } from "./reply";

/** Endorse, from the sponsor's DM: recorded at once, the applicant is told, the buttons go away. */
export function sponsorEndorseAction(services: Services) {
  return async ({
    ack,
    body,
    action,
    client,
    respond,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const result = await services.applications.decide(viewer.person, action.value ?? "", "endorse");
    if (!result.ok) {
      await replyToAction(body, client, respond, plainMessage(slackText(sponsorRefusal(result), viewer)));
      return;
    }
    const text = viewer.tEscaped("sponsor.endorsedDone", {
      applicant: markup(`<@${result.applicant.userId}>`),
      cohort: result.cohort.name,
    });
    await respond({ replace_original: true, ...sponsorAnsweredMessage(text) });
  };
}

/** Decline opens a small form for an optional reason; nothing is recorded until it is sent. */
export function sponsorDeclineAction(services: Services) {
  return async ({
    ack,
    body,
    action,
    client,
    respond,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const open = await services.applications.openForDecision(viewer.person, action.value ?? "");
    if (!open.ok) {
      await replyToAction(body, client, respond, plainMessage(slackText(sponsorRefusal(open), viewer)));
      return;
    }
    const { application } = open;
    const [applicant, cohort] = await Promise.all([
      services.people.findById(application.personId),
      services.cohorts.findById(application.cohortId),
    ]);
    // Only the application: the submission finds the request's messages in the delivery ledger.
    const metadata = { applicationId: application.id };
    await client.views.open({
      trigger_id: body.trigger_id,
      view: sponsorDeclineModal(
        metadata,
        applicant?.displayName || applicant?.userId || "",
        cohort?.name ?? "",
        viewer.t,
      ),
    });
  };
}
