import { askForSupport } from "../../../app/support";
import { sendToTeams } from "../render";
import type { TeamsRequest } from "../request";

/** `support <why>`. */
export async function supportCommand(request: TeamsRequest, rest: string): Promise<void> {
  await sendToTeams(request, await askForSupport(request.services, request.viewer, rest));
}
