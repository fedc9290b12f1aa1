import { roundClosesAt } from "../../../../domain/evaluation/rounds";
import type { CohortOverview } from "../../../../domain/reporting/cohort-overview";
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { homeView } from "../../../../domain/home";
import type { Services } from "../../../../services";
import { identifySlackUser } from "../../people";
import { applicationChoices, applicationItems } from "../../application-flow";
import { homePairs } from "../../rhythm-flow";
import { homeTab } from "../../views/home";

/** Publishes the person's dashboard each time they open the Home tab. */
export function appHomeOpened(services: Services) {
  return async ({
    event,
    body,
    client,
  }: SlackEventMiddlewareArgs<"app_home_opened"> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab !== "home") return;
    await publishHome(services, client, body.team_id, event.user);
  };
}

export async function publishHome(
  services: Services,
  client: AllMiddlewareArgs["client"],
  teamId: string,
  userId: string,
): Promise<void> {
  const viewer = await identifySlackUser(services, client, teamId, userId);
  const view = homeView(viewer.person, viewer);
  const applications = await applicationItems(services, viewer.person.id);
  const { open } = await applicationChoices(services);
  const applied = new Set(applications.map((item) => item.cohort.id));
  const openCohorts = open.filter((cohort) => !applied.has(cohort.id));
  const pairs = await homePairs(services, viewer);
  const cohorts = view.coordinatorTools ? await coordinatorCohorts(services) : [];
  const questionnaires = (await services.evaluations.openFor(viewer.person))
    .filter(({ evaluation }) => !evaluation.submittedAt)
    .map(({ evaluation, cohort }) => ({
      evaluationId: evaluation.id,
      cohortName: cohort.name,
      kind: evaluation.kind,
      closesAt: roundClosesAt(cohort, evaluation.kind).toISOString(),
      reminder: true,
      answered: false,
    }));
  await client.views.publish({
    user_id: userId,
    view: homeTab(view, viewer.t, services.clock.now(), { applications, openCohorts, pairs, cohorts, questionnaires }),
  });
}

/** The cohorts under way (with pairs, not finished), for the coordinator's Home tab. */
async function coordinatorCohorts(services: Services): Promise<CohortOverview[]> {
  const running = (await services.cohorts.list()).filter((c) => !c.isDemo && !c.finishedAt);
  const overviews: CohortOverview[] = [];
  for (const cohort of running.slice(0, 10)) {
    const overview = await services.reporting.overview(cohort);
    if (overview.pairs.length > 0) overviews.push(overview);
  }
  return overviews;
}
