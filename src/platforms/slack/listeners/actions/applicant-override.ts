import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { Services } from "../../../../services";
import { identifySlackUser } from "../../people";
import { SLASH_COMMAND } from "../../slash-command";
import { applicantsMessage } from "../../views/applicants";
import { escapeMrkdwn, plainMessage } from "../../views/text";
import { replyToAction } from "./reply";

/** "Accept without sponsor" (coordinators): the application goes to matching; the list is refreshed. */
export function applicantOverrideAction(services: Services) {
  return async ({ ack, body, action, client, respond }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const { t } = viewer;
    if (!viewer.isCoordinator) {
      await replyToAction(body, client, respond, plainMessage(t("common.coordinatorOnly", { command: `${SLASH_COMMAND} applicants` })));
      return;
    }
    const result = await services.applications.override(viewer.person, action.value ?? "");
    if (!result.ok) {
      await replyToAction(body, client, respond, plainMessage(t("applicants.overrideNotApplicable")));
      return;
    }
    const [cohort, applicant] = await Promise.all([services.cohorts.findById(result.application.cohortId), services.people.findById(result.application.personId)]);
    if (cohort) await respond({ replace_original: true, ...applicantsMessage(await services.applications.overview(cohort), 0, t, viewer.locale, viewer.timeZone) });
    await replyToAction(body, client, respond, plainMessage(t("applicants.overridden", { name: escapeMrkdwn(applicant?.displayName || "") })));
  };
}
