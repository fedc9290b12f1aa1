import type { Cohort } from "../../domain/cohorts/cohort";
import type { Services } from "../../services";
import type { SlackViewer } from "./people";
import { planRefusal } from "../../app/refusals";
import { slackText } from "./render";
import { attendanceSummaryMessage, plenaryListMessage } from "./views/plenaries";
import { plainMessage, section, type SlackMessage } from "./views/text";

/** The cohort's plenaries as the coordinator reads them (their zone and language). */
export async function plenaryList(services: Services, viewer: SlackViewer, cohort: Cohort): Promise<SlackMessage> {
  return plenaryListMessage(await services.plenaries.list(cohort), viewer.t, viewer.locale, viewer.timeZone);
}

/** Generates the plan (keeping plenaries already there) and shows the list under what happened. */
export async function generatePlan(services: Services, viewer: SlackViewer, cohortId: string): Promise<SlackMessage> {
  const { t } = viewer;
  const result = await services.plenaries.generate(cohortId);
  if (!result.ok) return plainMessage(slackText(planRefusal(result), viewer));
  const name = result.list.cohort.name;
  const note =
    result.created > 0
      ? viewer.tEscaped("plenaries.generated", { created: result.created, cohort: name })
      : viewer.tEscaped("plenaries.alreadyPlanned", { cohort: name });
  const list = plenaryListMessage(result.list, t, viewer.locale, viewer.timeZone);
  return { text: note, blocks: [section(note), ...list.blocks] };
}

/** Each person in the cohort with the plenaries they attended of those held. */
export async function attendanceSummary(
  services: Services,
  viewer: SlackViewer,
  cohort: Cohort,
): Promise<SlackMessage> {
  const people = await services.people.byIds(await services.plenaries.peopleOf(cohort.id));
  const rows = [];
  for (const person of people.values())
    rows.push({
      name: person.displayName || person.userId,
      count: await services.plenaries.attendanceOf(person.id, cohort.id),
    });
  rows.sort((a, b) => a.name.localeCompare(b.name));
  return attendanceSummaryMessage(cohort, rows, viewer.t);
}
