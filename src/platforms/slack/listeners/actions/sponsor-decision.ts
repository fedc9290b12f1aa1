import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { DecisionResult } from "../../../../domain/applications/application-service";
import { markup, type Translate } from "../../../../i18n";
import type { Services } from "../../../../services";
import { identifySlackUser } from "../../people";
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
      await replyToAction(body, client, respond, plainMessage(decisionRefusal(result, viewer.t)));
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
    const application = await services.applications.findById(action.value ?? "");
    if (!application || application.sponsorPersonId !== viewer.person.id || application.status !== "awaiting_sponsor") {
      const refusal: DecisionResult = !application
        ? { ok: false, reason: "not-found" }
        : {
            ok: false,
            reason:
              application.sponsorPersonId !== viewer.person.id
                ? "not-sponsor"
                : application.status === "withdrawn"
                  ? "withdrawn"
                  : "already-decided",
            application,
          };
      await replyToAction(body, client, respond, plainMessage(decisionRefusal(refusal, viewer.t)));
      return;
    }
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

export function decisionRefusal(result: Extract<DecisionResult, { ok: false }>, t: Translate): string {
  switch (result.reason) {
    case "not-found":
      return t("sponsor.notFound");
    case "not-sponsor":
      return t("sponsor.notSponsor");
    case "withdrawn":
      return t("sponsor.withdrawn");
    case "already-decided":
      return t("sponsor.alreadyDecided", { status: t(`applications.statuses.${result.application!.status}`) });
  }
}
