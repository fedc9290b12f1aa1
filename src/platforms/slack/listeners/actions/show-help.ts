import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { helpView } from "../../../../domain/commands";
import type { Services } from "../../../../services";
import { identifySlackUser } from "../../people";
import { helpMessage } from "../../views/help";

/** The Home tab's "See commands" button: the help arrives in the app's Messages tab. */
export function showHelpAction(services: Services) {
  return async ({
    ack,
    body,
    client,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    await client.chat.postMessage({ channel: body.user.id, ...helpMessage(helpView(viewer), viewer.t) });
  };
}
