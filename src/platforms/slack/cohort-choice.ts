import type { Cohort } from "../../domain/cohorts/cohort";
import { markup } from "../../i18n";
import type { Services } from "../../services";
import type { SlackViewer } from "./people";
import { SLASH_COMMAND } from "./slash-command";
import { cohortNames } from "./views/cohorts";

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
  const { t, tEscaped } = viewer;
  const choice = await services.cohorts.choose(name, accept, visible);
  switch (choice.kind) {
    case "found":
      return choice.cohort;
    case "none":
      await say(t("cohorts.none"));
      return undefined;
    case "ambiguous":
      // cohortNames escapes each name itself.
      await say(
        tEscaped("cohorts.ambiguous", {
          list: markup(cohortNames(choice.cohorts)),
          command,
          example: choice.cohorts[0]!.name,
        }),
      );
      return undefined;
    case "unknown":
      await say(tEscaped("cohorts.notFound", { name: choice.name, list: markup(cohortNames(choice.known) || "—") }));
      return undefined;
  }
}

export const commandPrefix = `${SLASH_COMMAND} `;
