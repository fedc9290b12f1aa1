import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { Services } from "../../../../services";
import { announceChannelModal } from "../../views/announcement";
import { coordinatorClicking } from "./coordinator-gate";

/** "Pick a channel" after the bot could not post where `announce` was typed. */
export function announcePickChannelAction(services: Services) {
  return async (args: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await args.ack();
    const viewer = await coordinatorClicking(services, args, "announce");
    const cohort = viewer ? await services.cohorts.findById(args.action.value ?? "") : null;
    if (!viewer || !cohort) return;
    await args.client.views.open({ trigger_id: args.body.trigger_id, view: announceChannelModal(cohort, viewer.t) });
  };
}
