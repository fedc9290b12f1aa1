import { auditLog } from "../../../../../app/audit";
import { slackMessage } from "../../../render";
import type { CommandRequest } from "./request";

/** `/mentoring audit [cohort]`: the latest coordinator actions, newest first. */
export async function showAudit({ viewer, services, respond, rest }: CommandRequest): Promise<void> {
  await respond({ response_type: "ephemeral", ...slackMessage(await auditLog(services, viewer, rest), viewer) });
}
