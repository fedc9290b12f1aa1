import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import type { Services } from "../../../../services";
import { parseActionValue } from "../../action-values";
import { showCohortStatus } from "../../cohort-status-flow";
import { plainMessage } from "../../views/text";
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
    const result = await services.reporting.nudge(
      viewer.person,
      parseActionValue(pairValue, args.action.value)?.pairId ?? "-",
    );
    const text = result.ok
      ? viewer.tEscaped("cohortStatus.nudged", { mentor: result.mentor.displayName, mentee: result.mentee.displayName })
      : viewer.tEscaped("cohortStatus.nudgeRefused");
    await replyToAction(args.body, args.client, args.respond, plainMessage(text));
  };
}

/** "Status" on a cohort's line of the coordinator's Home tab. */
export function cohortStatusAction(services: Services) {
  return async (args: Args): Promise<void> => {
    await args.ack();
    const viewer = await coordinatorClicking(services, args, "cohort status");
    if (!viewer) return;
    const cohort = await services.cohorts.findById(parseActionValue(cohortValue, args.action.value)?.cohortId ?? "-");
    if (!cohort) return;
    await showCohortStatus(services, viewer, args.client, cohort, args.body.user.id, (message) =>
      replyToAction(args.body, args.client, args.respond, message),
    );
  };
}
