import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { DateTime } from "luxon";
import { z } from "zod";
import type { Services } from "../../../../services";
import { parseActionValue } from "../../action-values";
import { identifySlackUser } from "../../people";
import { pairForViewer } from "../../rhythm-flow";
import { pauseModal } from "../../views/rhythm";
import { plainMessage } from "../../views/text";
import { replyToAction } from "./reply";

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;
const pairValue = z.object({ pairId: z.string().min(1) });

async function clicked(services: Services, args: Args) {
  await args.ack();
  const viewer = await identifySlackUser(services, args.client, args.body.team?.id ?? "", args.body.user.id);
  const found = await pairForViewer(services, viewer, parseActionValue(pairValue, args.action.value)?.pairId ?? "-");
  if (!found.ok) await replyToAction(args.body, args.client, args.respond, found.message);
  return found.ok ? { viewer, context: found.context } : undefined;
}

/** "Pause": until when (two weeks from today to start with). */
export function pairPauseAction(services: Services) {
  return async (args: Args): Promise<void> => {
    const found = await clicked(services, args);
    if (!found) return;
    const initial = DateTime.fromJSDate(services.clock.now(), { zone: found.viewer.timeZone })
      .plus({ days: 14 })
      .toISODate()!;
    await args.client.views.open({
      trigger_id: args.body.trigger_id,
      view: pauseModal({ pairId: found.context.pair.id }, initial, found.viewer.t),
    });
  };
}

/** "Resume": reminders and nudges again from now. */
export function pairResumeAction(services: Services) {
  return async (args: Args): Promise<void> => {
    const found = await clicked(services, args);
    if (!found) return;
    const result = await services.meetings.pause(found.viewer.person, found.context.pair.id, null);
    const text = result.ok
      ? found.viewer.tEscaped("rhythm.pause.resumed", { partner: found.context.partner.displayName })
      : found.viewer.tEscaped("rhythm.notPartner");
    await replyToAction(args.body, args.client, args.respond, plainMessage(text));
  };
}
