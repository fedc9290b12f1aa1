import { chooseCohort } from "../../../cohort-choice";
import { applicantsScreen } from "../../../../../app/applicants-screen";
import { slackScreen } from "../../../render-screen";
import { plainMessage } from "../../../views/text";
import type { CommandRequest } from "./request";

/** `/mentoring applicants [cohort]`: who applied, counted by role, status and department. */
export async function listApplicants(request: CommandRequest): Promise<void> {
  const { viewer, rest, services, respond } = request;
  const reply = async (text: string): Promise<void> => {
    await respond({ response_type: "ephemeral", ...plainMessage(text) });
  };
  const cohort = await chooseCohort(services, viewer, rest, "applicants", reply);
  if (!cohort) return;
  const overview = await services.applications.overview(cohort);
  await respond({
    response_type: "ephemeral",
    ...slackScreen(applicantsScreen(overview, 0), viewer),
  });
}
