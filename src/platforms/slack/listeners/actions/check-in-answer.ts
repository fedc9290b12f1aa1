import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { answerCheckIn } from "../../../../app/check-in";
import type { Services } from "../../../../services";
import { parseActionValue } from "../../action-values";
import { identifySlackUser } from "../../people";
import { actionAnswer, sendToSlack } from "../../render";

const answerValue = z.object({
  pairId: z.string().min(1),
  askedAt: z.string().min(1),
  answer: z.enum(["met", "moved", "not-yet"]),
});

/** "Did you meet?": the answer goes in the question's place; the log or the plan form opens. */
export function checkInAnswerAction(services: Services) {
  return async (args: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    const { ack, body, client, action } = args;
    await ack();
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const replies = await answerCheckIn(services, viewer, parseActionValue(answerValue, action.value));
    await sendToSlack(replies, viewer, actionAnswer(args));
  };
}
