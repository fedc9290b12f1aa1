import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { formValuesFrom } from "../../../../domain/cohorts/cohort-form";
import type { Services } from "../../../../services";
import { identifySlackUser } from "../../people";
import { SLASH_COMMAND } from "../../slash-command";
import { cohortModal } from "../../views/cohort-modal";
import { plainMessage } from "../../views/text";
import { replyToAction } from "./reply";

/** The Edit button under `cohort show`: the cohort form, filled with what is saved. */
export function editCohortAction(services: Services) {
  return async ({ ack, body, action, client, respond }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    if (!viewer.isCoordinator) {
      await replyToAction(body, client, respond, plainMessage(viewer.t("common.coordinatorOnly", { command: `${SLASH_COMMAND} cohort edit` })));
      return;
    }
    const cohort = await services.cohorts.findById(action.value ?? "");
    if (!cohort) return;
    await client.views.open({ trigger_id: body.trigger_id, view: cohortModal(formValuesFrom(cohort), viewer.t, cohort.id) });
  };
}
