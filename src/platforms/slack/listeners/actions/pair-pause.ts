import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { openPause, resumePair } from "../../../../app/pause";
import type { Reply } from "../../../../app/reply";
import type { Asker } from "../../../../app/request";
import type { Services } from "../../../../services";
import { parseActionValue } from "../../action-values";
import { identifySlackUser } from "../../people";
import { actionAnswer, sendToSlack } from "../../render";

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;
const pairValue = z.object({ pairId: z.string().min(1) });

function pairButton(services: Services, useCase: (app: Services, who: Asker, pairId: string) => Promise<Reply>) {
  return async (args: Args): Promise<void> => {
    await args.ack();
    const viewer = await identifySlackUser(services, args.client, args.body.team?.id ?? "", args.body.user.id);
    const pairId = parseActionValue(pairValue, args.action.value)?.pairId ?? "-";
    await sendToSlack(await useCase(services, viewer, pairId), viewer, actionAnswer(args));
  };
}

/** "Pause": until when (two weeks from today to start with). */
export const pairPauseAction = (services: Services) => pairButton(services, openPause);

/** "Resume": reminders and nudges again from now. */
export const pairResumeAction = (services: Services) => pairButton(services, resumePair);
