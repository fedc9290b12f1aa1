import { slackText } from "../../render";
import { commandRefusal } from "../../../../app/gate";
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { Services } from "../../../../services";
import { identifySlackUser, type SlackViewer } from "../../people";
import { plainMessage } from "../../views/text";
import { replyToAction } from "./reply";

/**
 * The person behind a click on a coordinator's button, or undefined after telling them plainly
 * that `command` is for coordinators (a message can be forwarded to anyone).
 */
export async function coordinatorClicking(
  services: Services,
  { body, client, respond }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs,
  command: string,
): Promise<SlackViewer | undefined> {
  const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
  const refused = commandRefusal(viewer, command);
  if (!refused) return viewer;
  await replyToAction(body, client, respond, plainMessage(slackText(refused, viewer)));
  return undefined;
}
