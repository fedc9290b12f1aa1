import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { Services } from "../../../../services";
import { applicantsScreen } from "../../../../app/applicants-screen";
import { slackScreen } from "../../render-screen";
import { plainMessage } from "../../views/text";
import { coordinatorClicking } from "./coordinator-gate";
import { replyToAction } from "./reply";

/** "Accept without sponsor" (coordinators): the application goes to matching; the list is refreshed. */
export function applicantOverrideAction(services: Services) {
  return async (args: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await args.ack();
    const { body, client, respond } = args;
    const viewer = await coordinatorClicking(services, args, "applicants");
    if (!viewer) return;
    const { t } = viewer;
    const result = await services.applications.override(viewer.person, args.action.value ?? "");
    if (!result.ok) {
      await replyToAction(body, client, respond, plainMessage(t("applicants.overrideNotApplicable")));
      return;
    }
    const [cohort, applicant] = await Promise.all([
      services.cohorts.findById(result.application.cohortId),
      services.people.findById(result.application.personId),
    ]);
    if (cohort)
      await respond({
        replace_original: true,
        ...slackScreen(applicantsScreen(await services.applications.overview(cohort), 0), viewer),
      });
    await replyToAction(
      body,
      client,
      respond,
      plainMessage(viewer.tEscaped("applicants.overridden", { name: applicant?.displayName || "" })),
    );
  };
}
