import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import type { Services } from "../../../../services";
import { parseActionValue } from "../../action-values";
import { cohortStatusById, nudgePair } from "../../../../app/status";
import { showCohortStatus } from "../../cohort-status-flow";
import { actionAnswer, sendToSlack } from "../../render";
import { coordinatorClicking } from "./coordinator-gate";
import { replyToAction } from "./reply";

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;
const pairValue = z.object({ pairId: z.string().min(1) });
const cohortValue = z.object({ cohortId: z.string().min(1) });

/** "Nudge" next to a pair at risk: both partners are asked how it goes, with Plan a session. */
export function cohortNudgeAction(services: Services) {
  return async (args: Args): Promise<void> => {
    await args.ack();
    const viewer = await coordinatorClicking(services, args, "cohort status");
    if (!viewer) return;
    const pairId = parseActionValue(pairValue, args.action.value)?.pairId ?? "-";
    await sendToSlack(await nudgePair(services, viewer, pairId), viewer, actionAnswer(args));
  };
}

/** "Status" on a cohort's line of the coordinator's Home tab. */
export function cohortStatusAction(services: Services) {
  return async (args: Args): Promise<void> => {
    await args.ack();
    const viewer = await coordinatorClicking(services, args, "cohort status");
    if (!viewer) return;
    const cohortId = parseActionValue(cohortValue, args.action.value)?.cohortId ?? "-";
    await showCohortStatus(
      await cohortStatusById(services, viewer, cohortId),
      viewer,
      args.client,
      args.body.user.id,
      (message) => replyToAction(args.body, args.client, args.respond, message),
    );
  };
}
