import { applicantsCard } from "../cards/applicants";
import { chooseCohort } from "../cohort-choice";
import { cohortPeopleIds, unreachedInTeams } from "../reach";
import type { TeamsRequest } from "../request";

/** `applicants [cohort]`: counts and everyone's status, and who Tandem cannot reach in Teams yet. */
export async function applicantsCommand(request: TeamsRequest, rest: string): Promise<void> {
  const { services, viewer } = request;
  const cohort = await chooseCohort(request, rest, "applicants");
  if (!cohort) return;
  const overview = await services.applications.overview(cohort);
  const unreached = await unreachedInTeams(services, await cohortPeopleIds(request.services, cohort));
  await request.card(applicantsCard(overview, unreached, viewer.t, viewer.locale, viewer.timeZone));
}
