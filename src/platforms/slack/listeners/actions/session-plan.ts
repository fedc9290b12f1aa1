import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import type { Services } from "../../../../services";
import { parseActionValue } from "../../action-values";
import { identifySlackUser } from "../../people";
import { openLogModal, openPlanModal, pairForViewer } from "../../rhythm-flow";
import { plainMessage } from "../../views/text";
import { replyToAction } from "./reply";

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;
const pairValue = z.object({ pairId: z.string().min(1), sessionId: z.string().optional() });

/** The partner behind a pair button, and the pair, or a plain refusal for anyone else. */
async function pairClicked(services: Services, args: Args) {
  await args.ack();
  const value = parseActionValue(pairValue, args.action.value);
  const viewer = await identifySlackUser(services, args.client, args.body.team?.id ?? "", args.body.user.id);
  const found = await pairForViewer(services, viewer, value?.pairId ?? "-");
  if (!found.ok) {
    await replyToAction(args.body, args.client, args.respond, found.message);
    return undefined;
  }
  return { viewer, context: found.context, sessionId: value?.sessionId };
}

/** "Plan a session" / "Reschedule" / "Propose another time": the slot picker. */
export function sessionPlanAction(services: Services) {
  return async (args: Args): Promise<void> => {
    const clicked = await pairClicked(services, args);
    if (clicked) await openPlanModal(services, args.client, clicked.viewer, clicked.context, args.body.trigger_id);
  };
}

/** "Log a session": the log form (for the reminded session when the button came with one). */
export function sessionLogAction(services: Services) {
  return async (args: Args): Promise<void> => {
    const clicked = await pairClicked(services, args);
    if (clicked)
      await openLogModal(
        services,
        args.client,
        clicked.viewer,
        clicked.context,
        args.body.trigger_id,
        clicked.sessionId,
      );
  };
}

/** "Edit last log": the saved log in its form, to correct it (the pair only). */
export function sessionLogEditAction(services: Services) {
  return async (args: Args): Promise<void> => {
    const clicked = await pairClicked(services, args);
    if (!clicked?.sessionId) return;
    const saved = await services.meetings.loggedSession(
      clicked.viewer.person,
      clicked.context.pair.id,
      clicked.sessionId,
      clicked.viewer.timeZone,
    );
    if (!saved) {
      await replyToAction(args.body, args.client, args.respond, plainMessage(clicked.viewer.t("rhythm.notPartner")));
      return;
    }
    await openLogModal(
      services,
      args.client,
      clicked.viewer,
      clicked.context,
      args.body.trigger_id,
      saved.session.id,
      saved.values,
    );
  };
}
