import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import type { Services } from "../../../../services";
import { parseActionValue } from "../../action-values";
import { identifySlackUser } from "../../people";
import { plainMessage } from "../../views/text";
import { openActionItems } from "../../../../app/pairs";
import { slackMessage } from "../../render";
import { publishHome } from "../events/app-home-opened";
import { replyToAction } from "./reply";

const itemValue = z.object({ itemId: z.string().min(1), done: z.boolean() });

/** "Done" on an action item (either partner): the list is shown again without it. */
export function actionItemDoneAction(services: Services) {
  return async (args: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    const { ack, body, client, respond, action } = args;
    await ack();
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const value = parseActionValue(itemValue, action.value);
    const item = value ? await services.actionItems.setActionItemDone(viewer.person, value.itemId, value.done) : null;
    if (!item) {
      await replyToAction(body, client, respond, plainMessage(viewer.t("rhythm.notPartner")));
      return;
    }
    // From the Home tab the dashboard is drawn again; from a message, the list replaces it.
    if (body.container?.type === "view") await publishHome(services, client, body.team?.id ?? "", body.user.id);
    else await respond({ replace_original: true, ...slackMessage(await openActionItems(services, viewer), viewer) });
  };
}
