import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { answersWithDefaults } from "../../../../domain/applications/application";
import type { Services } from "../../../../services";
import { identifySlackUser } from "../../people";
import { profileModal } from "../../views/application-modals";

/** "Back to the profile" inside the skills step: the same modal shows step 1 again, as saved. */
export function backToProfileAction(services: Services) {
  return async ({
    ack,
    body,
    action,
    client,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    if (!body.view) return;
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const application = await services.applications.findById(action.value ?? "");
    if (!application || application.personId !== viewer.person.id) return;
    const cohort = await services.cohorts.findById(application.cohortId);
    if (!cohort) return;
    const answers = answersWithDefaults(application.answers, viewer);
    await client.views.update({
      view_id: body.view.id,
      hash: body.view.hash,
      view: profileModal({
        cohort,
        application,
        answers,
        t: viewer.t,
        dataPolicyUrl: services.config.links.dataPolicyUrl,
        resumed: false,
      }),
    });
  };
}
