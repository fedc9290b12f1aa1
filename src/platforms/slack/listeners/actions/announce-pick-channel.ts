import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { Services } from "../../../../services";
import { identifySlackUser } from "../../people";
import { SLASH_COMMAND } from "../../slash-command";
import { announceChannelModal } from "../../views/announcement";
import { plainMessage } from "../../views/text";
import { replyToAction } from "./reply";

/** "Pick a channel" after the bot could not post where `announce` was typed. */
export function announcePickChannelAction(services: Services) {
  return async ({ ack, body, action, client, respond }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    if (!viewer.isCoordinator) {
      await replyToAction(body, client, respond, plainMessage(viewer.t("common.coordinatorOnly", { command: `${SLASH_COMMAND} announce` })));
      return;
    }
    const cohort = await services.cohorts.findById(action.value ?? "");
    if (!cohort) return;
    await client.views.open({ trigger_id: body.trigger_id, view: announceChannelModal(cohort, viewer.t) });
  };
}
