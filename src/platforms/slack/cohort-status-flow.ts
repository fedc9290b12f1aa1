import type { WebClient } from "@slack/web-api";
import type { Cohort } from "../../domain/cohorts/cohort";
import { cohortChartSpec, renderChartPng } from "../../documents/cohort-chart";
import { fileSafeName } from "../../documents/file-names";
import type { Services } from "../../services";
import { translator } from "../../i18n";
import { commandPrefix } from "./cohort-choice";
import { sendFileToDm } from "./files";
import type { SlackViewer } from "./people";
import { cohortStatusMessage } from "./views/cohort-status";
import { context, type SlackMessage } from "./views/text";

/** The cohort's status for a coordinator, and its chart (sessions per week, attendance) in their DM. */
export async function showCohortStatus(
  services: Services,
  viewer: SlackViewer,
  client: WebClient,
  cohort: Cohort,
  userId: string,
  say: (message: SlackMessage) => Promise<void>,
): Promise<void> {
  const { t, locale, timeZone } = viewer;
  const overview = await services.reporting.overview(cohort);
  const names = await services.reporting.namesOf(overview.pairs.flatMap((p) => [p.mentorId, p.menteeId]));
  const message = cohortStatusMessage(overview, names, t, locale, timeZone, commandPrefix);
  const hasChart = overview.pairs.length > 0;
  await say(hasChart ? { ...message, blocks: [...message.blocks, context(t("cohortStatus.chartSent"))] } : message);
  if (!hasChart) return;
  const png = await renderChartPng(cohortChartSpec(overview, translator(locale), locale));
  await sendFileToDm(client, userId, {
    filename: `${fileSafeName(cohort.name)}.png`,
    title: t("cohortStatus.chartTitle", { cohort: cohort.name }),
    comment: "",
    content: png,
  });
}
