import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import type { Services } from "../../../../services";
import { parseActionValue } from "../../action-values";
import { openEvaluationForm } from "../../evaluation-flow";
import { identifySlackUser } from "../../people";
import { plainMessage } from "../../views/text";
import { replyToAction } from "./reply";

const evaluationValue = z.object({ evaluationId: z.string().min(1) });

/** "Answer" on a questionnaire's request: the form, for its owner only. */
export function evaluationOpenAction(services: Services) {
  return async (args: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await args.ack();
    const viewer = await identifySlackUser(services, args.client, args.body.team?.id ?? "", args.body.user.id);
    const evaluationId = parseActionValue(evaluationValue, args.action.value)?.evaluationId ?? "-";
    const refusal = await openEvaluationForm(services, viewer, args.client, args.body.trigger_id, evaluationId);
    if (refusal) await replyToAction(args.body, args.client, args.respond, plainMessage(refusal));
  };
}
