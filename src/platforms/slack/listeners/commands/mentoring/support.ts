import { askForSupport as askCoordinators } from "../../../../../app/support";
import { commandAnswer, sendToSlack } from "../../../render";
import type { CommandRequest } from "./request";

/** `/mentoring support <why>`. */
export async function askForSupport(request: CommandRequest): Promise<void> {
  const reply = await askCoordinators(request.services, request.viewer, request.rest);
  await sendToSlack(reply, request.viewer, commandAnswer(request));
}
