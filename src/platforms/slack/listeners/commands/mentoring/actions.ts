import { openActionItems } from "../../../../../app/pairs";
import type { Services } from "../../../../../services";
import type { SlackViewer } from "../../../people";
import { slackMessage } from "../../../render";
import type { SlackMessage } from "../../../views/text";
import type { CommandRequest } from "./request";

/** The viewer's open action items, pair by pair, with Done buttons. */
export async function actionItemsFor(services: Services, viewer: SlackViewer): Promise<SlackMessage> {
  return slackMessage(await openActionItems(services, viewer), viewer);
}

/** `/mentoring actions`: what either partner committed to, until it is done. */
export async function listActionItems(request: CommandRequest): Promise<void> {
  const { viewer, services, respond } = request;
  await respond({ response_type: "ephemeral", ...(await actionItemsFor(services, viewer)) });
}
