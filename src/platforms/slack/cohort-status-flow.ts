import type { WebClient } from "@slack/web-api";
import type { CohortStatus } from "../../app/status";
import { commandPrefix } from "./cohort-choice";
import { sendFileToDm } from "./files";
import type { SlackViewer } from "./people";
import { slackMessage } from "./render";
import { cohortStatusMessage } from "./views/cohort-status";
import { context, type SlackMessage } from "./views/text";

/** The cohort's status for a coordinator, and its chart (sessions per week, attendance) in their DM. */
export async function showCohortStatus(
  found: CohortStatus,
  viewer: SlackViewer,
  client: WebClient,
  userId: string,
  say: (message: SlackMessage) => Promise<unknown>,
): Promise<void> {
  if (!found.ok) return void (await say(slackMessage(found.reply, viewer)));
  const { t, locale, timeZone } = viewer;
  const { cohort, overview, names, chart } = found.status;
  const message = cohortStatusMessage(overview, names, t, locale, timeZone, commandPrefix);
  await say(chart ? { ...message, blocks: [...message.blocks, context(t("cohortStatus.chartSent"))] } : message);
  if (!chart) return;
  await sendFileToDm(client, userId, {
    filename: chart.filename,
    title: t("cohortStatus.chartTitle", { cohort: cohort.name }),
    comment: "",
    content: chart.content,
  });
}
