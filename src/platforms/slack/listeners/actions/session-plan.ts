import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { openLog, openPlan } from "../../../../app/sessions";
import type { Services } from "../../../../services";
import { parseActionValue } from "../../action-values";
import { identifySlackUser } from "../../people";
import { actionAnswer, sendToSlack } from "../../render";

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;
const pairValue = z.object({ pairId: z.string().min(1), sessionId: z.string().optional() });

/** The person behind a pair button and what the button carries. */
async function clicked(services: Services, args: Args) {
  await args.ack();
  const viewer = await identifySlackUser(services, args.client, args.body.team?.id ?? "", args.body.user.id);
  const value = parseActionValue(pairValue, args.action.value);
  return { viewer, pairId: value?.pairId ?? "-", sessionId: value?.sessionId };
}

/** "Plan a session" / "Reschedule" / "Propose another time": the slot picker. */
export function sessionPlanAction(services: Services) {
  return async (args: Args): Promise<void> => {
    const { viewer, pairId } = await clicked(services, args);
    await sendToSlack(await openPlan(services, viewer, pairId), viewer, actionAnswer(args));
  };
}

/** "Log a session": the log form (for the reminded session when the button came with one). */
export function sessionLogAction(services: Services) {
  return async (args: Args): Promise<void> => {
    const { viewer, pairId, sessionId } = await clicked(services, args);
    await sendToSlack(await openLog(services, viewer, { pairId, sessionId }), viewer, actionAnswer(args));
  };
}

/** "Edit last log": the saved log in its form, to correct it (the pair only). */
export function sessionLogEditAction(services: Services) {
  return async (args: Args): Promise<void> => {
    const { viewer, pairId, sessionId } = await clicked(services, args);
    if (!sessionId) return;
    await sendToSlack(await openLog(services, viewer, { pairId, sessionId, edit: true }), viewer, actionAnswer(args));
  };
}
