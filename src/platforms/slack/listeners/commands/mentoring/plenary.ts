import { plenaries } from "../../../../../app/plenaries";
import { plenaryMessage } from "../../../plenary-flow";
import type { CommandRequest } from "./request";

/**
 * `/mentoring plenary [cohort] plan|list|attendance`: the cohort's plenaries with Edit and
 * Attendance buttons (or "Generate plan" while there are none); `plan` generates it at once;
 * `attendance` sums up each person's attendance so far.
 */
export async function managePlenaries(request: CommandRequest): Promise<void> {
  const { viewer, rest, services, respond } = request;
  const view = await plenaries(services, viewer, rest);
  await respond({ response_type: "ephemeral", ...plenaryMessage(view, viewer) });
}
