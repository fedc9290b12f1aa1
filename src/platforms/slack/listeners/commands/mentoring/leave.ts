import { leaveModal } from "../../../views/cohort-status";
import { plainMessage } from "../../../views/text";
import type { CommandRequest } from "./request";

/** `/mentoring leave`: asks first, in a modal that says what goes and what stays. */
export async function leaveProgramme({ viewer, services, client, command, respond }: CommandRequest): Promise<void> {
  const cohorts = await services.dataRights.cohortsToLeave(viewer.person);
  if (cohorts.length === 0) {
    await respond({ response_type: "ephemeral", ...plainMessage(viewer.t("dataRights.leave.none")) });
    return;
  }
  await client.views.open({ trigger_id: command.trigger_id, view: leaveModal(cohorts, viewer.t) });
}
