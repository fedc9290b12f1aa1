import { z } from "zod";
import { applicantsScreen } from "../../../app/applicants-screen";
import { commandRefusal } from "../../../app/gate";
import type { Cohort } from "../../../domain/cohorts/cohort";
import { chooseCohort } from "../cohort-choice";
import { cohortPeopleIds, unreachedInTeams } from "../reach";
import { teamsText } from "../render";
import { teamsScreen } from "../render-screen";
import type { TeamsRequest } from "../request";

/** `applicants [cohort]`: counts and everyone's status, and who Tandem cannot reach in Teams yet. */
export async function applicantsCommand(request: TeamsRequest, rest: string): Promise<void> {
  const cohort = await chooseCohort(request, rest, "applicants");
  if (cohort) await showApplicants(request, cohort, 0);
}

async function showApplicants(request: TeamsRequest, cohort: Cohort, page: number): Promise<void> {
  const { services, viewer } = request;
  const overview = await services.applications.overview(cohort);
  const unreached = await unreachedInTeams(services, await cohortPeopleIds(services, cohort));
  await request.card(teamsScreen(applicantsScreen(overview, page, unreached), viewer));
}

/** A click on a coordinator's button: true after telling anyone else it is for coordinators. */
async function refused(request: TeamsRequest): Promise<boolean> {
  const refusal = commandRefusal(request.viewer, "applicants");
  if (refusal) await request.reply(teamsText(refusal, request.viewer));
  return refusal !== null;
}

const pageValue = z.object({ cohortId: z.string().min(1), page: z.coerce.number().int().min(0).max(1000) });

/** Previous / Next under the list: that page, as a new card. */
export async function applicantsPage(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  if (await refused(request)) return;
  const parsed = pageValue.safeParse(value).data;
  const cohort = parsed ? await request.services.cohorts.findById(parsed.cohortId) : null;
  if (!parsed || !cohort) return request.reply(request.viewer.t("cohorts.gone"));
  await showApplicants(request, cohort, parsed.page);
}

/** "Accept without sponsor": the application goes to matching, and the list is shown again. */
export async function applicantOverride(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  if (await refused(request)) return;
  const { services, viewer } = request;
  const id = z.object({ applicationId: z.string().min(1).max(100) }).safeParse(value).data?.applicationId ?? "-";
  const result = await services.applications.override(viewer.person, id);
  if (!result.ok) return request.reply(viewer.t("applicants.overrideNotApplicable"));
  const [cohort, applicant] = await Promise.all([
    services.cohorts.findById(result.application.cohortId),
    services.people.findById(result.application.personId),
  ]);
  await request.reply(viewer.tEscaped("applicants.overridden", { name: applicant?.displayName || "" }));
  if (cohort) await showApplicants(request, cohort, 0);
}
