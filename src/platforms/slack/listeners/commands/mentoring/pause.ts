import { pauseCommand } from "../../../../../app/pause";
import { commandAnswer, sendToSlack } from "../../../render";
import type { CommandRequest } from "./request";

/** `/mentoring pause`, `pause YYYY-MM-DD`, `pause resume`. */
export async function pausePair(request: CommandRequest): Promise<void> {
  const reply = await pauseCommand(request.services, request.viewer, request.args);
  await sendToSlack(reply, request.viewer, commandAnswer(request));
}
