import type { WebClient } from "@slack/web-api";
import { answersWithDefaults } from "../../domain/applications/application";
import { applicationChoices as choicesAmong } from "../../domain/cohorts/application-choices";
import type { Cohort } from "../../domain/cohorts/cohort";
import type { Services } from "../../services";
import { applyRefusal } from "../../app/refusals";
import type { SlackViewer } from "./people";
import { slackText } from "./render";
import { profileModal } from "./views/application-modals";
import type { ApplicationItem } from "./views/applications";

/**
 * Opens the application form for one cohort (a new draft, or the saved one to resume or edit), or
 * says plainly why not. Returns the text to tell the person, if any.
 */
export async function openApplication(
  services: Services,
  client: WebClient,
  viewer: SlackViewer,
  cohort: Cohort,
  triggerId: string,
): Promise<string | undefined> {
  const { t, locale, timeZone } = viewer;
  const gate = await services.applications.begin(viewer.person, cohort);
  if (!gate.ok) return slackText(applyRefusal(gate), viewer);
  const answers = answersWithDefaults(gate.application.answers, { timeZone, locale });
  await client.views.open({
    trigger_id: triggerId,
    view: profileModal({
      cohort,
      application: gate.application,
      answers,
      t,
      dataPolicyUrl: services.config.links.dataPolicyUrl,
      resumed: gate.resumed,
    }),
  });
  return undefined;
}

/** Cohorts open for applications right now, and the next one to open. */
export async function applicationChoices(services: Services): Promise<{ open: Cohort[]; next: Cohort | undefined }> {
  return choicesAmong(await services.cohorts.list(), services.clock.now());
}

/** A person's applications with their cohorts and sponsors, as the status views show them. */
export async function applicationItems(services: Services, personId: string): Promise<ApplicationItem[]> {
  const entries = await services.applications.forPerson(personId);
  const sponsors = await services.people.byIds(
    entries.flatMap((e) => (e.application.sponsorPersonId ? [e.application.sponsorPersonId] : [])),
  );
  return entries.map(({ application, cohort }) => ({
    application,
    cohort,
    sponsor: application.sponsorPersonId ? (sponsors.get(application.sponsorPersonId) ?? null) : null,
  }));
}
