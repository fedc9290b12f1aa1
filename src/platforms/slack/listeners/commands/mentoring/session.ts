import { sessionCommand } from "../../../../../app/sessions";
import { commandAnswer, sendToSlack } from "../../../render";
import type { CommandRequest } from "./request";

/**
 * `/mentoring session`: each of your pairs with its next session, progress and buttons;
 * `session plan` and `session log` open the forms straight away (when you are in one pair).
 */
export async function manageSessions(request: CommandRequest): Promise<void> {
  const reply = await sessionCommand(request.services, request.viewer, request.args);
  await sendToSlack(reply, request.viewer, commandAnswer(request));
}
