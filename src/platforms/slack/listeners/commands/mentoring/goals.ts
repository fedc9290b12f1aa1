import { openGoals } from "../../../goals-flow";
import { plainMessage } from "../../../views/text";
import type { CommandRequest } from "./request";

/** `/mentoring goals`: the pair's goals in a modal (a choice first when in several pairs). */
export async function showGoals({ viewer, services, client, command, respond }: CommandRequest): Promise<void> {
  const refusal = await openGoals(services, client, viewer, { triggerId: command.trigger_id });
  if (refusal) await respond({ response_type: "ephemeral", ...plainMessage(refusal) });
}
