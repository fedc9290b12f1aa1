import { openLogModal, openPlanModal, pairForViewer, pairsOverview } from "../../../rhythm-flow";
import type { CommandRequest } from "./request";

const PLAN = new Set(["plan", "planificar", "planear", "proponer", "new", "nueva"]);
const LOG = new Set(["log", "registrar", "registro", "anotar"]);

/**
 * `/mentoring session`: each of your pairs with its next session, progress and buttons;
 * `session plan` and `session log` open the forms straight away (when you are in one pair).
 */
export async function manageSessions(request: CommandRequest): Promise<void> {
  const { viewer, args, services, client, command, respond } = request;
  const word = (args[0] ?? "").toLowerCase();
  if (PLAN.has(word) || LOG.has(word)) {
    const found = await pairForViewer(services, viewer);
    if (!found.ok) {
      await respond({ response_type: "ephemeral", ...found.message });
      return;
    }
    if (PLAN.has(word)) await openPlanModal(services, client, viewer, found.context, command.trigger_id);
    else await openLogModal(services, client, viewer, found.context, command.trigger_id);
    return;
  }
  await respond({ response_type: "ephemeral", ...(await pairsOverview(services, viewer)) });
}
