import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { Services } from "../../../../services";
import { identifySlackUser } from "../../people";
import { settingsModal } from "../../views/settings-modal";

/** The Home tab's "Change preferences" button. */
export function openSettingsAction(services: Services) {
  return async ({
    ack,
    body,
    client,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    await client.views.open({ trigger_id: body.trigger_id, view: settingsModal(viewer, viewer.t) });
  };
}
