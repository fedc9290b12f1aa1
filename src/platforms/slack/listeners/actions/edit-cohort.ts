import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { formValuesFrom } from "../../../../domain/cohorts/cohort-form";
import type { Services } from "../../../../services";
import { parseActionValue } from "../../action-values";
import { cohortModal } from "../../views/cohort-modal";
import { coordinatorClicking } from "./coordinator-gate";

const cohortValue = z.object({ cohortId: z.string().min(1) });

/** The Edit button under `cohort show`: the cohort form, filled with what is saved. */
export function editCohortAction(services: Services) {
  return async (args: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await args.ack();
    const viewer = await coordinatorClicking(services, args, "cohort edit");
    // Edit buttons posted before screens carried the bare id.
    const id = parseActionValue(cohortValue, args.action.value)?.cohortId ?? args.action.value ?? "";
    const cohort = viewer ? await services.cohorts.findById(id) : null;
    if (!viewer || !cohort) return;
    await args.client.views.open({
      trigger_id: args.body.trigger_id,
      view: cohortModal(formValuesFrom(cohort), viewer.t, cohort.id),
    });
  };
}
