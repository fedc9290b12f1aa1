import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import type { Services } from "../../../../services";
import { parseActionValue } from "../../action-values";
import { generatePlan } from "../../../../app/plenaries";
import { plenaryMessage } from "../../plenary-flow";
import { coordinatorClicking } from "./coordinator-gate";

const cohortValue = z.object({ cohortId: z.string().min(1) });

/** "Generate plan" under `/mentoring plenary`: the plan replaces the message, with what was created. */
export function plenaryGenerateAction(services: Services) {
  return async (args: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await args.ack();
    const viewer = await coordinatorClicking(services, args, "plenary");
    const value = parseActionValue(cohortValue, args.action.value);
    if (!viewer || !value) return;
    const view = await generatePlan(services, viewer, value.cohortId);
    await args.respond({ replace_original: true, ...plenaryMessage(view, viewer) });
  };
}
