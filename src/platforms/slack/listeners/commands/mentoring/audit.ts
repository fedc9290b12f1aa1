import { chooseCohort } from "../../../cohort-choice";
import { auditMessage } from "../../../views/cohort-status";
import { plainMessage } from "../../../views/text";
import type { CommandRequest } from "./request";

/** `/mentoring audit [cohort]`: the latest coordinator actions, newest first. */
export async function showAudit({ viewer, services, respond, rest }: CommandRequest): Promise<void> {
  const reply = async (text: string) => void (await respond({ response_type: "ephemeral", ...plainMessage(text) }));
  const cohort = rest ? await chooseCohort(services, viewer, rest, "audit", reply) : undefined;
  if (rest && !cohort) return;
  const entries = await services.audit.list({ cohortId: cohort?.id, limit: 40 });
  await respond({
    response_type: "ephemeral",
    ...auditMessage(entries, cohort, viewer.t, viewer.locale, viewer.timeZone),
  });
}
