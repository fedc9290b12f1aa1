import { helpView } from "../../../../../domain/commands";
import { helpMessage } from "../../../views/help";
import type { CommandRequest } from "./request";

export async function showHelp({ viewer, respond }: CommandRequest): Promise<void> {
  await respond({ response_type: "ephemeral", ...helpMessage(helpView(viewer), viewer.t) });
}
