import type { AllMiddlewareArgs, BlockAction, RespondFn } from "@slack/bolt";
import type { SlackMessage } from "../../views/text";

/**
 * Tells the person who clicked something: privately under the message they clicked in a channel or
 * DM (response_url), or in their DM with the bot when they clicked on the Home tab or in a modal.
 */
export async function replyToAction(
  body: BlockAction,
  client: AllMiddlewareArgs["client"],
  respond: RespondFn,
  message: SlackMessage,
): Promise<void> {
  if (body.container?.type === "message" && body.response_url) {
    await respond({ response_type: "ephemeral", replace_original: false, ...message });
    return;
  }
  await client.chat.postMessage({
    channel: body.user.id,
    text: message.text,
    ...(message.blocks ? { blocks: message.blocks } : {}),
  });
}
