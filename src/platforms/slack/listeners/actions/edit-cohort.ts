import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { formValuesFrom } from "../../../../domain/cohorts/cohort-form";
import type { Services } from "../../../../services";
import { cohortModal } from "../../views/cohort-modal";
import { coordinatorClicking } from "./coordinator-gate";

/** The Edit button under `cohort show`: the cohort form, filled with what is saved. */
export function editCohortAction(services: Services) {
  return async (args: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await args.ack();
    const viewer = await coordinatorClicking(services, args, "cohort edit");
    const cohort = viewer ? await services.cohorts.findById(args.action.value ?? "") : null;
    if (!viewer || !cohort) return;
    await args.client.views.open({
      trigger_id: args.body.trigger_id,
      view: cohortModal(formValuesFrom(cohort), viewer.t, cohort.id),
    });
  };
}
