import { cohortChartSpec, renderChartPng } from "../documents/cohort-chart";
import { fileSafeName } from "../documents/file-names";
import type { Cohort } from "../domain/cohorts/cohort";
import { can } from "../domain/policy";
import type { CohortOverview } from "../domain/reporting/cohort-overview";
import { translator } from "../i18n";
import { chooseCohort } from "./cohorts";
import { coordinatorOnly } from "./refusals";
import { type MessageReply, type Reply, text } from "./reply";
import type { App, Asker } from "./request";

/**
 * A coordinator following a cohort: its figures with each pair at risk (the same on every
 * platform), the chart of sessions per week as a picture, and the nudge to a quiet pair.
 */
export interface CohortStatusView {
  cohort: Cohort;
  overview: CohortOverview;
  /** The people of the pairs by id, as the figures name them. */
  names: Map<string, string>;
  /** Sessions per week and attendance, once there are pairs. */
  chart: { filename: string; content: Buffer } | null;
}

export type CohortStatus = { ok: true; status: CohortStatusView } | { ok: false; reply: MessageReply };

const refusal = (command: string): CohortStatus => ({
  ok: false,
  reply: { kind: "message", text: coordinatorOnly(command) },
});

/** `cohort status [name]` (`typed`: the verb as written, for the examples). */
export async function cohortStatus(
  app: Pick<App, "cohorts" | "reporting">,
  asker: Asker,
  typed: string,
  words: string[],
): Promise<CohortStatus> {
  const command = `cohort ${typed}`;
  if (!can(asker, "cohort.status")) return refusal(command);
  const pick = await chooseCohort(app, words.join(" "), command, (c) => !c.isDemo);
  return pick.ok ? statusOf(app, asker, pick.cohort) : pick;
}

/** The same from a button on one cohort (the Home tab's Status). */
export async function cohortStatusById(
  app: Pick<App, "cohorts" | "reporting">,
  asker: Asker,
  cohortId: string,
): Promise<CohortStatus> {
  if (!can(asker, "cohort.status")) return refusal("cohort status");
  const cohort = await app.cohorts.findById(cohortId);
  if (!cohort) return { ok: false, reply: { kind: "message", text: text("cohorts.gone") } };
  return statusOf(app, asker, cohort);
}

async function statusOf(app: Pick<App, "reporting">, asker: Asker, cohort: Cohort): Promise<CohortStatus> {
  const overview = await app.reporting.overview(cohort);
  const names = await app.reporting.namesOf(overview.pairs.flatMap((p) => [p.mentorId, p.menteeId]));
  const chart =
    overview.pairs.length > 0
      ? {
          filename: `${fileSafeName(cohort.name)}.png`,
          content: await renderChartPng(cohortChartSpec(overview, translator(asker.locale), asker.locale)),
        }
      : null;
  return { ok: true, status: { cohort, overview, names, chart } };
}

/** "Nudge" next to a pair at risk: both partners are asked how it goes, with Plan a session. */
export async function nudgePair(app: Pick<App, "reporting">, asker: Asker, pairId: string): Promise<Reply> {
  if (!can(asker, "cohort.status")) return { kind: "message", text: coordinatorOnly("cohort status") };
  const result = await app.reporting.nudge(asker.person, pairId);
  return {
    kind: "message",
    text: result.ok
      ? text("cohortStatus.nudged", { mentor: result.mentor.displayName, mentee: result.mentee.displayName })
      : text("cohortStatus.nudgeRefused"),
  };
}
