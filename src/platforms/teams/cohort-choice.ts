import type { Cohort } from "../../domain/cohorts/cohort";
import type { TeamsRequest } from "./request";

/** "«A», «B»", as typed: the reply's escaping translator escapes the list. */
export const cohortNames = (cohorts: Cohort[]) => cohorts.map((c) => `«${c.name}»`).join(", ");

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
  const { t, tEscaped } = request.viewer;
  const choice = await request.services.cohorts.choose(name, accept, visible);
  switch (choice.kind) {
    case "found":
      return choice.cohort;
    case "none":
      await request.reply(t("cohorts.none"));
      return undefined;
    case "ambiguous":
      await request.reply(
        tEscaped("cohorts.ambiguous", { list: cohortNames(choice.cohorts), command, example: choice.cohorts[0]!.name }),
      );
      return undefined;
    case "unknown":
      await request.reply(tEscaped("cohorts.notFound", { name: choice.name, list: cohortNames(choice.known) || "—" }));
      return undefined;
  }
}
