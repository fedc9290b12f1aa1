import { chooseCohort as choose } from "../../app/cohorts";
import type { Cohort } from "../../domain/cohorts/cohort";
import type { Services } from "../../services";
import type { SlackViewer } from "./people";
import { slackMessage } from "./render";
import { SLASH_COMMAND } from "./slash-command";

/**
 * The cohort a coordinator command is about: the one named, or the only one that fits. Otherwise
 * the person is told which cohorts exist (say) and undefined comes back.
 */
export async function chooseCohort(
  services: Services,
  viewer: SlackViewer,
  name: string,
  command: string,
  say: (text: string) => Promise<void>,
  accept?: (cohort: Cohort) => boolean,
  visible?: (cohort: Cohort) => boolean,
): Promise<Cohort | undefined> {
  const pick = await choose(services, name, command, accept, visible);
  if (pick.ok) return pick.cohort;
  await say(slackMessage(pick.reply, viewer).text);
  return undefined;
}

export const commandPrefix = `${SLASH_COMMAND} `;
