import { chooseCohort as choose } from "../../app/cohorts";
import type { Cohort } from "../../domain/cohorts/cohort";
import { sendToTeams } from "./render";
import type { TeamsRequest } from "./request";

/**
 * The cohort a command is about: the one named, or the only one that fits; otherwise the person
 * is told which cohorts there are, and undefined comes back (the same choice as in Slack).
 */
export async function chooseCohort(
  request: TeamsRequest,
  name: string,
  command: string,
  accept?: (cohort: Cohort) => boolean,
  visible?: (cohort: Cohort) => boolean,
): Promise<Cohort | undefined> {
  const pick = await choose(request.services, name, command, accept, visible);
  if (pick.ok) return pick.cohort;
  await sendToTeams(request, pick.reply);
  return undefined;
}
